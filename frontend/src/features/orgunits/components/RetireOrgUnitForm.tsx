import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit, OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useSubmission } from '../../../lib/api/useSubmission';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { formatDate, todayInVietnam } from '../../plans/format';
import { reinstateOrgUnit, retireOrgUnit } from '../api/orgUnits';
import { codesWithin, findNode, flattenNodes } from '../tree';
import { UnitOptions } from './UnitOptions';

const FIELDS = ['retiredOn', 'successorCode'] as const;

/**
 * Records that a unit was merged or abolished (sáp nhập, giải thể) from a day, and the present-day unit that carries
 * on its records and its people; sent again it changes the day or the successor. A retirement recorded by mistake is
 * taken back with one button.
 */
export function RetireOrgUnitForm({
  unit,
  tree,
  onSaved,
}: {
  unit: OrgUnit;
  tree: OrgUnitNode[];
  onSaved: (unit: OrgUnit, message: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, fieldErrors, formRef, submit } = useSubmission(FIELDS);
  const [values, setValues] = useState({ retiredOn: unit.retiredOn ?? todayInVietnam(), successorCode: unit.successor?.code ?? '' });
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  // Successors: present-day units, neither the unit nor one under it.
  const successors = useMemo(() => {
    const self = findNode(tree, unit.code);
    const excluded = self ? codesWithin(self) : new Set([unit.code]);
    return flattenNodes(tree).filter((p) => !excluded.has(p.code) && !p.node.retiredOn);
  }, [tree, unit.code]);

  async function retire(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.retiredOn)) local.retiredOn = t('orgUnits.required');
    const saved = await submit(() => retireOrgUnit(api, unit, { retiredOn: values.retiredOn, successorCode: values.successorCode || null }), local);
    if (saved) onSaved(saved, t('orgUnits.retired', { name: saved.name, date: formatDate(saved.retiredOn) }));
  }

  async function reinstate() {
    const saved = await submit(() => reinstateOrgUnit(api, unit));
    if (saved) onSaved(saved, t('orgUnits.reinstated', { name: saved.name }));
  }

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void retire(e)} noValidate>
      <p className="muted">{t('orgUnits.retireIntro')}</p>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {unit.allowedActions.includes('RETIRE') ? (
        <>
          <div className="form__grid">
            <Field label={t('orgUnits.fieldRetiredOn')} hint={t('orgUnits.fieldRetiredOnHint')} error={fieldErrors.retiredOn} required>
              <DateInput name="retiredOn" value={values.retiredOn} onChange={(v) => set('retiredOn')({ target: { value: v } })} />
            </Field>
            <Field label={t('orgUnits.fieldSuccessor')} hint={t('orgUnits.fieldSuccessorHint')} error={fieldErrors.successorCode}>
              <select name="successorCode" value={values.successorCode} onChange={set('successorCode')}>
                <option value="">{t('orgUnits.noSuccessor')}</option>
                <UnitOptions units={successors} />
              </select>
            </Field>
          </div>
          <div className="actions">
            <Button type="submit" disabled={busy}>
              {unit.retiredOn ? t('orgUnits.retireChange') : t('orgUnits.retireSubmit')}
            </Button>
          </div>
        </>
      ) : null}
      {unit.allowedActions.includes('REINSTATE') ? (
        <div className="actions">
          <Button variant="secondary" disabled={busy} onClick={() => void reinstate()}>
            {t('orgUnits.reinstate')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
