import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import type { OutboxOp } from '../outbox';
import '../session.css';

/**
 * Where the outbox stands: online or not, how many creates wait on this device (with "send again"), and those the
 * server refused, each with its message, to be read and dismissed. Shown by every page that writes through it.
 */
export function OutboxBar({
  online,
  pending,
  sending,
  onRetry,
  rejected,
  onDismiss,
  fromCache = false,
}: {
  online: boolean;
  pending: number;
  sending: boolean;
  onRetry: () => void;
  rejected: { op: OutboxOp; message: string }[];
  onDismiss: (key: string) => void;
  fromCache?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="session-outbox" role="status">
      <p>
        <span className={`badge ${online ? 'session-badge--online' : 'session-badge--offline'}`}>
          {online ? t('session.outbox.online') : t('session.outbox.offline')}
        </span>{' '}
        {pending > 0 ? (
          <>
            <strong>{t('session.outbox.pending', { count: pending })}</strong>{' '}
            <Button variant="secondary" className="btn--small" disabled={sending} onClick={onRetry}>
              {sending ? t('session.outbox.sending') : t('session.outbox.retry')}
            </Button>
          </>
        ) : (
          <span className="muted">{t('session.outbox.allSent')}</span>
        )}
      </p>
      {fromCache ? <p className="muted">{t('session.outbox.fromCache')}</p> : null}
      {rejected.map((r) => (
        <Alert key={r.op.key} tone="warning" title={t('session.outbox.rejected')} headingLevel={2}>
          <p>{r.message}</p>
          <Button variant="ghost" className="btn--small" onClick={() => onDismiss(r.op.key)}>
            {t('session.outbox.dismiss')}
          </Button>
        </Alert>
      ))}
    </div>
  );
}

