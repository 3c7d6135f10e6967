import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '../../../api/types';
import { Field } from '../../../ui/Field';
import { BODY_ROLES, type Assignment } from '../assignment';

/**
 * Roles within the body as check boxes, with the unit (role unit) and the ward (role ward) they need: the units and
 * wards offered are the body's own, as the server allows.
 */
export function AssignmentFields({
  value,
  onChange,
  detail,
  errors,
}: {
  value: Assignment;
  onChange: (value: Assignment) => void;
  detail: BodyDetail;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (role: string, on: boolean) =>
    onChange({ ...value, roles: on ? [...value.roles, role] : value.roles.filter((r) => r !== role) });
  return (
    <>
      <fieldset
        className={`choice-list${errors.roles ? ' field--invalid' : ''}`}
        aria-describedby={errors.roles ? `${id}-roles-error` : undefined}
        aria-invalid={errors.roles ? true : undefined}
      >
        <legend>
          {t('staff.roles')}
          <span aria-hidden="true"> *</span>
        </legend>
        {BODY_ROLES.map((role) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={value.roles.includes(role)}
              onChange={(e) => toggle(role, e.target.checked)}
            />
            {t(`staff.role.${role}`)}
          </label>
        ))}
        {errors.roles ? (
          <p className="field__error" id={`${id}-roles-error`}>
            {errors.roles}
          </p>
        ) : null}
      </fieldset>
      {value.roles.includes('unit') ? (
        <Field label={t('staff.orgUnit')} error={errors.orgUnitCode} required>
          <select name="orgUnitCode" value={value.orgUnitCode} onChange={(e) => onChange({ ...value, orgUnitCode: e.target.value })}>
            <option value="">{t('staff.chooseUnit')}</option>
            {detail.units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {value.roles.includes('ward') ? (
        <Field label={t('staff.ward')} error={errors.wardCode} required>
          <select name="wardCode" value={value.wardCode} onChange={(e) => onChange({ ...value, wardCode: e.target.value })}>
            <option value="">{t('staff.chooseWard')}</option>
            {detail.wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </>
  );
}
