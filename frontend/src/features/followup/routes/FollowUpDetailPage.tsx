import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsAuditTrail } from '../../privacy/audit/readsTrail';
import { AttachmentUploads, ACCEPTED_FILES, MAX_FILES, type Upload } from '../../feedback/components/AttachmentUploads';
import { newIdempotencyKey } from '../../participants/registrationDraft';
import { formatDate, formatDateTime } from '../../plans/format';
import { attachToReport, downloadReportFile, getFollowUp, reopen, sendReport } from '../api/followup';
import type { FollowUpDetail, ProgressOutcome, ProgressReport, ProgressRequest } from '../api/types';
import { FollowUpStatusBadge, PercentBar, StandingBadges } from '../components/FollowUpBits';
import '../followup.css';

const fieldError = (error: unknown, field: string) =>
  error instanceof ApiError ? error.fieldErrors.find((e) => e.field === field)?.message : undefined;

/**
 * The report form. The lead unit (and the office for an escalation) reports a percentage, resolved or cannot resolve,
 * with photos; coordinating units and the office on a ruling to resolve post notes. One Idempotency-Key per report
 * draft, kept through retries.
 */
function ReportForm({ detail, onDone }: { detail: FollowUpDetail; onDone: (message: string, stale?: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const r = detail.followUp.ruling;
  const full = detail.yourPart === 'LEAD' || (detail.yourPart === 'OFFICE' && r.type === 'ESCALATE');
  const [outcome, setOutcome] = useState<ProgressOutcome>('PROGRESS');
  const [note, setNote] = useState('');
  const [percent, setPercent] = useState(String(r.progressPercent));
  const [reason, setReason] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: ProgressRequest = !full
      ? { note }
      : outcome === 'PROGRESS'
        ? { note, percent: percent.trim() === '' ? undefined : Number(percent), outcome }
        : outcome === 'RESOLVED'
          ? { note, percent: 100, outcome }
          : { note, reason, outcome };
    let report: ProgressReport;
    try {
      report = await sendReport(api, r.planId, r.id, r.version, body, key);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 412) {
        onDone(t('followUp.form.stale'), true);
        return;
      }
      setError(err);
      return;
    }
    // The report is recorded; its photos follow one by one, each showing how it went.
    const states: Upload[] = files.map((file) => ({ file, state: 'waiting' }));
    setUploads(states);
    for (let i = 0; i < files.length; i++) {
      states[i] = { ...states[i], state: 'sending' };
      setUploads([...states]);
      try {
        await attachToReport(api, r.planId, r.id, report.id, files[i]);
        states[i] = { ...states[i], state: 'done' };
      } catch (err) {
        states[i] = { ...states[i], state: 'failed', error: err };
      }
      setUploads([...states]);
    }
    setBusy(false);
    setNote('');
    setReason('');
    setFiles([]);
    setKey(newIdempotencyKey());
    if (states.every((s) => s.state === 'done')) setUploads([]);
    onDone(t('followUp.form.sent'));
  };

  return (
    <form className="fu-form" onSubmit={(e) => void submit(e)} aria-labelledby="fu-form-title" noValidate>
      <h2 id="fu-form-title">{full ? t('followUp.form.title') : t('followUp.form.noteTitle')}</h2>
      {!full ? <p className="muted">{t('followUp.form.noteOnlyHint')}</p> : null}
      {full ? (
        <fieldset className="fu-outcomes">
          <legend>{t('followUp.form.outcome')}</legend>
          {(
            [
              ['PROGRESS', 'outcomeProgress'],
              ['RESOLVED', 'outcomeResolved'],
              ['CANNOT_RESOLVE', 'outcomeCannot'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
              <span>{t(`followUp.form.${label}`)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {full && outcome === 'PROGRESS' ? (
        <Field label={t('followUp.form.percent')} hint={t('followUp.form.percentHint')} error={fieldError(error, 'percent')} required>
          <input type="number" inputMode="numeric" min={0} max={99} value={percent} onChange={(e) => setPercent(e.target.value)} />
        </Field>
      ) : null}
      {full && outcome === 'CANNOT_RESOLVE' ? (
        <Field label={t('followUp.form.reason')} error={fieldError(error, 'reason')} required>
          <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={5000} />
        </Field>
      ) : null}
      <Field
        label={outcome === 'RESOLVED' && full ? t('followUp.form.resolvedNote') : t('followUp.form.note')}
        error={fieldError(error, 'note')}
        required={!(full && outcome === 'CANNOT_RESOLVE')}
      >
        <textarea rows={4} value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} />
      </Field>
      <Field label={t('followUp.form.files')} hint={t('followUp.form.filesHint')}>
        <input
          type="file"
          accept={ACCEPTED_FILES}
          multiple
          onChange={(e) => setFiles(Array.from(e.target.files ?? []).slice(0, MAX_FILES))}
        />
      </Field>
      <AttachmentUploads uploads={uploads} />
      {error && !fieldError(error, 'note') && !fieldError(error, 'percent') && !fieldError(error, 'reason') ? (
        <ErrorState error={error} headingLevel={3} />
      ) : null}
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('followUp.form.sending') : t('followUp.form.send')}
        </Button>
      </div>
    </form>
  );
}

/** The office reopens a ruling reported resolved or impossible, saying why. */
function ReopenForm({ detail, onDone }: { detail: FollowUpDetail; onDone: (message: string, stale?: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const r = detail.followUp.ruling;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await reopen(api, r.planId, r.id, r.version, note);
      setNote('');
      onDone(t('followUp.form.reopened'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) onDone(t('followUp.form.stale'), true);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="fu-form" onSubmit={(e) => void submit(e)} aria-labelledby="fu-reopen-title" noValidate>
      <h2 id="fu-reopen-title">{t('followUp.form.reopenTitle')}</h2>
      <Field label={t('followUp.form.reopenReason')} error={fieldError(error, 'note')} required>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} />
      </Field>
      {error && !fieldError(error, 'note') ? <ErrorState error={error} headingLevel={3} /> : null}
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t('followUp.form.reopen')}
        </Button>
      </div>
    </form>
  );
}

/**
 * `/plans/:id/rulings/:rulingId/follow-up`: a followed ruling — due date in working days, percentage, status — its
 * reports newest first with their photos, and the form the caller's part allows.
 */
export default function FollowUpDetailPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const planId = Number(useParams().id);
  const rulingId = Number(useParams().rulingId);
  const detail = useAsync((signal) => getFollowUp(api, planId, rulingId, signal), [api, planId, rulingId]);
  const [notice, setNotice] = useState<{ text: string; stale: boolean } | null>(null);
  const number = detail.status === 'success' ? detail.data.followUp.ruling.number : '';
  useDocumentTitle(t('followUp.detail.title', { number }));

  const done = (text: string, stale = false) => {
    setNotice({ text, stale });
    detail.reload();
  };

  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/follow-up">{t('followUp.detail.backToList')}</Link>
        </p>
        <h1>{t('followUp.title')}</h1>
        <ErrorState error={detail.error} onRetry={detail.reload} onLogin={() => void auth.login()} />
      </div>
    );
  }
  const d = detail.data;
  const f = d.followUp;
  const r = f.ruling;
  const open = r.followUp === 'OPEN' || r.followUp === 'IN_PROGRESS';
  const reports = [...d.reports].reverse();

  return (
    <div className="page fu-detail-page">
      <p className="breadcrumb">
        <Link to="/follow-up">{t('followUp.detail.backToList')}</Link>
      </p>
      <h1>{t('followUp.detail.title', { number: r.number })}</h1>
      <p>
        <span translate="no">{f.planCode}</span> · {f.planTitle}
      </p>
      <div className="fu-badges">
        <StandingBadges followUp={f} />
      </div>
      <PercentBar percent={r.progressPercent} />
      <div aria-live="polite">{notice ? <Alert tone={notice.stale ? 'warning' : 'success'}>{notice.text}</Alert> : null}</div>
      <dl className="fu-facts">
        <Fact label={t('followUp.content')}>{r.content}</Fact>
        <Fact label={t('followUp.due')}>{r.dueDate ? formatDate(r.dueDate) : t('followUp.noDueDate')}</Fact>
        <Fact label={t('followUp.lead')}>{r.leadUnit?.name}</Fact>
        <Fact label={t('followUp.coordinating')}>{r.coordinatingUnits.map((u) => u.name).join(', ')}</Fact>
        <Fact label={t('followUp.escalatedTo')}>{r.escalatedTo}</Fact>
        {r.resolvedOn ? <Fact label={t('followUp.status.RESOLVED')}>{t('followUp.resolvedOn', { date: formatDate(r.resolvedOn) })}</Fact> : null}
        <Fact label={t('followUp.reason')}>{r.cannotResolveReason}</Fact>
      </dl>

      {open && d.yourPart !== 'VIEWER' ? <ReportForm key={r.version} detail={d} onDone={done} /> : null}
      {!open && d.yourPart !== 'VIEWER' ? <p className="muted">{t('followUp.form.closed')}</p> : null}
      {!open && d.yourPart === 'OFFICE' ? <ReopenForm detail={d} onDone={done} /> : null}

      <h2>{t('followUp.detail.timeline')}</h2>
      {reports.length === 0 ? <p className="muted">{t('followUp.detail.noReports')}</p> : null}
      <ol className="fu-timeline">
        {reports.map((p) => (
          <li key={p.id}>
            <p className="fu-timeline__meta">
              {formatDateTime(p.createdAt, i18n.language)} · {p.unit?.name ?? t('followUp.detail.office')}
              {p.authorName ? ` (${p.authorName})` : ''}
            </p>
            <div className="fu-badges">
              <FollowUpStatusBadge status={p.statusAfter} />
              {p.percent != null ? <span className="badge">{t('followUp.percent', { percent: p.percent })}</span> : null}
            </div>
            <p>{p.note}</p>
            {p.attachments.length > 0 ? (
              <ul className="fu-files" aria-label={t('followUp.detail.files')}>
                {p.attachments.map((a) => (
                  <li key={a.id}>
                    <Button variant="ghost" onClick={() => void downloadReportFile(api, r.planId, r.id, p.id, a)}>
                      {t('followUp.detail.download', { name: a.fileName })}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
            {readsAuditTrail(auth.roles) ? (
              <AuditTrail objectType="RulingProgress" objectId={p.id} headingLevel={3} subject={formatDateTime(p.createdAt, i18n.language)} />
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
