/** Follow-up API shapes, from the generated schema.d.ts (npm run gen:api). */
import type { components, paths } from '../../../api/schema';

type S = components['schemas'];

export type FollowUp = S['FollowUp'];
export type FollowUpDetail = S['FollowUpDetail'];
export type FollowUpPage = S['PageFollowUpView'];
export type FollowUpStatus = S['FollowUpStatus'];
export type ProgressReport = S['ProgressReport'];
export type ProgressRequest = S['ProgressRequest'];
export type ProgressOutcome = S['ProgressOutcome'];
export type Ruling = S['Ruling'];
export type Attachment = ProgressReport['attachments'][number];
export type FollowUpQuery = NonNullable<paths['/api/v1/follow-up']['get']['parameters']['query']>;

export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CANNOT_RESOLVE'];
