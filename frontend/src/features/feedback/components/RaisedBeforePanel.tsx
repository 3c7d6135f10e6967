import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { formatDate, zonedParts } from '../../plans/format';
import { getFeedback, listFeedback } from '../api/feedback';
import { linkRaisedBefore, unlinkRaisedBefore } from '../api/office';
import type { Feedback } from '../api/types';
import type { PanelProps } from './DuplicatesPanel';

const dayOf = (iso: string | null) => (iso ? formatDate(zonedParts(iso)?.date ?? iso) : '');

/**
 * Raised before (đã kiến nghị nhiều lần): links to items of earlier dialogues. The office finds the earlier
 * item by its number or by words of its title, then links it with an optional note of what was said then.
 */
export function RaisedBeforePanel({ item, office, onChanged }: PanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [lookup, setLookup] = useState('');
  const [found, setFound] = useState<Feedback[] | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const links = item.raisedBefore ?? [];

  const search = async (e: FormEvent) => {
    e.preventDefault();
    const text = lookup.trim();
    if (!text) return;
    setBusy(true);
    setError(null);
    setFound(null);
    try {
      if (/^\d+$/.test(text)) {
        setFound([await getFeedback(api, Number(text))]);
      } else {
        const page = await listFeedback(api, null, { q: text, size: 10, includeMerged: true });
        const exact = page.items.filter((f) => f.trackingCode.toUpperCase() === text.toUpperCase());
        setFound((exact.length > 0 ? exact : page.items).filter((f) => f.planId !== item.planId));
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setFound([]);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const run = async (send: () => Promise<Feedback>, notice: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await send();
      setFound(null);
      setLookup('');
      setNote('');
      onChanged(next, notice);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!office && links.length === 0) return null;
  return (
    <section className="panel fb-raised" aria-labelledby="raised-heading">
      <h2 id="raised-heading">{t('feedback.raisedBefore.title')}</h2>
      {item.raisedBeforeUnresolved ? <p className="badge badge--raised">{t('feedback.raisedBefore.badge')}</p> : null}
      {links.length === 0 ? <p className="muted">{t('feedback.raisedBefore.empty')}</p> : null}
      <ul className="fb-plain-list">
        {links.map((l) => (
          <li key={l.linkId}>
            <Link to={`/feedback/${l.earlierItem.id}`}>{l.earlierItem.title}</Link>{' '}
            <span className="muted">
              <span translate="no">{l.earlierItem.trackingCode}</span> · {l.earlierItem.planNumber ?? l.earlierItem.planTitle}
              {l.earlierItem.sessionAt ? ` · ${dayOf(l.earlierItem.sessionAt)}` : ''} · {t(`feedback.status.${l.earlierItem.status}`)}
            </span>
            {l.note ? <p>{l.note}</p> : null}
            {office ? (
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => void run(() => unlinkRaisedBefore(api, item, l.linkId), t('feedback.raisedBefore.removed'))}
              >
                {t('feedback.raisedBefore.remove', { title: l.earlierItem.title })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {office ? (
        <>
          <form className="fb-action" aria-label={t('feedback.raisedBefore.add')} onSubmit={(e) => void search(e)} noValidate>
            <h3>{t('feedback.raisedBefore.add')}</h3>
            <Field label={t('feedback.raisedBefore.lookup')} hint={t('feedback.raisedBefore.lookupHint')}>
              <input type="search" value={lookup} onChange={(e) => setLookup(e.target.value)} autoComplete="off" />
            </Field>
            <Button type="submit" variant="secondary" disabled={busy}>
              {t('feedback.raisedBefore.find')}
            </Button>
          </form>
          {found && found.length === 0 ? <p className="muted">{t('feedback.raisedBefore.notFound')}</p> : null}
          {found && found.length > 0 ? (
            <>
              <Field label={t('feedback.raisedBefore.note')}>
                <textarea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
              </Field>
              <ul className="fb-plain-list">
                {found.map((f) => (
                  <li key={f.id}>
                    <strong>{f.title}</strong>{' '}
                    <span className="muted" translate="no">
                      {f.trackingCode}
                    </span>{' '}
                    <Button disabled={busy} onClick={() => void run(() => linkRaisedBefore(api, item, f.id, note), t('feedback.raisedBefore.added'))}>
                      {t('feedback.raisedBefore.link', { title: f.title })}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </section>
  );
}
