import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
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
import { getPublicPlan } from '../../plans/api/plans';
import { formatDateTime } from '../../plans/format';
import { loadLocalities, register } from '../api/participants';
import { LocalityFields } from '../components/LocalityFields';
import { isVietnameseMobile } from '../labels';
import { ConsentNotice, useConsent } from '../../privacy/ConsentNotice';
import { PERSON_PURPOSES } from '../../privacy/consent';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft, type RegistrationDraft, type RegistrationFields } from '../registrationDraft';

const ROOTS = ['fullName', 'phone', 'wardCode', 'villageCode', 'matter', 'consent'];

/** A citizen registers to attend a published plan; works logged out, keeps the draft until the server has it. */
export default function RegistrationPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const plan = useAsync((signal) => getPublicPlan(api, id, signal), [api, id]);
  const places = useAsync((signal) => loadLocalities(api, signal), [api]);
  const wards = places.status === 'success' ? places.data : [];
  const [draft, setDraft] = useState<RegistrationDraft>(() => loadDraft(id));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const title = t('registration.title');
  useDocumentTitle(title);
  const lang = i18n.resolvedLanguage ?? 'vi';
  const consent = useConsent(false);

  // Every keystroke is kept: a reload or a dropped connection loses nothing.
  useEffect(() => saveDraft(id, draft), [id, draft]);

  const f = draft.fields;
  const set = <K extends keyof RegistrationFields>(k: K, v: RegistrationFields[K]) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, [k]: v, ...(k === 'wardCode' ? { villageCode: '' } : {}) } }));
  const focusInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: FieldErrorMap = {};
    if (!f.fullName.trim()) local.fullName = t('registration.required');
    if (!f.phone.trim()) local.phone = t('registration.required');
    else if (!isVietnameseMobile(f.phone)) local.phone = t('registration.phoneInvalid');
    if (!f.wardCode) local.wardCode = t('registration.required');
    Object.assign(local, consent.check(t));
    setErrors(local);
    setError(null);
    const given = consent.input();
    if (Object.keys(local).length > 0 || !given) {
      focusInvalid();
      return;
    }
    setBusy(true);
    try {
      const done = await register(
        api,
        id,
        {
          fullName: f.fullName.trim(),
          phone: f.phone.replace(/[\s.]/g, ''),
          wardCode: f.wardCode,
          villageCode: f.villageCode || null,
          matter: f.matter.trim() || null,
          consent: given,
        },
        draft.idempotencyKey,
      );
      clearDraft(id);
      navigate(`/xac-nhan/${encodeURIComponent(done.token)}`, { state: { registered: true, phone: f.phone.replace(/[\s.]/g, '') } });
    } catch (err) {
      setErrors(err instanceof ApiError ? mapFieldErrors(err.fieldErrors, ROOTS) : {});
      setError(err);
      if (err instanceof ApiError && err.kind === 'http' && err.status < 500) {
        // The server answered and created nothing: the corrected form is a new request, with a new key.
        // (After a network failure or a 5xx the key stays: the first send may have gone through.)
        setDraft((d) => ({ ...d, idempotencyKey: newIdempotencyKey() }));
        focusInvalid();
      }
    } finally {
      setBusy(false);
    }
  };

  const failure = (() => {
    if (!error) return null;
    if (error instanceof ApiError && error.kind === 'network')
      return (
        <Alert tone="error" title={t('registration.networkTitle')} live="assertive">
          <p>{t('registration.networkDetail')}</p>
        </Alert>
      );
    return <ErrorState error={error} fieldLabel={(field) => t(`registration.${field.split('.').pop()}`, { defaultValue: field })} />;
  })();

  return (
    <div className="page registration-page">
      <p className="breadcrumb">
        <Link to={`/ke-hoach/${id}`}>{t('registration.backToPlan')}</Link>
      </p>
      <h1>{title}</h1>
      {plan.status === 'loading' ? <Loading /> : null}
      {plan.status === 'error' ? <ErrorState error={plan.error} onRetry={plan.reload} /> : null}
      {plan.status === 'success' ? (
        <p className="registration-page__plan">
          <strong>{plan.data.title}</strong>
          {plan.data.sessionAt ? <span> — {formatDateTime(plan.data.sessionAt, lang)}</span> : null}
          {plan.data.venue ? <span>, {plan.data.venue}</span> : null}
        </p>
      ) : null}
      <p>{t('registration.intro')}</p>
      <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Field label={t('registration.fullName')} error={errors.fullName} required>
          <input autoComplete="name" value={f.fullName} onChange={(e) => set('fullName', e.target.value)} />
        </Field>
        <Field label={t('registration.phone')} hint={t('registration.phoneHint')} error={errors.phone} required>
          <input type="tel" inputMode="tel" autoComplete="tel" value={f.phone} onChange={(e) => set('phone', e.target.value)} />
        </Field>
        <LocalityFields
          wards={wards}
          failed={places.status === 'error'}
          onRetry={places.reload}
          wardLabel={t('registration.ward')}
          wardCode={f.wardCode}
          villageCode={f.villageCode}
          onWard={(code) => set('wardCode', code)}
          onVillage={(code) => set('villageCode', code)}
          errors={errors}
        />
        <Field label={t('registration.matter')} hint={t('registration.matterHint')} error={errors.matter}>
          <textarea rows={3} value={f.matter} onChange={(e) => set('matter', e.target.value)} />
        </Field>
        <ConsentNotice consent={consent} offered={PERSON_PURPOSES} errors={errors} />
        <p className="field__hint">{t('registration.draftKept')}</p>
        {failure}
        <div className="actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('registration.submitting') : t('registration.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
