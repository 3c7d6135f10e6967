import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { useAuth } from '../../auth/AuthProvider';
import { checkIn, getComposition, listParticipants } from '../api/participants';
import type { CheckInRequest, CheckInResult, Composition, GroupCount, Participant } from '../api/types';
import { timeOf } from '../components/ParticipantList';
import { QrScanner } from '../components/QrScanner';
import { loadPlanHeader } from '../planTitle';
import { decodeImageFile } from '../qr';

const POLL_MS = 5000;

type Outcome =
  | { kind: 'working' }
  | { kind: 'success'; name: string; group: string }
  | { kind: 'already'; name: string; time: string }
  | { kind: 'notFound'; detail: string }
  | { kind: 'noCode' }
  | { kind: 'outsideDay'; detail: string; body: CheckInRequest }
  | { kind: 'error'; error: unknown };

/** The server's warning that today is not the session's day: its text, or null for any other answer. */
function outsideSessionDay(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !/:checkin-outside-session-day$/.test(error.problem?.type ?? '')) return null;
  return error.problem?.detail || error.problem?.title || '';
}

/** The composition, refreshed every POLL_MS while the page is visible (paused in a background tab). */
function useLiveComposition(planId: number): [Composition | null, unknown, (c: Composition) => void] {
  const api = useApi();
  const [data, setData] = useState<Composition | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    let controller: AbortController | null = null;
    const load = () => {
      if (document.hidden) return;
      controller?.abort();
      controller = new AbortController();
      getComposition(api, planId, controller.signal).then(
        (c) => {
          if (!cancelled) {
            setData(c);
            setError(null);
          }
        },
        (e: unknown) => {
          if (!cancelled && !(e instanceof DOMException && e.name === 'AbortError')) setError(e);
        },
      );
    };
    load();
    const timer = window.setInterval(load, POLL_MS);
    const onVisibility = () => {
      if (!document.hidden) load();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      controller?.abort();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [api, planId]);
  return [data, error, setData];
}

function groupLabel(t: (k: string) => string, composition: Composition | null, p: Participant): string {
  const g = composition?.groups.find((x) => x.groupId != null && x.groupId === p.groupId);
  return g?.description ?? t(`participants.kind.${p.kind}`);
}

function Counts({ composition }: { composition: Composition }) {
  const { t } = useTranslation();
  const tile = (g: GroupCount, key: string, total = false) => (
    <li key={key} className={`count-tile${total ? ' count-tile--total' : ''}`}>
      <span className="count-tile__label">{total ? t('participants.composition.total') : g.groupId == null ? t('participants.composition.noGroup') : g.description}</span>
      <span className="count-tile__value">
        {g.attended}
        <span className="count-tile__of">/{g.participants}</span>
      </span>
      <span className="visually-hidden">{t('checkIn.countText', { attended: g.attended, participants: g.participants })}</span>
    </li>
  );
  return (
    <ul className="count-tiles" aria-label={t('checkIn.counts')}>
      {tile(composition.total, 'total', true)}
      {composition.groups.map((g) => tile(g, String(g.groupId ?? 'none')))}
    </ul>
  );
}

