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
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { loadLocalities } from '../../participants/api/participants';
import { LocalityFields } from '../../participants/components/LocalityFields';
import { isVietnameseMobile } from '../../participants/labels';
import { getPublicPlan } from '../../plans/api/plans';
import { ConsentNotice, useConsent } from '../../privacy/ConsentNotice';
import { FEEDBACK_PURPOSES } from '../../privacy/consent';
import { attachFile, submitFeedback, TooManyRequests } from '../api/feedback';
import type { FeedbackReceipt } from '../api/types';
import { ACCEPTED_FILES, AttachmentUploads, MAX_FILES, type Upload } from '../components/AttachmentUploads';
import {
  clearFeedbackDraft,
  keyAfterFailure,
  loadFeedbackDraft,
  loadReceipt,
  saveFeedbackDraft,
  saveReceipt,
  type FeedbackDraft,
  type FeedbackFields,
} from '../feedbackDraft';
import { FEEDBACK_KINDS, waitInWords } from '../logic';
import { ContactConfirm } from '../../privacy/contact/ContactConfirm';

const ROOTS = ['kind', 'title', 'content', 'wardCode', 'villageCode', 'submitterName', 'submitterPhone', 'submitterEmail', 'consent'];

/** A citizen sends an opinion, petition or report to a published plan, from a phone, logged in or not. */
export default function SubmitFeedbackPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const id = Number(useParams().id);
  const plan = useAsync((signal) => getPublicPlan(api, id, signal), [api, id]);
  const places = useAsync((signal) => loadLocalities(api, signal), [api]);
  const wards = places.status === 'success' ? places.data : [];
  const [draft, setDraft] = useState<FeedbackDraft>(() => loadFeedbackDraft(id));
  const [files, setFiles] = useState<File[]>([]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(() => loadReceipt(id));
  const [copied, setCopied] = useState(false);
  // What the sender left to be reached at, offered for confirmation on the receipt (nothing is sent to it before).
  const [left, setLeft] = useState<{ phone: string | null; email: string | null }>({ phone: null, email: null });
  const formRef = useRef<HTMLFormElement>(null);
  const receiptRef = useRef<HTMLHeadingElement>(null);
  const title = t('feedback.submit.title');
  useDocumentTitle(receipt ? t('feedback.receipt.title') : title);
  // A logged-in citizen sends as themselves: their account names them, no contact fields to fill.
  const asSelf = auth.isAuthenticated;
  const consent = useConsent(false);

  // Every keystroke is kept: a reload or a dropped connection loses nothing.
  useEffect(() => {
    if (!receipt) saveFeedbackDraft(id, draft);
  }, [id, draft, receipt]);
  useEffect(() => {
    if (receipt) receiptRef.current?.focus();
  }, [receipt]);

  const f = draft.fields;
  const set = <K extends keyof FeedbackFields>(k: K, v: FeedbackFields[K]) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, [k]: v, ...(k === 'wardCode' ? { villageCode: '' } : {}) } }));
  const focusInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  /** Sends the files one by one, proving the item is ours with its tracking code when anonymous. */
  const upload = async (r: FeedbackReceipt, list: File[]) => {
    const start = uploads.length;
    setUploads((u) => [...u, ...list.map((file) => ({ file, state: 'waiting' as const }))]);
    for (let i = 0; i < list.length; i++) {
      const at = start + i;
      const patch = (p: Partial<Upload>) => setUploads((u) => u.map((x, j) => (j === at ? { ...x, ...p } : x)));
      patch({ state: 'sending' });
      try {
        await attachFile(api, r.id, list[i], asSelf ? undefined : r.trackingCode);
        patch({ state: 'done' });
      } catch (e) {
        patch({ state: 'failed', error: e });
      }
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: FieldErrorMap = {};
    if (!f.kind) local.kind = t('feedback.required');
    if (!f.title.trim()) local.title = t('feedback.required');
    if (!f.content.trim()) local.content = t('feedback.required');
    if (!f.wardCode) local.wardCode = t('feedback.required');
    if (!asSelf && f.submitterPhone.trim() && !isVietnameseMobile(f.submitterPhone)) local.submitterPhone = t('registration.phoneInvalid');
    if (files.length > MAX_FILES) local.files = t('feedback.files.tooMany', { count: MAX_FILES });
    // Personal data (the account, or a name or contact) is taken in only with consent to handle it.
    const personal = asSelf || [f.submitterName, f.submitterPhone, f.submitterEmail].some((v) => v.trim());
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
      const done = await submitFeedback(
        api,
        id,
        {
          kind: f.kind || 'OPINION',
          title: f.title.trim(),
          content: f.content.trim(),
          wardCode: f.wardCode,
          villageCode: f.villageCode || null,
          ...(asSelf
            ? {}
            : { submitterName: opt(f.submitterName), submitterPhone: opt(f.submitterPhone.replace(/[\s.]/g, '')), submitterEmail: opt(f.submitterEmail) }),
          ...(personal ? { consent: consent.input() } : {}),
        },
        draft.idempotencyKey,
      );
      clearFeedbackDraft(id);
      consent.reset();
      if (!asSelf) setLeft({ phone: opt(f.submitterPhone.replace(/[\s.]/g, '')), email: opt(f.submitterEmail) });
      saveReceipt(id, done);
      setReceipt(done);
      const chosen = files;
      setFiles([]);
      if (chosen.length > 0) void upload(done, chosen);
    } catch (err) {
      setErrors(err instanceof ApiError ? mapFieldErrors(err.fieldErrors, ROOTS) : {});
      setError(err);
      setDraft((d) => keyAfterFailure(d, err instanceof ApiError ? err.status : null));
      if (err instanceof ApiError && err.kind === 'http' && err.status < 500) focusInvalid();
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    saveReceipt(id, null);
    setReceipt(null);
    setLeft({ phone: null, email: null });
    setUploads([]);
    setCopied(false);
    setDraft(loadFeedbackDraft(id));
  };

  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const failure = (() => {
    if (!error) return null;
    if (error instanceof TooManyRequests)
      return (
        <Alert tone="warning" title={t('feedback.submit.tooManyTitle')} live="assertive">
          <p>{t('feedback.submit.tooManyDetail', { wait: waitInWords(error.retryAfterSeconds, t) })}</p>
        </Alert>
      );
    if (error instanceof ApiError && error.kind === 'network')
      return (
        <Alert tone="error" title={t('feedback.submit.networkTitle')} live="assertive">
          <p>{t('feedback.submit.networkDetail')}</p>
        </Alert>
      );
    return <ErrorState error={error} fieldLabel={(field) => t(`feedback.field.${field.split('.').pop()}`, { defaultValue: field })} />;
  })();

  if (receipt) {
    const sending = uploads.some((u) => u.state === 'waiting' || u.state === 'sending');
    return (
      <div className="page fb-receipt">
        <p className="breadcrumb">
          <Link to={`/ke-hoach/${id}`}>{t('registration.backToPlan')}</Link>
        </p>
        <h1 ref={receiptRef} tabIndex={-1}>
          {t('feedback.receipt.title')}
        </h1>
        <Alert tone="success" live="polite">
          <p>{t('feedback.receipt.lead', { plan: receipt.planTitle })}</p>
        </Alert>
        <section className="fb-code-card" aria-labelledby="code-label">
          <h2 id="code-label" className="fb-code-card__label">
            {t('feedback.receipt.codeLabel')}
          </h2>
          <p className="fb-code" translate="no">
            {receipt.trackingCode}
          </p>
          <p className="muted">{t('feedback.receipt.keepCode')}</p>
          <div className="actions">
            <Button variant="secondary" onClick={() => void copy(receipt.trackingCode)}>
              {t('feedback.receipt.copy')}
            </Button>
            <Link className="btn btn--primary" to={`/tra-cuu/${encodeURIComponent(receipt.trackingCode)}`}>
              {t('feedback.receipt.track')}
            </Link>
          </div>
          <p role="status" className="muted">
            {copied ? t('feedback.receipt.copied') : ''}
          </p>
        </section>
        {left.phone ? <ContactConfirm channel="SMS" contact={left.phone} matter={{ trackingCode: receipt.trackingCode }} /> : null}
        {left.email ? <ContactConfirm channel="EMAIL" contact={left.email} matter={{ trackingCode: receipt.trackingCode }} /> : null}
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t('feedback.files.title')}</h2>
          <AttachmentUploads uploads={uploads} />
          {uploads.length < MAX_FILES ? (
            <Field label={t('feedback.files.addMore')} hint={t('feedback.files.hint', { count: MAX_FILES })}>
              <input
                type="file"
                accept={ACCEPTED_FILES}
                multiple
                disabled={sending}
                onChange={(e) => {
                  const chosen = [...(e.target.files ?? [])].slice(0, MAX_FILES - uploads.filter((u) => u.state === 'done').length);
                  e.target.value = '';
                  if (chosen.length > 0) void upload(receipt, chosen);
                }}
              />
            </Field>
          ) : null}
        </section>
        <div className="actions">
          <Button variant="secondary" onClick={startOver}>
            {t('feedback.receipt.another')}
          </Button>
        </div>
      </div>
    );
  }

  const published = plan.status === 'success' && plan.data.status === 'PUBLISHED';
  return (
    <div className="page fb-submit">
      <p className="breadcrumb">
        <Link to={`/ke-hoach/${id}`}>{t('registration.backToPlan')}</Link>
      </p>
      <h1>{title}</h1>
      {plan.status === 'loading' ? <Loading /> : null}
      {plan.status === 'error' ? <ErrorState error={plan.error} onRetry={plan.reload} /> : null}
      {plan.status === 'success' ? (
        <p>
          <strong>{plan.data.title}</strong>
        </p>
      ) : null}
      {plan.status === 'success' && !published ? (
        <Alert tone="warning">
          <p>{t('feedback.submit.closed')}</p>
        </Alert>
      ) : null}
      {published ? (
        <>
          <p>{t('feedback.submit.intro')}</p>
          <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
            <fieldset className={`field fb-kinds${errors.kind ? ' field--invalid' : ''}`} aria-describedby={errors.kind ? 'kind-error' : undefined}>
              <legend className="field__label">
                {t('feedback.field.kind')}
                <span aria-hidden="true"> *</span>
              </legend>
              {FEEDBACK_KINDS.map((k) => (
                <label key={k} className="check">
                  <input
                    type="radio"
                    name="kind"
                    value={k}
                    checked={f.kind === k}
                    onChange={() => set('kind', k)}
                    aria-invalid={errors.kind ? true : undefined}
                    required
                  />
                  <span>
                    {t(`feedback.kind.${k}`)} <span className="muted">— {t(`feedback.kindHint.${k}`)}</span>
                  </span>
                </label>
              ))}
              {errors.kind ? (
                <p className="field__error" id="kind-error">
                  {errors.kind}
                </p>
              ) : null}
            </fieldset>
            <Field label={t('feedback.field.title')} hint={t('feedback.submit.titleHint')} error={errors.title} required>
              <input value={f.title} maxLength={500} onChange={(e) => set('title', e.target.value)} />
            </Field>
            <Field label={t('feedback.field.content')} error={errors.content} required>
              <textarea rows={6} value={f.content} maxLength={10000} onChange={(e) => set('content', e.target.value)} />
            </Field>
            <LocalityFields
              wards={wards}
              failed={places.status === 'error'}
              onRetry={places.reload}
              wardLabel={t('feedback.field.wardCode')}
              wardCode={f.wardCode}
              villageCode={f.villageCode}
              onWard={(code) => set('wardCode', code)}
              onVillage={(code) => set('villageCode', code)}
              errors={errors}
            />
            {asSelf ? (
              <p className="field__hint">{t('feedback.submit.asSelf', { name: auth.displayName ?? '' })}</p>
            ) : (
              <fieldset className="fb-contact">
                <legend className="field__label">{t('feedback.submit.contact')}</legend>
                <p className="field__hint">{t('feedback.submit.contactHint')}</p>
                <Field label={t('feedback.field.submitterName')} error={errors.submitterName}>
                  <input autoComplete="name" value={f.submitterName} onChange={(e) => set('submitterName', e.target.value)} />
                </Field>
                <Field label={t('feedback.field.submitterPhone')} error={errors.submitterPhone}>
                  <input type="tel" inputMode="tel" autoComplete="tel" value={f.submitterPhone} onChange={(e) => set('submitterPhone', e.target.value)} />
                </Field>
                <Field label={t('feedback.field.submitterEmail')} error={errors.submitterEmail}>
                  <input type="email" autoComplete="email" value={f.submitterEmail} onChange={(e) => set('submitterEmail', e.target.value)} />
                </Field>
              </fieldset>
            )}
            <Field label={t('feedback.files.label')} hint={t('feedback.files.hint', { count: MAX_FILES })} error={errors.files}>
              <input type="file" accept={ACCEPTED_FILES} multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
            </Field>
            <ConsentNotice consent={consent} offered={FEEDBACK_PURPOSES} errors={errors} />
            <p className="field__hint">{t('feedback.submit.draftKept')}</p>
            {failure}
            <div className="actions">
              <Button type="submit" disabled={busy}>
                {busy ? t('feedback.submit.sending') : t('feedback.submit.send')}
              </Button>
            </div>
          </form>
        </>
      ) : null}
    </div>
  );
}
