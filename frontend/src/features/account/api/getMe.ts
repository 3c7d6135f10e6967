import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { Me } from '../../../api/types';

export function getMe(api: ApiClient, signal?: AbortSignal): Promise<Me> {
  return call(api.GET('/api/v1/me', { signal }));
}