/** Check-in at the door, on a phone: live counts, camera or photo of a QR code, or search by name. */
export default function CheckInPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const id = Number(useParams().id);
  const plan = useAsync((signal) => loadPlanHeader(api, id, signal), [api, id]);
  const [composition, compositionError, setComposition] = useLiveComposition(id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [q, setQ] = useState('');
  const [matches, setMatches] = useState<Participant[] | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  // Once the officer has confirmed checking in on another day, the next scans of this visit go through without asking again.
  const [outsideDayConfirmed, setOutsideDayConfirmed] = useState(false);
  const compositionRef = useRef(composition);
  compositionRef.current = composition;
  useDocumentTitle(t('checkIn.title'));

  const submit = useCallback(
    async (request: CheckInRequest) => {
      setOutcome({ kind: 'working' });
      const body = outsideDayConfirmed ? { ...request, outsideSessionDay: true } : request;
      try {
        const result: CheckInResult = await checkIn(api, id, body);
        setComposition(result.composition);
        const p = result.participant;
        if (result.alreadyCheckedIn) {
          setOutcome({ kind: 'already', name: p.displayName, time: timeOf(result.checkedInAt ?? p.checkedInAt) });
        } else {
          setOutcome({ kind: 'success', name: p.displayName, group: groupLabel(t, result.composition, p) });
          if (typeof navigator.vibrate === 'function') navigator.vibrate(150);
        }
        setMatches((list) => list?.map((m) => (m.id === p.id ? p : m)) ?? null);
      } catch (e) {
        const outside = outsideSessionDay(e);
        if (outside !== null) setOutcome({ kind: 'outsideDay', detail: outside, body });
        else if (e instanceof ApiError && e.status === 404) setOutcome({ kind: 'notFound', detail: e.problem?.detail ?? t('checkIn.notFoundDetail') });
        else setOutcome({ kind: 'error', error: e });
      }
    },
    [api, id, setComposition, t, outsideDayConfirmed],
  );

  const confirmOutsideDay = (body: CheckInRequest) => {
    setOutsideDayConfirmed(true);
    void submit({ ...body, outsideSessionDay: true });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setOutcome({ kind: 'working' });
    try {
      const text = await decodeImageFile(file);
      if (text) await submit({ code: text });
      else setOutcome({ kind: 'noCode' });
    } catch {
      setOutcome({ kind: 'noCode' });
    }
  };

  const search = async (e: FormEvent) => {
    e.preventDefault();
    if (q.trim().length < 2) return;
    setSearchError(null);
    try {
      const page = await listParticipants(api, id, { q: q.trim(), size: 10 });
      setMatches(page.items);
    } catch (err) {
      setSearchError(err);
    }
  };

  const result = (() => {
    if (!outcome) return null;
    switch (outcome.kind) {
      case 'working':
        return <p className="checkin-result checkin-result--working">{t('checkIn.working')}</p>;
      case 'success':
        return (
          <p className="checkin-result checkin-result--success">
            <span aria-hidden="true">✓ </span>
            {t('checkIn.success', { name: outcome.name, group: outcome.group })}
          </p>
        );
      case 'already':
        return (
          <p className="checkin-result checkin-result--already">
            <span aria-hidden="true">⚠ </span>
            {t('checkIn.already', { name: outcome.name, time: outcome.time })}
          </p>
        );
      case 'notFound':
        return (
          <div className="checkin-result checkin-result--error">
            <p className="checkin-result__title">
              <span aria-hidden="true">✗ </span>
              {t('checkIn.notFound')}
            </p>
            <p>{outcome.detail}</p>
          </div>
        );
      case 'noCode':
        return <p className="checkin-result checkin-result--error">{t('checkIn.noCode')}</p>;
      case 'outsideDay':
        return (
          <div className="checkin-result checkin-result--already">
            <p className="checkin-result__title">
              <span aria-hidden="true">⚠ </span>
              {t('checkIn.outsideDay')}
            </p>
            <p>{outcome.detail}</p>
            <p className="actions">
              <button type="button" className="btn btn--primary" onClick={() => confirmOutsideDay(outcome.body)}>
                {t('checkIn.outsideDayConfirm')}
              </button>
              <button type="button" className="btn btn--secondary" onClick={() => setOutcome(null)}>
                {t('checkIn.outsideDayCancel')}
              </button>
            </p>
          </div>
        );
      default:
        return <ErrorState error={outcome.error} headingLevel={2} onLogin={() => void auth.login()} />;
    }
  })();

  return (
    <div className="page checkin-page">
      <p className="breadcrumb">
        <Link to={`/plans/${id}/participants`}>{t('checkIn.back')}</Link>
      </p>
      <h1>{t('checkIn.title')}</h1>
      {plan.status === 'success' ? <p className="checkin-page__plan">{plan.data.title}</p> : null}
      {plan.status === 'error' ? <ErrorState error={plan.error} onLogin={() => void auth.login()} /> : null}

      <div className="checkin-result-region" role="status" aria-live="polite" aria-atomic="true">
        {result}
      </div>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t('checkIn.counts')}</h2>
        <p className="field__hint">{t('checkIn.live')}</p>
        {composition ? <Counts composition={composition} /> : null}
        {compositionError && !composition ? <ErrorState error={compositionError} headingLevel={3} onLogin={() => void auth.login()} /> : null}
      </section>

      <section aria-labelledby="scan-heading">
        <h2 id="scan-heading">{t('checkIn.scan')}</h2>
        <QrScanner onCode={(code) => void submit({ code })} />
        <div className="field">
          <input
            ref={fileRef}
            id="qr-photo"
            className="visually-hidden file-input"
            type="file"
            accept="image/*"
            capture="environment"
            aria-describedby="qr-photo-hint"
            onChange={(e) => void onFile(e)}
          />
          <label htmlFor="qr-photo" className="btn btn--secondary btn--big file-button">
            {t('checkIn.photo')}
          </label>
          <p className="field__hint" id="qr-photo-hint">
            {t('checkIn.photoHint')}
          </p>
        </div>
      </section>

      <section aria-labelledby="search-heading">
        <h2 id="search-heading">{t('checkIn.searchTitle')}</h2>
        <form className="checkin-search" role="search" aria-labelledby="search-heading" onSubmit={(e) => void search(e)}>
          <Field label={t('checkIn.search')} hint={t('checkIn.searchHint')}>
            <input type="search" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} />
          </Field>
          <button type="submit" className="btn btn--primary">
            {t('checkIn.searchButton')}
          </button>
        </form>
        {searchError ? <ErrorState error={searchError} headingLevel={3} /> : null}
        {matches && matches.length === 0 ? <p>{t('checkIn.noMatch')}</p> : null}
        {matches && matches.length > 0 ? (
          <ul className="match-list">
            {matches.map((p) => (
              <li key={p.id} className="match-list__item">
                <span>
                  <span className="participant__name">{p.displayName}</span>
                  <span className="muted"> — {groupLabel(t, composition, p)}</span>
                  {p.checkedInAt ? <span className="tag tag--present">{t('participants.list.checkedIn', { time: timeOf(p.checkedInAt) })}</span> : null}
                </span>
                <button type="button" className="btn btn--primary" onClick={() => void submit({ participantId: p.id })}>
                  {t('checkIn.checkInButton')}{' '}
                  <span className="visually-hidden">{p.displayName}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
