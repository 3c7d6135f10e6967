import { useEffect, useState, type FormEvent } from 'react';
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
import { DateInput } from '../../../ui/DateInput';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsAuditTrail } from '../../privacy/audit/readsTrail';
import { formatDate, formatDateTime } from '../../plans/format';
import { downloadRevision, generateNotice, getNotice, saveNotice, type ConclusionNotice, type NoticeDraft } from '../api/notice';
import { DeadlineBanner } from '../components/DeadlineBanner';
import { RulingsPreview } from '../components/RulingsPreview';
import '../notice.css';

type Form = {
  number: string;
  symbol: string;
  issuedOn: string;
  parentBody: string;
  signerName: string;
  signerTitle: string;
  recipients: string;
  opening: string;
};

const toForm = (n: ConclusionNotice): Form => ({
  number: n.number ?? '',
  symbol: n.symbol ?? '',
  issuedOn: n.issuedOn ?? '',
  parentBody: n.parentBody ?? '',
  signerName: n.signerName ?? '',
  signerTitle: n.signerTitle ?? '',
  recipients: n.recipients.join('\n'),
  opening: n.opening ?? '',
});

const toDraft = (f: Form): NoticeDraft => {
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    number: text(f.number),
    symbol: text(f.symbol),
    issuedOn: text(f.issuedOn),
    parentBody: text(f.parentBody),
    signerName: text(f.signerName),
    signerTitle: text(f.signerTitle),
    recipients: f.recipients
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean),
    opening: text(f.opening),
  };
};

