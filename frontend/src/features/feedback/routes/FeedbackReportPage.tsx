import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { mapFieldErrors, type FieldErrorMap } from '../../../lib/api/fieldErrors';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { loadLocalities } from '../../participants/api/participants';
import { isVietnameseMobile } from '../../participants/labels';
import { sendReport } from '../api/office';
import type { FeedbackKind, FeedbackReport } from '../api/types';
import { ImportPanel } from '../components/ImportPanel';
import { SimilarHint } from '../components/SimilarHint';
import { StatusBadge } from '../components/StatusSteps';
import { keyAfterFailure } from '../feedbackDraft';
import { FEEDBACK_KINDS } from '../logic';
import { clearReportDraft, emptyRow, loadReportDraft, newReportDraft, saveReportDraft, type ReportDraft, type ReportRowFields } from '../reportDraft';
import { ConsentNotice, useConsent } from '../../privacy/ConsentNotice';
import { FEEDBACK_PURPOSES } from '../../privacy/consent';

const ROOTS = ['organisation', 'reference', 'reportDate', 'items', 'consent'];
const MAX_ROWS = 300;

function Stored({ report, onAnother }: { report: FeedbackReport; onAnother: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section aria-labelledby="stored-heading">
      <h2 id="stored-heading" ref={ref} tabIndex={-1}>
        {t('feedback.report.stored', { count: report.itemCount })}
      </h2>
      <p>
        {report.organisation}
        {report.reference ? ` · ${report.reference}` : ''}
      </p>
      {report.items ? (
        <ul className="fb-plain-list">
          {report.items.map((i) => (
            <li key={i.id}>
              <Link to={`/feedback/${i.id}`}>{i.title}</Link>{' '}
              <span className="muted" translate="no">
                {i.trackingCode}
              </span>{' '}
              <StatusBadge status={i.status} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <Button variant="secondary" onClick={onAnother}>
          {t('feedback.report.another')}
        </Button>
      </div>
    </section>
  );
}

/**
 * An organisation's report (the Fatherland Front, a mass organisation, a ward) with many items: entered as
 * one form with repeatable rows, or imported from a spreadsheet. Stored all together or not at all.
 */
export default function FeedbackReportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const planId = Number(useParams().id);
  const places = useAsync((signal) => loadLocalities(api, signal), [api]);
  const wards = places.status === 'success' ? places.data : [];
  const [tab, setTab] = useState<'form' | 'import'>('form');
  const [draft, setDraft] = useState<ReportDraft>(() => loadReportDraft(planId));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [stored, setStored] = useState<FeedbackReport | null>(null);
  // The office enters what an organisation collected: it says how the senders consented (usually in the report).
  const consent = useConsent(true);
  const formRef = useRef<HTMLFormElement>(null);
  const title = t('feedback.report.title');
  useDocumentTitle(title);

  useEffect(() => {
    if (!stored) saveReportDraft(planId, draft);
  }, [planId, draft, stored]);

  const setHead = (k: 'organisation' | 'reference' | 'reportDate', v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const setRow = (i: number, k: keyof ReportRowFields, v: string) =>
    setDraft((d) => ({
      ...d,
      rows: d.rows.map((r, j) => (j === i ? { ...r, [k]: v, ...(k === 'wardCode' ? { villageCode: '' } : {}) } : r)),
    }));
  const addRow = () => setDraft((d) => ({ ...d, rows: [...d.rows, emptyRow(d.rows[d.rows.length - 1]?.wardCode ?? '')] }));
  const removeRow = (i: number) => {
    setDraft((d) => ({ ...d, rows: d.rows.filter((_, j) => j !== i) }));
    // The server's errors name rows by place: after a removal they no longer fit.
    setErrors({});
  };
  const focusInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const checkOrganisation = () => {
    if (draft.organisation.trim()) return true;
    setErrors((e) => ({ ...e, organisation: t('feedback.required') }));
    return false;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: FieldErrorMap = {};
    if (!draft.organisation.trim()) local.organisation = t('feedback.required');
    draft.rows.forEach((r, i) => {
      if (!r.title.trim()) local[`items[${i}].title`] = t('feedback.required');
      if (!r.content.trim()) local[`items[${i}].content`] = t('feedback.required');
      if (r.submitterPhone.trim() && !isVietnameseMobile(r.submitterPhone)) local[`items[${i}].submitterPhone`] = t('registration.phoneInvalid');
    });
    // Rows naming someone carry personal data: the organisation's report says how its senders consented.
    const personal = draft.rows.some((r) => r.submitterName.trim() || r.submitterPhone.trim());
    if (personal) Object.assign(local, consent.check(t));
    setErrors(local);
    setError(null);
    if (Object.keys(local).length > 0) {
      focusInvalid();
      return;
    }
    setBusy(true);
    const opt = (v: string) => v.trim() || null;
    try {
      const report = await sendReport(
        api,
        planId,
        {
          organisation: draft.organisation.trim(),
          reference: opt(draft.reference),
          reportDate: opt(draft.reportDate),
          items: draft.rows.map((r) => ({
            kind: r.kind,
            title: r.title.trim(),
            content: r.content.trim(),
            wardCode: opt(r.wardCode),
            villageCode: opt(r.villageCode),
            submitterName: opt(r.submitterName),
            submitterPhone: opt(r.submitterPhone.replace(/[\s.]/g, '')),
          })),
          ...(personal ? { consent: consent.input() } : {}),
        },
        draft.idempotencyKey,
      );
      clearReportDraft(planId);
      setStored(report);
    } catch (err) {
      setErrors(err instanceof ApiError ? mapFieldErrors(err.fieldErrors, ROOTS) : {});
      setError(err);
      setDraft((d) => keyAfterFailure(d, err instanceof ApiError ? err.status : null));
      if (err instanceof ApiError && err.kind === 'http' && err.status < 500) focusInvalid();
    } finally {
      setBusy(false);
    }
  };

  const another = () => {
    const fresh = newReportDraft();
    setDraft(fresh);
    setStored(null);
    setErrors({});
    setError(null);
  };

  const rowLabel = (i: number) => t('feedback.report.row', { n: i + 1 });
  const rowError = (i: number) => errors[`items[${i}]`];
  const rowInvalid = (i: number) => Object.keys(errors).some((k) => k === `items[${i}]` || k.startsWith(`items[${i}].`));

  return (
    <div className="page fb-report">
      <p className="breadcrumb">
        <Link to={`/plans/${planId}/feedback`}>{t('feedback.detail.backToPlanList')}</Link>
      </p>
      <h1>{title}</h1>
      {stored ? (
        <Stored report={stored} onAnother={another} />
      ) : (
        <>
          <p>{t('feedback.report.intro')}</p>
          <form ref={formRef} className="form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
            <Field label={t('feedback.report.organisation')} hint={t('feedback.report.organisationHint')} error={errors.organisation} required>
              <input value={draft.organisation} maxLength={255} onChange={(e) => setHead('organisation', e.target.value)} />
            </Field>
            <div className="form__grid">
              <Field label={t('feedback.report.reference')} hint={t('feedback.report.referenceHint')} error={errors.reference}>
                <input value={draft.reference} maxLength={100} onChange={(e) => setHead('reference', e.target.value)} />
              </Field>
              <Field label={t('feedback.report.reportDate')} error={errors.reportDate}>
                <DateInput value={draft.reportDate} onChange={(v) => setHead('reportDate', v)} />
              </Field>
            </div>

            <div className="actions" role="group" aria-label={t('feedback.report.how')}>
              <Button variant={tab === 'form' ? 'primary' : 'secondary'} aria-pressed={tab === 'form'} onClick={() => setTab('form')}>
                {t('feedback.report.tabForm')}
              </Button>
              <Button variant={tab === 'import' ? 'primary' : 'secondary'} aria-pressed={tab === 'import'} onClick={() => setTab('import')}>
                {t('feedback.report.tabImport')}
              </Button>
            </div>

            {tab === 'form' ? (
              <>
                <h2>{t('feedback.report.rows', { count: draft.rows.length })}</h2>
                {draft.rows.map((r, i) => {
                  const villages = wards.find((w) => w.code === r.wardCode)?.villages ?? [];
                  const err = (k: string) => errors[`items[${i}].${k}`];
                  return (
                    <fieldset key={i} className={`fb-report-row${rowInvalid(i) ? ' fb-report-row--invalid' : ''}`}>
                      <legend>{rowLabel(i)}</legend>
                      {rowError(i) ? <p className="field__error">{rowError(i)}</p> : null}
                      <Field label={t('feedback.field.kind')} error={err('kind')} required>
                        <select value={r.kind} onChange={(e) => setRow(i, 'kind', e.target.value as FeedbackKind)}>
                          {FEEDBACK_KINDS.map((k) => (
                            <option key={k} value={k}>
                              {t(`feedback.kind.${k}`)}
                            </option>
                          ))}
                        </select>
                      </Field>
                      <Field label={t('feedback.field.title')} error={err('title')} required>
                        <input value={r.title} maxLength={500} onChange={(e) => setRow(i, 'title', e.target.value)} />
                      </Field>
                      <SimilarHint planId={planId} text={r.title} />
                      <Field label={t('feedback.field.content')} error={err('content')} required>
                        <textarea rows={4} value={r.content} maxLength={10000} onChange={(e) => setRow(i, 'content', e.target.value)} />
                      </Field>
                      <Field label={t('feedback.field.wardCode')} error={err('wardCode')}>
                        <select value={r.wardCode} onChange={(e) => setRow(i, 'wardCode', e.target.value)}>
                          <option value="">{t('registration.chooseWard')}</option>
                          {wards.map((w) => (
                            <option key={w.code} value={w.code}>
                              {w.name}
                            </option>
                          ))}
                        </select>
                      </Field>
                      <Field label={t('registration.village')} error={err('villageCode')}>
                        <select value={r.villageCode} onChange={(e) => setRow(i, 'villageCode', e.target.value)} disabled={villages.length === 0}>
                          <option value="">{t('registration.noVillage')}</option>
                          {villages.map((v) => (
                            <option key={v.code} value={v.code}>
                              {v.name}
                            </option>
                          ))}
                        </select>
                      </Field>
                      <div className="form__grid">
                        <Field label={t('feedback.field.submitterName')} error={err('submitterName')}>
                          <input value={r.submitterName} maxLength={255} onChange={(e) => setRow(i, 'submitterName', e.target.value)} />
                        </Field>
                        <Field label={t('feedback.field.submitterPhone')} error={err('submitterPhone')}>
                          <input type="tel" inputMode="tel" value={r.submitterPhone} maxLength={20} onChange={(e) => setRow(i, 'submitterPhone', e.target.value)} />
                        </Field>
                      </div>
                      {draft.rows.length > 1 ? (
                        <Button variant="secondary" onClick={() => removeRow(i)}>
                          {t('feedback.report.removeRow', { n: i + 1 })}
                        </Button>
                      ) : null}
                    </fieldset>
                  );
                })}
                {draft.rows.length < MAX_ROWS ? (
                  <div className="actions">
                    <Button variant="secondary" onClick={addRow}>
                      {t('feedback.report.addRow')}
                    </Button>
                  </div>
                ) : null}
                <ConsentNotice consent={consent} offered={FEEDBACK_PURPOSES} errors={errors} />
                <p className="field__hint">{t('feedback.report.draftKept')}</p>
                {error ? (
                  <ErrorState
                    error={error}
                    fieldLabel={(field) => {
                      const m = /items\[(\d+)\]\.?(\w*)$/.exec(field);
                      if (!m) return t(`feedback.report.${field}`, { defaultValue: field });
                      return `${rowLabel(Number(m[1]))}${m[2] ? ` — ${t(`feedback.field.${m[2]}`, { defaultValue: m[2] })}` : ''}`;
                    }}
                  />
                ) : null}
                <div className="actions">
                  <Button type="submit" disabled={busy}>
                    {busy ? t('feedback.submit.sending') : t('feedback.report.send', { count: draft.rows.length })}
                  </Button>
                </div>
              </>
            ) : null}
          </form>
          {tab === 'import' ? (
            <ImportPanel
              planId={planId}
              meta={{ organisation: draft.organisation.trim(), reference: draft.reference.trim(), reportDate: draft.reportDate }}
              checkMeta={() => {
                const ok = checkOrganisation();
                if (!ok) focusInvalid();
                return ok;
              }}
              consent={consent}
              onImported={(report) => setStored(report)}
            />
          ) : null}
          {places.status === 'error' ? (
            <Alert tone="warning">
              <p>{t('registration.wardsUnavailable')}</p>
            </Alert>
          ) : null}
        </>
      )}
    </div>
  );
}
