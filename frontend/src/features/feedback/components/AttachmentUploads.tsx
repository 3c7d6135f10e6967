import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/problem';

export interface Upload {
  file: File;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  error?: unknown;
}

export const ACCEPTED_FILES = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';
export const MAX_FILES = 5;

/** The server's words for a refused file (its problem detail or field message), else a plain sentence. */
function failureText(error: unknown, fallback: string): string {
  if (error instanceof ApiError && error.kind === 'http') {
    const fe = error.fieldErrors.map((e) => e.message).filter(Boolean);
    if (fe.length > 0) return fe.join(' ');
    return error.problem?.detail || error.problem?.title || fallback;
  }
  return fallback;
}

/** Each file's state as it goes up, announced as it changes; a refused file says why, in the server's words. */
export function AttachmentUploads({ uploads }: { uploads: Upload[] }) {
  const { t } = useTranslation();
  if (uploads.length === 0) return null;
  return (
    <ul className="fb-uploads" aria-live="polite">
      {uploads.map((u, i) => (
        <li key={`${u.file.name}-${i}`} className={`fb-upload fb-upload--${u.state}`}>
          <span className="fb-upload__name">{u.file.name}</span>
          {': '}
          {u.state === 'failed' ? (
            <span className="fb-upload__error">{failureText(u.error, t('feedback.files.failed'))}</span>
          ) : (
            <span>{t(`feedback.files.${u.state}`)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