/** Thông báo kết luận: the office drafts it, the office or the chair generates it; every revision stays downloadable. */
export default function NoticePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const planId = Number(useParams().id);
  const loaded = useAsync((signal) => getNotice(api, planId, signal), [api, planId]);
  const [notice, setNotice] = useState<ConclusionNotice | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const lang = i18n.resolvedLanguage ?? 'vi';
  const office = auth.roles.includes('secretariat');
  const canGenerate = office || auth.roles.includes('chair');
  const title = t('notice.title');
  useDocumentTitle(title);

  useEffect(() => {
    if (loaded.status === 'success') {
      setNotice(loaded.data);
      setForm(toForm(loaded.data));
    }
  }, [loaded.status, loaded.data]);

  const fieldError = (field: string) =>
    error instanceof ApiError ? error.fieldErrors.find((e) => e.field === field)?.message : undefined;
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => (f ? { ...f, [key]: e.target.value } : f));

  const run = async (action: () => Promise<ConclusionNotice>, done: string) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const next = await action();
      setNotice(next);
      setForm(toForm(next));
      setReason('');
      setMessage(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (notice && form) void run(() => saveNotice(api, notice, toDraft(form)), t('notice.saved'));
  };
  const generate = () => {
    if (!notice) return;
    if (notice.revision > 0) void run(() => generateNotice(api, notice, reason.trim()), t('notice.regenerated'));
    else void run(() => generateNotice(api, notice), t('notice.generated'));
  };
  const download = async (revision: number, format: 'docx' | 'pdf') => {
    setError(null);
    try {
      await downloadRevision(api, planId, revision, format);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="page notice-page">
      <p className="breadcrumb">
        <Link to={`/plans/${planId}`}>{t('notice.backToPlan')}</Link>
      </p>
      <h1>{title}</h1>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.reload} onLogin={() => void auth.login()} /> : null}
      {notice && form ? (
        <>
          <DeadlineBanner deadline={notice.deadline} />
          {message ? (
            <Alert tone="success" live="polite">
              <p>{message}</p>
            </Alert>
          ) : null}
          {error ? <ErrorState error={error} headingLevel={2} /> : null}

          <form onSubmit={save} className="notice-form" aria-labelledby="notice-draft">
            <h2 id="notice-draft">{t('notice.draft')}</h2>
            <fieldset disabled={!office || busy}>
              <legend className="visually-hidden">{t('notice.draft')}</legend>
              <div className="notice-form__row">
                <Field label={t('notice.field.number')} error={fieldError('number')} required>
                  <input value={form.number} onChange={set('number')} inputMode="numeric" maxLength={20} />
                </Field>
                <Field label={t('notice.field.symbol')} error={fieldError('symbol')} required>
                  <input value={form.symbol} onChange={set('symbol')} maxLength={50} />
                </Field>
                <Field label={t('notice.field.issuedOn')} error={fieldError('issuedOn')} required>
                  <DateInput value={form.issuedOn} onChange={(v) => set('issuedOn')({ target: { value: v } })} />
                </Field>
              </div>
              <Field label={t('notice.field.parentBody')} hint={t('notice.field.parentBodyHint')} error={fieldError('parentBody')}>
                <input value={form.parentBody} onChange={set('parentBody')} maxLength={300} />
              </Field>
              <div className="notice-form__row">
                <Field label={t('notice.field.signerName')} error={fieldError('signerName')} required>
                  <input value={form.signerName} onChange={set('signerName')} maxLength={200} autoComplete="off" />
                </Field>
                <Field label={t('notice.field.signerTitle')} hint={t('notice.field.signerTitleHint')} error={fieldError('signerTitle')}>
                  <textarea rows={2} value={form.signerTitle} onChange={set('signerTitle')} maxLength={300} />
                </Field>
              </div>
              <Field label={t('notice.field.recipients')} hint={t('notice.field.recipientsHint')} error={fieldError('recipients')}>
                <textarea rows={5} value={form.recipients} onChange={set('recipients')} />
              </Field>
              <Field label={t('notice.field.opening')} hint={t('notice.field.openingHint')} error={fieldError('opening')}>
                <textarea rows={5} value={form.opening} onChange={set('opening')} placeholder={notice.defaultOpening} maxLength={5000} />
              </Field>
              {office ? (
                <div className="actions">
                  <Button type="submit" variant="secondary" disabled={busy}>
                    {t('notice.save')}
                  </Button>
                </div>
              ) : null}
            </fieldset>
          </form>

          <section aria-labelledby="notice-preview">
            <h2 id="notice-preview">{t('notice.preview.title')}</h2>
            <RulingsPreview groups={notice.groups} />
          </section>

          {canGenerate ? (
            <section aria-labelledby="notice-generate">
              <h2 id="notice-generate">{notice.revision > 0 ? t('notice.regenerate') : t('notice.generate')}</h2>
              {notice.revision > 0 ? (
                <Field label={t('notice.reason')} hint={t('notice.reasonHint')} error={fieldError('reason')} required>
                  <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
                </Field>
              ) : (
                <p className="muted">{t('notice.generateHint')}</p>
              )}
              <div className="actions">
                <Button onClick={generate} disabled={busy || (notice.revision > 0 && !reason.trim())}>
                  {busy ? t('common.loading') : notice.revision > 0 ? t('notice.regenerateButton') : t('notice.generateButton')}
                </Button>
              </div>
            </section>
          ) : null}

          <section aria-labelledby="notice-revisions">
            <h2 id="notice-revisions">{t('notice.revisions')}</h2>
            {notice.revisions.length === 0 ? (
              <p className="muted">{t('notice.noRevisions')}</p>
            ) : (
              <ul className="notice-revisions">
                {notice.revisions.map((r) => (
                  <li key={r.revision}>
                    <p>
                      <strong>{t('notice.revision', { revision: r.revision })}</strong>
                      {r.revision === notice.revision ? ` (${t('notice.current')})` : ''} ·{' '}
                      {t('notice.numberLine', { number: r.number, symbol: r.symbol })} · {formatDate(r.issuedOn)}
                      <br />
                      <span className="muted">
                        {t('notice.generatedBy', { who: r.generatedBy, at: formatDateTime(r.generatedAt, lang) })}
                      </span>
                      {r.reason ? (
                        <>
                          <br />
                          {t('notice.reasonLine', { reason: r.reason })}
                        </>
                      ) : null}
                    </p>
                    <div className="actions">
                      <Button variant="secondary" onClick={() => void download(r.revision, 'docx')}>
                        {t('notice.downloadDocx', { revision: r.revision })}
                      </Button>
                      <Button variant="secondary" onClick={() => void download(r.revision, 'pdf')}>
                        {t('notice.downloadPdf', { revision: r.revision })}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {readsAuditTrail(auth.roles) ? <AuditTrail objectType="ConclusionNotice" objectId={planId} refreshKey={notice.version} /> : null}
        </>
      ) : null}
    </div>
  );
}
