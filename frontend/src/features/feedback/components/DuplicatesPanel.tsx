import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { mergeInto, similarTo, unmerge } from '../api/office';
import type { Feedback } from '../api/types';
import { ItemBadges, useGroupWords } from './Badges';
import { StatusBadge } from './StatusSteps';

const CLOSED = ['REJECTED', 'ANSWERED_AT_SESSION', 'RULED'];

export interface PanelProps {
  item: Feedback;
  /** The office may change things; the chair only reads. */
  office: boolean;
  onChanged: (item: Feedback, notice: string) => void;
}

/**
 * Duplicates: the group this item speaks for (with unmerge), and the plan's items worded alike, of which the
 * office picks several and merges them into this one after confirming. Every merge keeps each original item.
 */
export function DuplicatesPanel({ item, office, onChanged }: PanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const groupWords = useGroupWords();
  const canMerge = office && !item.mergedIntoId && !CLOSED.includes(item.status);
  const similar = useAsync((signal) => (item.mergedIntoId ? Promise.resolve([]) : similarTo(api, item.id, signal)), [api, item.id, item.version]);
  const [picked, setPicked] = useState<number[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [members, setMembers] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = (list: number[], id: number) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  const run = async (send: () => Promise<Feedback>, notice: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await send();
      setPicked([]);
      setMembers([]);
      setConfirming(false);
      onChanged(next, notice);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const others = (item.merged?.items ?? []).filter((m) => m.id !== item.id);
  const candidates = similar.status === 'success' ? similar.data.filter((s) => !s.item.mergedIntoId) : [];
  const pickedTitles = candidates.filter((s) => picked.includes(s.item.id)).map((s) => s.item.title);

  return (
    <section className="panel fb-duplicates" aria-labelledby="dup-heading">
      <h2 id="dup-heading">{t('feedback.duplicates.title')}</h2>
      {item.mergedIntoId ? (
        <p>
          {t('feedback.duplicates.mergedInto')} <Link to={`/feedback/${item.mergedIntoId}`}>{t('feedback.duplicates.openPrimary')}</Link>
        </p>
      ) : null}

      {item.merged ? (
        <>
          <h3>{t('feedback.duplicates.group', { words: groupWords(item.merged) })}</h3>
          <ul className="fb-plain-list">
            {others.map((m) => (
              <li key={m.id}>
                {office ? (
                  <label className="check">
                    <input type="checkbox" checked={members.includes(m.id)} onChange={() => setMembers((l) => toggle(l, m.id))} />
                    <span>
                      <span translate="no">{m.trackingCode}</span> · {[m.submitterName, m.ward?.name].filter(Boolean).join(', ') || t('feedback.anonymous')}
                    </span>
                  </label>
                ) : (
                  <span>
                    <span translate="no">{m.trackingCode}</span> · {[m.submitterName, m.ward?.name].filter(Boolean).join(', ') || t('feedback.anonymous')}
                  </span>
                )}{' '}
                <Link to={`/feedback/${m.id}`}>{t('feedback.duplicates.open')}</Link>
              </li>
            ))}
          </ul>
          {office ? (
            <Button
              variant="secondary"
              disabled={busy || members.length === 0}
              onClick={() => void run(() => unmerge(api, item, members), t('feedback.duplicates.unmerged', { count: members.length }))}
            >
              {t('feedback.duplicates.unmerge', { count: members.length })}
            </Button>
          ) : null}
        </>
      ) : null}

      {!item.mergedIntoId ? (
        <>
          <h3>{t('feedback.similar.title')}</h3>
          {similar.status === 'loading' ? <Loading /> : null}
          {similar.status === 'error' ? <ErrorState error={similar.error} onRetry={similar.reload} headingLevel={3} /> : null}
          {similar.status === 'success' && candidates.length === 0 ? <p className="muted">{t('feedback.similar.none')}</p> : null}
          {candidates.length > 0 ? (
            <ul className="fb-plain-list">
              {candidates.map(({ item: s, score }) => (
                <li key={s.id}>
                  {canMerge ? (
                    <label className="check">
                      <input type="checkbox" checked={picked.includes(s.id)} onChange={() => setPicked((l) => toggle(l, s.id))} />
                      <span>{s.title}</span>
                    </label>
                  ) : (
                    <strong>{s.title}</strong>
                  )}
                  <span className="muted">
                    {' '}
                    {t('feedback.similar.score', { score: Math.round(score * 100) })} · {s.ward?.name ?? ''}{' '}
                  </span>
                  <StatusBadge status={s.status} /> <ItemBadges item={s} /> <Link to={`/feedback/${s.id}`}>{t('feedback.duplicates.open')}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          {canMerge && candidates.length > 0 && !confirming ? (
            <Button variant="secondary" disabled={picked.length === 0} onClick={() => setConfirming(true)}>
              {t('feedback.similar.merge', { count: picked.length })}
            </Button>
          ) : null}
          {confirming ? (
            <div className="alert alert--warning" role="group" aria-labelledby="merge-confirm">
              <h3 id="merge-confirm" className="alert__title">
                {t('feedback.similar.confirmTitle', { count: picked.length })}
              </h3>
              <p>{t('feedback.similar.confirmDetail')}</p>
              <ul className="fb-plain-list">
                {pickedTitles.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
              <div className="actions">
                <Button disabled={busy} onClick={() => void run(() => mergeInto(api, item, picked), t('feedback.similar.merged', { count: picked.length }))}>
                  {t('feedback.similar.confirm')}
                </Button>
                <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
                  {t('feedback.similar.cancel')}
                </Button>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </section>
  );
}
