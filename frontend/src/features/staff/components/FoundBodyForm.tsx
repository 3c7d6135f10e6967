import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind, OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { flatten } from '../../orgunits/tree';
import { foundBody } from '../api/staff';
import { fieldErrorsOf } from '../assignment';

const ROOTS = ['code', 'name', 'kind', 'localityCode', 'administrator'] as const;
/** A body is a Party committee or a People's Committee. */
const BODY_KINDS: OrgUnitKind[] = ['PARTY_COMMITTEE', 'PEOPLES_COMMITTEE'];
/** A body serves the province, a ward or a commune. */
const LOCALITY_KINDS: OrgUnitKind[] = ['PROVINCE', 'WARD', 'COMMUNE'];

const EMPTY = { code: '', name: '', kind: '', localityCode: '', fullName: '', email: '' };
type FieldName = keyof typeof EMPTY;

/**
 * The installation's administrator founds a body with its first administrator, who is invited by e-mail: both are
 * made, or neither.
 */
export function FoundBodyForm({ tree, onFounded }: { tree: OrgUnitNode[]; onFounded: (code: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [founded, setFounded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: FieldName) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setFounded(null);
    const missing: Record<string, string> = {};
    for (const name of Object.keys(EMPTY) as FieldName[]) {
      if (!values[name].trim()) missing[name] = t('staff.required');
    }
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const created = await foundBody(api, {
        code: values.code.trim(),
        name: values.name.trim(),
        kind: values.kind as OrgUnitKind,
        localityCode: values.localityCode,
        administrator: { fullName: values.fullName.trim(), email: values.email.trim() },
      });
      setFounded(t('staff.founded', { name: created.body.name, email: created.administrator.email ?? values.email.trim() }));
      setValues(EMPTY);
      onFounded(created.body.code);
    } catch (err) {
      const byField = err instanceof ApiError ? fieldErrorsOf(err.fieldErrors, ROOTS) : {};
      setErrors({
        ...byField,
        fullName: byField['administrator.fullName'],
        email: byField['administrator.email'],
      });
      setError(err);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  }

  const localities = flatten(tree).filter((u) => LOCALITY_KINDS.includes(u.kind));
  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {founded ? (
        <Alert tone="success" live="polite">
          <p>{founded}</p>
        </Alert>
      ) : null}
      <div className="form__grid">
        <Field label={t('staff.bodyName')} error={errors.name} required>
          <input name="name" autoComplete="off" value={values.name} onChange={set('name')} />
        </Field>
        <Field label={t('staff.bodyCode')} hint={t('staff.bodyCodeHint')} error={errors.code} required>
          <input name="code" autoComplete="off" autoCapitalize="none" value={values.code} onChange={set('code')} />
        </Field>
        <Field label={t('staff.bodyKind')} error={errors.kind} required>
          <select name="kind" value={values.kind} onChange={set('kind')}>
            <option value="">{t('staff.chooseKind')}</option>
            {BODY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('staff.locality')} error={errors.localityCode} required>
          <select name="localityCode" value={values.localityCode} onChange={set('localityCode')}>
            <option value="">{t('staff.chooseLocality')}</option>
            {localities.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('staff.adminFullName')} hint={t('staff.fullNameHint')} error={errors.fullName} required>
          <input name="fullName" autoComplete="off" value={values.fullName} onChange={set('fullName')} />
        </Field>
        <Field label={t('staff.adminEmail')} error={errors.email} required>
          <input name="email" type="email" inputMode="email" autoComplete="off" value={values.email} onChange={set('email')} />
        </Field>
      </div>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('staff.founding') : t('staff.found')}
        </Button>
      </div>
    </form>
  );
}
