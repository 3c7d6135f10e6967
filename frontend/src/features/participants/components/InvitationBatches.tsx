import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { formatDate } from '../../plans/format';
import { downloadLetters } from '../api/participants';
import type { InvitationBatch } from '../api/types';

/** The batches issued so far, each with its letters as one PDF (downloaded with the caller's token) for those who may print them. */
export function InvitationBatches({
  planId,
  batches,
  canPrint,
  onError,
}: {
  planId: number;
  batches: InvitationBatch[];
  canPrint: boolean;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState<number | null>(null);
  if (batches.length === 0) return <p className="muted">{t('participants.batches.empty')}</p>;
  const download = async (b: InvitationBatch) => {
    setBusy(b.id);
    try {
      await downloadLetters(api, planId, b);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <ul className="batches">
      {batches.map((b) => (
        <li key={b.id} className="batches__item">
          <p className="batches__title">
            {t('participants.batches.summary', { number: b.number, date: formatDate(b.issuedOn) })}
            {b.late ? <span className="tag tag--late">{t('participants.batches.lateTag')}</span> : null}
          </p>
          <p className="muted">
            {t(`participants.channel.${b.channel}`)} · {t('participants.batches.count', { count: b.participantCount })}
            {b.deadline ? ` · ${t('participants.batches.deadline', { date: formatDate(b.deadline) })}` : ''}
          </p>
          {b.overrideReason ? <p>{t('participants.batches.reason', { reason: b.overrideReason })}</p> : null}
          {canPrint ? (
            <button type="button" className="link-button" disabled={busy === b.id} onClick={() => void download(b)}>
              {t('participants.batches.letters', { number: b.number })}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
