import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditedObjectType } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { formatDateTime } from '../../plans/format';
import { getAuditTrail } from '../api/auditTrail';

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** One field's change as the audit keeps it: `{from, to}` (a citizen's contact fields already masked by the server). */
function describe(field: string, change: unknown): string {
  if (change && typeof change === 'object' && !Array.isArray(change) && ('from' in change || 'to' in change)) {
    const { from, to } = change as { from?: unknown; to?: unknown };
    return `${field}: ${show(from)} → ${show(to)}`;
  }
  return `${field}: ${show(change)}`;
}

/**
 * The change history (lịch sử thay đổi) of any record: who did what and when, each field before and after. The same
 * section on every record's page, folded until asked for: nothing is fetched for a page nobody looks back on. The
 * server decides who may read it (another body's record is not found).
 */
export function AuditTrail({
  objectType,
  objectId,
  headingLevel = 2,
  refreshKey,
  subject,
}: {
  objectType: AuditedObjectType;
  objectId: string | number;
  headingLevel?: 2 | 3 | 4;
  /** Whose history, for a screen reader, where one page shows several (a card per person). */
  subject?: string;
  /** Changes when the record does (its version), so a fresh change shows at once. */
  refreshKey?: unknown;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = String(objectId);
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  const slug = `${objectType}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const headingId = `audit-trail-${slug}`;
  const panelId = `audit-trail-panel-${slug}`;
  return (
    <section className="audit-trail" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('privacy.trail.title')}</Heading>
      <Button variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {open ? t('privacy.trail.hide') : t('privacy.trail.show')}
        {subject ? <span className="visually-hidden">: {subject}</span> : null}
      </Button>
      <div id={panelId} hidden={!open}>
        {open ? <TrailEntries objectType={objectType} objectId={id} refreshKey={refreshKey} /> : null}
      </div>
    </section>
  );
}

function TrailEntries({ objectType, objectId, refreshKey }: { objectType: AuditedObjectType; objectId: string; refreshKey?: unknown }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const trail = useAsync((signal) => getAuditTrail(api, objectType, objectId, signal), [api, objectType, objectId, refreshKey]);
  if (trail.status === 'loading') return <Loading />;
  if (trail.status === 'error') return <ErrorState error={trail.error} onRetry={trail.reload} headingLevel={3} />;
  if (trail.data.length === 0) return <p className="muted">{t('privacy.trail.empty')}</p>;
  return (
    <ol className="history">
      {[...trail.data].reverse().map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
          <span className="history__what">{t('privacy.trail.entry', { action: e.action, actor: e.actor })}</span>
          {Object.keys(e.changes).length > 0 ? (
            <ul className="history__changes muted">
              {Object.entries(e.changes).map(([field, change]) => (
                <li key={field}>{describe(field, change)}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
