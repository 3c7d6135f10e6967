import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { approveAnswer } from '../api/feedback';
import type { Feedback } from '../api/types';
import { StatusBadge } from './StatusSteps';

/**
 * The chair's queue of answers awaiting approval (Chờ phê duyệt): each item with the answer as submitted and "Phê duyệt"
 * right there, so that from "Việc của tôi" an answer is approved in two clicks. Sending one back, or reading the whole
 * item first, stays on the item's page.
 */
export function ApprovalQueue({ items, onApproved }: { items: Feedback[]; onApproved: (item: Feedback) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState<number | null>(null);
  const [failed, setFailed] = useState<{ id: number; error: unknown } | null>(null);
  if (items.length === 0) return <p className="muted">{t('feedback.list.empty')}</p>;
  const approve = async (item: Feedback) => {
    setBusy(item.id);
    setFailed(null);
    try {
      onApproved(await approveAnswer(api, item));
    } catch (error) {
      setFailed({ id: item.id, error });
    } finally {
      setBusy(null);
    }
  };
  return (
    <ul className="participant-cards fb-cards fb-approvals">
      {items.map((f) => (
        <li key={f.id} className="participant-card fb-card">
          <div className="participant-card__head">
            <StatusBadge status={f.status} />
            <span className="muted" translate="no">
              {f.trackingCode}
            </span>
          </div>
          <h3 className="participant-card__name">
            <Link to={`/feedback/${f.id}`}>{f.title}</Link>
          </h3>
          <p>{f.content}</p>
          {f.answer ? (
            <>
              <h4>{t('feedback.approvals.answer', { unit: f.unit?.name ?? '' })}</h4>
              <blockquote className="fb-answer">{f.answer.text}</blockquote>
            </>
          ) : null}
          {failed?.id === f.id ? <ErrorState error={failed.error} headingLevel={3} /> : null}
          {f.status === 'ANSWER_SUBMITTED' ? (
            <div className="actions">
              {/* Named with its item (the visible word first), so that a list of them reads apart. */}
              <Button disabled={busy !== null} aria-label={t('feedback.approvals.approveItem', { title: f.title })} onClick={() => void approve(f)}>
                {t('feedback.approvals.approve')}
              </Button>
              <Link className="btn btn--secondary" to={`/feedback/${f.id}`}>
                {t('feedback.approvals.open')}
              </Link>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
