import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsAuditTrail } from '../../privacy/audit/readsTrail';
import { listFeedback } from '../../feedback/api/feedback';
import { formatDate, formatDateTime } from '../../plans/format';
import {
  callNext,
  changeAgenda,
  endSession,
  getSession,
  moveSpeaker,
  startSession,
  type AgendaState,
  type SessionView,
} from '../api/session';
import { answerersOf, merge, speakerRef, type ShownAnswer, type ShownSpeaker } from '../merge';
import type { OutboxOp } from '../outbox';
import { useOnline, useOutbox } from '../useOutbox';
import { sendOp } from '../sendOp';
import { OutboxBar } from '../components/OutboxBar';
import '../session.css';

const cacheKey = (planId: number) => `doithoai.session.view.${planId}`;

/** The last record the server sent, kept so the page still shows the session after a reload without network. */
function cached(planId: number): SessionView | null {
  try {
    const raw = localStorage.getItem(cacheKey(planId));
    return raw ? (JSON.parse(raw) as SessionView) : null;
  } catch {
    return null;
  }
}

const isNetwork = (e: unknown) => e instanceof ApiError && e.kind === 'network';

export default function SessionPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const planId = Number(useParams().id);
  const office = auth.roles.includes('secretariat');
  const online = useOnline();
  useDocumentTitle(t('session.title'));

  const loaded = useAsync(
    async (signal) => {
      try {
        const view = await getSession(api, planId, signal);
        localStorage.setItem(cacheKey(planId), JSON.stringify(view));
        return { view, fromCache: false };
      } catch (e) {
        const copy = isNetwork(e) ? cached(planId) : null;
        if (copy) return { view: copy, fromCache: true };
        throw e;
      }
    },
    [api, planId],
  );
  // What the last action answered, newer than the load until the next reload.
  const [latest, setLatest] = useState<SessionView | null>(null);
  useEffect(() => setLatest(null), [loaded.data]);
  const view = latest ?? loaded.data?.view ?? null;

  const send = useCallback((op: OutboxOp) => sendOp(api, op), [api]);
  const outbox = useOutbox(planId, send, loaded.reload);

  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<SessionView>) => {
    setBusy(true);
    setActionError(null);
    try {
      const next = await run();
      localStorage.setItem(cacheKey(planId), JSON.stringify(next));
      setLatest(next);
    } catch (e) {
      setActionError(e);
      if (e instanceof ApiError && (e.status === 412 || e.status === 409)) loaded.reload();
    } finally {
      setBusy(false);
    }
  };

  const shown = useMemo(() => (view ? merge(view, outbox.pending) : null), [view, outbox.pending]);
  const [selected, setSelected] = useState<string | null>(null);
  const refOf = (s: ShownSpeaker) => (s.pending ? `k:${s.clientKey}` : `s:${s.id}`);
  const current = shown
    ? (shown.speakers.find((s) => refOf(s) === selected) ??
      shown.speakers.find((s) => s.status === 'SPEAKING') ??
      shown.speakers.find((s) => s.status === 'WAITING') ??
      null)
    : null;

  if (loaded.status === 'loading' && !view) return <Loading />;
  if (loaded.status === 'error' && !view)
    return (
      <div className="page">
        <h1>{t('session.title')}</h1>
        <ErrorState error={loaded.error} onRetry={loaded.reload} onLogin={() => void auth.login()} />
      </div>
    );
  if (!view || !shown) return null;

  const canRun = office && online && !busy && !view.endedAt;
  const lang = i18n.language;
  const doneCount = view.agenda.filter((a) => a.state === 'DONE').length;

  return (
    <div className="page session-page">
      <p>
        <Link to={`/plans/${planId}`}>{t('session.backToPlan')}</Link>
      </p>
      <h1>{t('session.title')}</h1>
      <p className="muted">
        {t('session.sessionDate', { date: formatDate(view.sessionDate) })}
        {view.startedAt ? ` · ${t('session.startedAt', { time: formatDateTime(view.startedAt, lang) })}` : ''}
        {view.endedAt ? ` · ${t('session.endedAt', { time: formatDateTime(view.endedAt, lang) })}` : ''}
      </p>

      <OutboxBar
        online={online}
        pending={outbox.pending.length}
        sending={outbox.sending}
        onRetry={() => void outbox.retry()}
        rejected={outbox.rejected}
        onDismiss={outbox.dismiss}
        fromCache={loaded.data?.fromCache ?? false}
      />
      {actionError ? <ErrorState error={actionError} headingLevel={2} /> : null}

      {!view.started ? (
        <section className="session-start" aria-labelledby="session-start-h">
          <h2 id="session-start-h">{t('session.notStarted')}</h2>
          <p>{t('session.startHint')}</p>
          {office ? (
            <Button disabled={!online || busy} onClick={() => void act(() => startSession(api, planId))}>
              {t('session.start')}
            </Button>
          ) : null}
        </section>
      ) : (
        <div className="session-grid">
          <section className="session-panel" aria-labelledby="session-agenda-h">
            <h2 id="session-agenda-h">{t('session.agenda.title')}</h2>
            <label className="session-progress">
              <span>{t('session.agenda.progress', { done: doneCount, total: view.agenda.length })}</span>
              <progress max={Math.max(1, view.agenda.length)} value={doneCount} />
            </label>
            <ol className="session-agenda">
              {view.agenda.map((a) => (
                <li key={a.agendaItemId} className={`session-agenda__item session-agenda__item--${a.state.toLowerCase()}`}>
                  <p className="session-agenda__title">{a.title}</p>
                  <p className="muted">
                    {a.responsible ? `${a.responsible} · ` : ''}
                    <span className={`badge session-badge--${a.state.toLowerCase()}`}>{t(`session.agenda.state.${a.state}`)}</span>
                  </p>
                  {office && !view.endedAt ? (
                    <div className="session-actions">
                      {a.state !== 'IN_PROGRESS' ? (
                        <AgendaButton label={t('session.agenda.startItem')} item={a.title} state="IN_PROGRESS" disabled={!canRun}
                          onClick={(s) => void act(() => changeAgenda(api, view, a.agendaItemId, s))} />
                      ) : null}
                      {a.state !== 'DONE' ? (
                        <AgendaButton label={t('session.agenda.finishItem')} item={a.title} state="DONE" disabled={!canRun}
                          onClick={(s) => void act(() => changeAgenda(api, view, a.agendaItemId, s))} />
                      ) : null}
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>

          <section className="session-panel" aria-labelledby="session-speakers-h">
            <h2 id="session-speakers-h">{t('session.speakers.title')}</h2>
            <p className="muted">
              {t('session.speakers.counts', { spoken: view.counts.spoken, total: shown.speakers.length, answers: shown.answers.length })}
            </p>
            {office && !view.endedAt ? (
              <Button disabled={!canRun || !view.speakers.some((s) => s.status === 'WAITING')} onClick={() => void act(() => callNext(api, view))}>
                {t('session.speakers.next')}
              </Button>
            ) : null}
            {!online && office ? <p className="muted">{t('session.onlineOnly')}</p> : null}

            {current ? (
              <SpeakerCard
                planId={planId}
                speaker={current}
                answers={shown.answers.filter((a) => a.speakerId === current.id)}
                answerers={answerersOf(shown.answers)}
                office={office}
                canRun={canRun}
                onMove={(status) => void act(() => moveSpeaker(api, planId, current, status))}
                onRaise={(body) => outbox.add({ kind: 'raise', body: { ...speakerRef(current), ...body } })}
                onAnswer={(body) => outbox.add({ kind: 'answer', body: { ...speakerRef(current), ...body } })}
              />
            ) : (
              <p>{t('session.speakers.none')}</p>
            )}

            <h3>{t('session.speakers.queue')}</h3>
            <ol className="session-queue">
              {shown.speakers.map((s) => (
                <li key={refOf(s)} className={`session-queue__item${current && refOf(current) === refOf(s) ? ' session-queue__item--current' : ''}`}>
                  <span className="session-queue__seq" aria-hidden="true">{s.seq}</span>
                  <span className="session-queue__who">
                    <strong>{s.name}</strong>
                    {s.affiliation ? <span className="muted"> · {s.affiliation}</span> : null}
                    <br />
                    <span className={`badge session-badge--${s.status.toLowerCase()}`}>{t(`session.speakerStatus.${s.status}`)}</span>{' '}
                    <span className="muted">{t(`session.source.${s.source}`)}</span>
                    {s.pending ? <span className="badge session-badge--pending">{t('session.outbox.notSent')}</span> : null}
                  </span>
                  {current && refOf(current) === refOf(s) ? null : (
                    <Button variant="ghost" className="btn--small" onClick={() => setSelected(refOf(s))}>
                      {t('session.speakers.select', { name: s.name })}
                    </Button>
                  )}
                </li>
              ))}
            </ol>
            {office ? <FloorSpeakerForm onAdd={(body) => outbox.add({ kind: 'speaker', body })} /> : null}
          </section>

          <section className="session-panel" aria-labelledby="session-answers-h">
            <h2 id="session-answers-h">{t('session.answers.title')}</h2>
            {shown.answers.length === 0 ? <p className="muted">{t('session.answers.none')}</p> : null}
            <ul className="session-answers">
              {shown.answers.map((a) => (
                <AnswerLine key={a.pending ? `k:${a.clientKey}` : a.id} answer={a} speaker={shown.speakers.find((s) => s.id === a.speakerId)} />
              ))}
            </ul>
          </section>

          {office && !view.endedAt ? <EndPanel disabled={!canRun} planStatus={view.planStatus} onEnd={(held) => void act(() => endSession(api, view, held))} /> : null}
          {view.endedAt ? (
            <Alert tone="success" title={t('session.ended')}>
              <p>{t('session.endedDetail', { status: t(`plans.status.${view.planStatus}`) })}</p>
            </Alert>
          ) : null}
        </div>
      )}
      {/* The session's changes, kept by the server; not while the page works from its offline copy. */}
      {online && readsAuditTrail(auth.roles) ? <AuditTrail objectType="Session" objectId={planId} refreshKey={view.version} /> : null}
    </div>
  );
}

function AgendaButton({ label, item, state, disabled, onClick }: { label: string; item: string; state: AgendaState; disabled: boolean; onClick: (s: AgendaState) => void }) {
  return (
    <Button variant="secondary" className="btn--small" disabled={disabled} aria-label={`${label}: ${item}`} onClick={() => onClick(state)}>
      {label}
    </Button>
  );
}

function SpeakerCard({
  planId,
  speaker,
  answers,
  answerers,
  office,
  canRun,
  onMove,
  onRaise,
  onAnswer,
}: {
  planId: number;
  speaker: ShownSpeaker;
  answers: ShownAnswer[];
  answerers: string[];
  office: boolean;
  canRun: boolean;
  onMove: (status: 'SPEAKING' | 'DONE' | 'SKIPPED') => void;
  onRaise: (body: { feedbackId?: number; content?: string }) => void;
  onAnswer: (body: { answeredBy: string; content: string; feedbackId?: number; markItemAnswered?: boolean }) => void;
}) {
  const { t } = useTranslation();
  return (
    <article className="session-card" aria-labelledby="session-card-h">
      <h3 id="session-card-h">
        {speaker.name}
        {speaker.affiliation ? <span className="muted"> · {speaker.affiliation}</span> : null}
      </h3>
      <p>
        <span className={`badge session-badge--${speaker.status.toLowerCase()}`}>{t(`session.speakerStatus.${speaker.status}`)}</span>{' '}
        <span className="muted">{t(`session.source.${speaker.source}`)}</span>
      </p>
      {office && !speaker.pending ? (
        <div className="session-actions">
          {speaker.status === 'WAITING' ? (
            <Button variant="secondary" className="btn--small" disabled={!canRun} onClick={() => onMove('SPEAKING')}>
              {t('session.speakers.speak')}
            </Button>
          ) : null}
          {speaker.status === 'SPEAKING' ? (
            <Button variant="secondary" className="btn--small" disabled={!canRun} onClick={() => onMove('DONE')}>
              {t('session.speakers.done')}
            </Button>
          ) : null}
          {speaker.status === 'WAITING' || speaker.status === 'SPEAKING' ? (
            <Button variant="ghost" className="btn--small" disabled={!canRun} onClick={() => onMove('SKIPPED')}>
              {t('session.speakers.skip')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <h4>{t('session.raised.title')}</h4>
      {speaker.items.length === 0 && speaker.pendingItems.length === 0 ? <p className="muted">{t('session.raised.none')}</p> : null}
      <ul className="session-raised">
        {speaker.items.map((i) => (
          <li key={i.feedbackId}>
            <Link to={`/feedback/${i.feedbackId}`}>{i.title}</Link>{' '}
            <span className="muted" translate="no">
              {i.trackingCode}
            </span>
            {i.newAtSession ? <span className="badge session-badge--new">{t('session.raised.new')}</span> : null}
          </li>
        ))}
        {speaker.pendingItems.map((label, n) => (
          <li key={`p${n}`}>
            {label} <span className="badge session-badge--pending">{t('session.outbox.notSent')}</span>
          </li>
        ))}
      </ul>
      {office ? <RaiseForm planId={planId} onRaise={onRaise} /> : null}
      <h4>{t('session.answers.ofSpeaker')}</h4>
      {answers.length === 0 ? <p className="muted">{t('session.answers.none')}</p> : null}
      <ul className="session-answers">
        {answers.map((a) => (
          <AnswerLine key={a.pending ? `k:${a.clientKey}` : a.id} answer={a} />
        ))}
      </ul>
      {office ? <AnswerForm items={speaker.items} answerers={answerers} onAnswer={onAnswer} /> : null}
    </article>
  );
}

function RaiseForm({ planId, onRaise }: { planId: number; onRaise: (body: { feedbackId?: number; content?: string }) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [existing, setExisting] = useState('');
  const [content, setContent] = useState('');
  const [error, setError] = useState<string | undefined>();
  const items = useAsync((signal) => listFeedback(api, planId, { size: 100 }, signal).then((p) => p.items), [api, planId]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!existing && !content.trim()) {
      setError(t('session.raised.required'));
      return;
    }
    onRaise(existing ? { feedbackId: Number(existing) } : { content: content.trim() });
    setExisting('');
    setContent('');
    setError(undefined);
  };
  return (
    <form className="session-form" onSubmit={submit} noValidate>
      <Field label={t('session.raised.existing')} hint={items.status === 'error' ? t('session.raised.listUnavailable') : undefined}>
        <select value={existing} onChange={(e) => setExisting(e.target.value)}>
          <option value="">{t('session.raised.newOption')}</option>
          {(items.data ?? []).map((f) => (
            <option key={f.id} value={f.id}>
              {f.trackingCode} · {f.title}
            </option>
          ))}
        </select>
      </Field>
      {!existing ? (
        <Field label={t('session.raised.content')} error={error}>
          <textarea rows={3} value={content} onChange={(e) => setContent(e.target.value)} />
        </Field>
      ) : null}
      <Button type="submit" variant="secondary">
        {t('session.raised.add')}
      </Button>
    </form>
  );
}

function AnswerForm({
  items,
  answerers,
  onAnswer,
}: {
  items: ShownSpeaker['items'];
  answerers: string[];
  onAnswer: (body: { answeredBy: string; content: string; feedbackId?: number; markItemAnswered?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const [by, setBy] = useState('');
  const [content, setContent] = useState('');
  const [item, setItem] = useState('');
  const [mark, setMark] = useState(true);
  const [errors, setErrors] = useState<{ by?: string; content?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = { by: by.trim() ? undefined : t('session.answers.byRequired'), content: content.trim() ? undefined : t('session.answers.contentRequired') };
    setErrors(next);
    if (next.by || next.content) return;
    onAnswer({ answeredBy: by.trim(), content: content.trim(), ...(item ? { feedbackId: Number(item), markItemAnswered: mark } : {}) });
    setContent('');
    setItem('');
  };
  return (
    <form className="session-form" onSubmit={submit} noValidate>
      <Field label={t('session.answers.by')} hint={t('session.answers.byHint')} error={errors.by} required>
        <input list="session-answerers" value={by} onChange={(e) => setBy(e.target.value)} autoComplete="off" />
      </Field>
      <datalist id="session-answerers">
        {answerers.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {items.length > 0 ? (
        <Field label={t('session.answers.item')}>
          <select value={item} onChange={(e) => setItem(e.target.value)}>
            <option value="">{t('session.answers.noItem')}</option>
            {items.map((i) => (
              <option key={i.feedbackId} value={i.feedbackId}>
                {i.trackingCode} · {i.title}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {item ? (
        <label className="check">
          <input type="checkbox" checked={mark} onChange={(e) => setMark(e.target.checked)} /> {t('session.answers.mark')}
        </label>
      ) : null}
      <Field label={t('session.answers.content')} error={errors.content} required>
        <textarea rows={3} value={content} onChange={(e) => setContent(e.target.value)} />
      </Field>
      <Button type="submit" variant="secondary">
        {t('session.answers.add')}
      </Button>
    </form>
  );
}

function AnswerLine({ answer, speaker }: { answer: ShownAnswer; speaker?: ShownSpeaker }) {
  const { t } = useTranslation();
  return (
    <li className="session-answer">
      <p>
        <strong>{answer.answeredBy}</strong>
        {answer.unit ? <span className="muted"> · {answer.unit.name}</span> : null}
        {speaker ? <span className="muted"> · {t('session.answers.to', { name: speaker.name })}</span> : null}
        {answer.trackingCode ? (
          <span className="muted" translate="no">
            {' '}
            · {answer.trackingCode}
          </span>
        ) : null}
        {answer.pending ? <span className="badge session-badge--pending">{t('session.outbox.notSent')}</span> : null}
      </p>
      <p>{answer.content}</p>
    </li>
  );
}

function FloorSpeakerForm({ onAdd }: { onAdd: (body: { name: string; affiliation?: string }) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [affiliation, setAffiliation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('session.floor.nameRequired'));
      return;
    }
    onAdd(affiliation.trim() ? { name: name.trim(), affiliation: affiliation.trim() } : { name: name.trim() });
    setName('');
    setAffiliation('');
    setError(undefined);
  };
  return (
    <form className="session-form" onSubmit={submit} noValidate aria-labelledby="session-floor-h">
      <h3 id="session-floor-h">{t('session.floor.title')}</h3>
      <Field label={t('session.floor.name')} error={error} required>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </Field>
      <Field label={t('session.floor.affiliation')} hint={t('session.floor.affiliationHint')}>
        <input value={affiliation} onChange={(e) => setAffiliation(e.target.value)} autoComplete="off" />
      </Field>
      <Button type="submit" variant="secondary">
        {t('session.floor.add')}
      </Button>
    </form>
  );
}

function EndPanel({ disabled, planStatus, onEnd }: { disabled: boolean; planStatus: string; onEnd: (markHeld: boolean) => void }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(planStatus === 'PUBLISHED');
  return (
    <section className="session-panel" aria-labelledby="session-end-h">
      <h2 id="session-end-h">{t('session.end.title')}</h2>
      {planStatus === 'PUBLISHED' ? (
        <label className="check">
          <input type="checkbox" checked={held} onChange={(e) => setHeld(e.target.checked)} /> {t('session.end.markHeld')}
        </label>
      ) : null}
      <Button disabled={disabled} onClick={() => onEnd(held && planStatus === 'PUBLISHED')}>
        {t('session.end.button')}
      </Button>
    </section>
  );
}
