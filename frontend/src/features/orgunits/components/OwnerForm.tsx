import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit, OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useSubmission } from '../../../lib/api/useSubmission';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { setOrgUnitOwner } from '../api/orgUnits';
import { presentBodies } from '../tree';

const FIELDS = ['ownerBodyCode'] as const;

/** The installation's administrator says which body keeps a unit (its administrator then may change it), or shares it. */
export function OwnerForm({ unit, tree, onSaved }: { unit: OrgUnit; tree: OrgUnitNode[]; onSaved: (unit: OrgUnit) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, fieldErrors, formRef, submit } = useSubmission(FIELDS);
  const [owner, setOwner] = useState(unit.ownerBody?.code ?? '');
  const bodies = useMemo(() => presentBodies(tree), [tree]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const saved = await submit(() => setOrgUnitOwner(api, unit, { ownerBodyCode: owner || null }));
    if (saved) onSaved(saved);
  }

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void save(e)} noValidate>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <Field label={t('orgUnits.fieldOwner')} hint={t('orgUnits.fieldOwnerHint')} error={fieldErrors.ownerBodyCode}>
        <select name="ownerBodyCode" value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">{t('orgUnits.shared')}</option>
          {bodies.map((b) => (
            <option key={b.code} value={b.code}>
              {b.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {t('orgUnits.save')}
        </Button>
      </div>
    </form>
  );
}
