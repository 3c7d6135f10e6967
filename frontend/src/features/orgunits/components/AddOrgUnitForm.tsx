import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind, OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { createOrgUnit } from '../api/orgUnits';
import { ORG_UNIT_KINDS } from '../kinds';
import { flatten, presentBodies } from '../tree';
import { UnitOptions } from './UnitOptions';

type FieldName = 'code' | 'name' | 'kind' | 'parentCode' | 'ownerBodyCode';
const FIELDS: FieldName[] = ['code', 'name', 'kind', 'parentCode', 'ownerBodyCode'];

/** The server names a field by its dotted path ("parentCode", maybe "body.parentCode"). */
function fieldOf(path: string): FieldName | null {
  const last = path.split('.').pop() ?? '';
  return (FIELDS as string[]).includes(last) ? (last as FieldName) : null;
}

/**
 * Admin form to add a unit; shows the server's problem+json field errors next to the fields. The installation's
 * administrator says which body keeps it, or shares it (`choosesOwner`); a body's administrator's units are their body's.
 */
export function AddOrgUnitForm({ tree, onCreated, choosesOwner }: { tree: OrgUnitNode[]; onCreated: () => void; choosesOwner: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ code: '', name: '', kind: '', parentCode: '', ownerBodyCode: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: FieldName) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function submit(e: FormEvent) {
    e.preventDefault();
    setCreated(null);
    setError(null);
    const missing: Partial<Record<FieldName, string>> = {};
    if (!values.code.trim()) missing.code = t('orgUnits.required');
    if (!values.name.trim()) missing.name = t('orgUnits.required');
    if (!values.kind) missing.kind = t('orgUnits.required');
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const unit = await createOrgUnit(api, {
        code: values.code.trim(),
        name: values.name.trim(),
        kind: values.kind as OrgUnitKind,
        parentCode: values.parentCode || undefined,
        ownerBodyCode: values.ownerBodyCode || undefined,
      });
      setValues({ code: '', name: '', kind: '', parentCode: '', ownerBodyCode: '' });
      setCreated(unit?.name ?? values.name.trim());
      onCreated();
    } catch (err) {
      const byField: Partial<Record<FieldName, string>> = {};
      if (err instanceof ApiError) {
        for (const fe of err.fieldErrors) {
          const name = fieldOf(fe.field);
          if (name) byField[name] = byField[name] ? `${byField[name]} ${fe.message}` : fe.message;
        }
      }
      setFieldErrors(byField);
      setError(err);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  }

  const parents = flatten(tree);
  const bodies = presentBodies(tree);
  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {created ? (
        <Alert tone="success" live="polite">
          <p>{t('orgUnits.created', { name: created })}</p>
        </Alert>
      ) : null}
      <div className="form__grid">
        <Field label={t('orgUnits.fieldCode')} hint={t('orgUnits.fieldCodeHint')} error={fieldErrors.code} required>
          <input name="code" autoComplete="off" value={values.code} onChange={set('code')} />
        </Field>
        <Field label={t('orgUnits.fieldName')} error={fieldErrors.name} required>
          <input name="name" autoComplete="off" value={values.name} onChange={set('name')} />
        </Field>
        <Field label={t('orgUnits.fieldKind')} error={fieldErrors.kind} required>
          <select name="kind" value={values.kind} onChange={set('kind')}>
            <option value="">{t('orgUnits.chooseKind')}</option>
            {ORG_UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('orgUnits.fieldParent')} error={fieldErrors.parentCode}>
          <select name="parentCode" value={values.parentCode} onChange={set('parentCode')}>
            <option value="">{t('orgUnits.noParent')}</option>
            <UnitOptions units={parents} />
          </select>
        </Field>
        {choosesOwner ? (
          <Field label={t('orgUnits.fieldOwner')} hint={t('orgUnits.fieldOwnerHint')} error={fieldErrors.ownerBodyCode}>
            <select name="ownerBodyCode" value={values.ownerBodyCode} onChange={set('ownerBodyCode')}>
              <option value="">{t('orgUnits.shared')}</option>
              {bodies.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('orgUnits.submitting') : t('orgUnits.submit')}
        </Button>
      </div>
    </form>
  );
}
