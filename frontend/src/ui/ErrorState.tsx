import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/problem';
import { Alert } from './Alert';
import { Button } from './Button';

export interface ErrorStateProps {
  error: unknown;
  /** Offered for errors worth retrying (network, 5xx). */
  onRetry?: () => void;
  /** Offered on 401: the session has ended. */
  onLogin?: () => void;
  headingLevel?: 2 | 3;
  /** Names a field of the server's `errors` in words (the form's label); the raw path otherwise. */
  fieldLabel?: (field: string) => string;
}

interface Described {
  title: string;
  detail?: string;
  retry: boolean;
  login: boolean;
}

/**
 * Shows a failed call in words a person understands: the server's RFC 9457 title and detail
 * (already in the UI language), field errors as a list, and distinct texts for
 * network failures, 401 (session ended), 403 (not allowed) and 404.
 */
export function ErrorState({ error, onRetry, onLogin, headingLevel = 2, fieldLabel }: ErrorStateProps) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];

  const described: Described = (() => {
    if (!(error instanceof ApiError)) return { title: t('errors.unknownTitle'), retry: true, login: false };
    if (error.kind === 'network') return { title: t('errors.networkTitle'), detail: t('errors.networkDetail'), retry: true, login: false };
    switch (error.status) {
      case 401:
        return { title: t('auth.sessionExpired'), retry: false, login: true };
      case 403:
        return { title: t('errors.forbiddenTitle'), detail: problem?.detail ?? t('errors.forbiddenDetail'), retry: false, login: false };
      case 404:
        return { title: t('errors.notFoundTitle'), detail: problem?.detail ?? t('errors.notFoundDetail'), retry: false, login: false };
      default:
        if (error.status >= 500 && !problem)
          return { title: t('errors.serverTitle'), detail: t('errors.serverDetail'), retry: true, login: false };
        return {
          title: problem?.title || t('errors.unknownTitle'),
          detail: problem?.detail ?? undefined,
          retry: error.status >= 500,
          login: false,
        };
    }
  })();

  return (
    <Alert tone="error" title={described.title} live="assertive" headingLevel={headingLevel}>
      {described.detail ? <p>{described.detail}</p> : null}
      {fieldErrors.length > 0 ? (
        <>
          <p>{t('errors.fieldErrors')}</p>
          <ul className="field-errors">
            {fieldErrors.map((fe, i) => (
              <li key={`${fe.field}-${i}`}>
                {fe.field ? <strong>{fieldLabel ? fieldLabel(fe.field) : fe.field}</strong> : null}
                {fe.field ? ': ' : null}
                {fe.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {(described.retry && onRetry) || (described.login && onLogin) ? (
        <div className="actions">
          {described.retry && onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
          {described.login && onLogin ? <Button onClick={onLogin}>{t('auth.login')}</Button> : null}
        </div>
      ) : null}
    </Alert>
  );
}
