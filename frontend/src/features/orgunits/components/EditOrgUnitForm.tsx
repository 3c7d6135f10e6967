import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit, OrgUnitKind, OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useSubmission } from '../../../lib/api/useSubmission';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { updateOrgUnit } from '../api/orgUnits';
import { ORG_UNIT_KINDS } from '../kinds';
import { codesWithin, findNode, flattenNodes } from '../tree';
import { UnitOptions } from './UnitOptions';

const FIELDS = ['name', 'kind', 'parentCode', 'sortOrder'] as const;

/**
 * Renames, re-kinds and re-orders a unit, or moves it: a new parent chosen among the units that are not the unit
 * itself or under it (the server checks which kinds may sit under which, and a body's administrator's area).
 */
export function EditOrgUnitForm({ unit, tree, onSaved }: { unit: OrgUnit; tree: OrgUnitNode[]; onSaved: (unit: OrgUnit) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, fieldErrors, formRef, submit } = useSubmission(FIELDS);
  const [values, setValues] = useState({
    name: unit.name,
    kind: unit.kind as string,
    parentCode: unit.parentCode ?? '',
    sortOrder: String(unit.sortOrder),
  });
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  const parents = useMemo(() => {
    const self = findNode(tree, unit.code);
    const excluded = self ? codesWithin(self) : new Set([unit.code]);
    return flattenNodes(tree).filter((p) => !excluded.has(p.code));
  }, [tree, unit.code]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!values.name.trim()) local.name = t('orgUnits.required');
    if (!/^\d+$/.test(values.sortOrder.trim())) local.sortOrder = t('orgUnits.sortOrderInvalid');
    const saved = await submit(
      () =>
        updateOrgUnit(api, unit, {
          name: values.name.trim(),
          kind: values.kind as OrgUnitKind,
          parentCode: values.parentCode || null,
          sortOrder: Number(values.sortOrder.trim()),
        }),
      local,
    );
    if (saved) onSaved(saved);
  }

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void save(e)} noValidate>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <div className="form__grid">
        <Field label={t('orgUnits.fieldName')} error={fieldErrors.name} required>
          <input name="name" autoComplete="off" value={values.name} onChange={set('name')} />
        </Field>
        <Field label={t('orgUnits.fieldKind')} error={fieldErrors.kind} required>
          <select name="kind" value={values.kind} onChange={set('kind')}>
            {ORG_UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('orgUnits.fieldMoveTo')} hint={t('orgUnits.fieldMoveToHint')} error={fieldErrors.parentCode}>
          <select name="parentCode" value={values.parentCode} onChange={set('parentCode')}>
            <option value="">{t('orgUnits.noParent')}</option>
            <UnitOptions units={parents} />
          </select>
        </Field>
        <Field label={t('orgUnits.fieldSortOrder')} hint={t('orgUnits.fieldSortOrderHint')} error={fieldErrors.sortOrder}>
          <input name="sortOrder" inputMode="numeric" value={values.sortOrder} onChange={set('sortOrder')} />
        </Field>
      </div>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('orgUnits.submitting') : t('orgUnits.save')}
        </Button>
      </div>
    </form>
  );
}
