import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDetail, StaffMember } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { changeRoles, setEnabled } from '../api/staff';
import { assignmentBody, checkAssignment, fieldErrorsOf, type Assignment } from '../assignment';
import { AssignmentFields } from './AssignmentFields';

const ROOTS = ['roles', 'orgUnitCode', 'wardCode'] as const;

/** One person of the body: who they are, their roles and state; their roles changed in place, their account disabled. */
export function StaffCard({
  member,
  detail,
  onChanged,
  history = false,
}: {
  member: StaffMember;
  detail: BodyDetail;
  /** The installation's administrator reads who changed a person's roles and account. */
  history?: boolean;
  onChanged: (member: StaffMember, message: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const actionsRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [editing, setEditing] = useState(false);
  const [assignment, setAssignment] = useState<Assignment>(() => ({
    roles: member.roles,
    orgUnitCode: member.orgUnit?.code ?? '',
    wardCode: member.ward?.code ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const state = !member.enabled ? 'disabled' : member.invited ? 'invited' : 'active';

  function openEditor() {
    setAssignment({ roles: member.roles, orgUnitCode: member.orgUnit?.code ?? '', wardCode: member.ward?.code ?? '' });
    setErrors({});
    setError(null);
    setEditing(true);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input')?.focus());
  }

  function closeEditor() {
    setEditing(false);
    requestAnimationFrame(() => actionsRef.current?.querySelector<HTMLElement>('button')?.focus());
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const missing = checkAssignment(assignment, t);
    setErrors(missing);
    setError(null);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const changed = await changeRoles(api, detail.body.code, member, assignmentBody(assignment));
      setEditing(false);
      onChanged(changed, t('staff.rolesChanged', { name: member.fullName }));
    } catch (err) {
      setErrors(err instanceof ApiError ? fieldErrorsOf(err.fieldErrors, ROOTS) : {});
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function toggleEnabled() {
    setError(null);
    setBusy(true);
    try {
      const changed = await setEnabled(api, detail.body.code, member, !member.enabled);
      onChanged(changed, t(member.enabled ? 'staff.disabled' : 'staff.enabled', { name: member.fullName }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="staff-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="staff-card__name">
        {member.fullName}
      </h3>
      <p className="staff-card__meta">
        <span className="staff-card__email">{member.email ?? member.username}</span>{' '}
        <span className={`tag tag--staff-${state}`}>{t(`staff.state.${state}`)}</span>
      </p>
      <ul className="tags" aria-label={t('staff.roles')}>
        {member.roles.map((r) => (
          <li key={r} className="tag">
            {t(`staff.role.${r}`)}
          </li>
        ))}
      </ul>
      {member.orgUnit || member.ward ? (
        <p className="staff-card__meta">
          {member.orgUnit ? `${t('staff.orgUnit')}: ${member.orgUnit.name}` : null}
          {member.orgUnit && member.ward ? ' · ' : null}
          {member.ward ? `${t('staff.ward')}: ${member.ward.name}` : null}
        </p>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {editing ? (
        <form ref={formRef} className="form" onSubmit={(e) => void save(e)} noValidate aria-label={t('staff.editRolesOf', { name: member.fullName })}>
          <AssignmentFields value={assignment} onChange={setAssignment} detail={detail} errors={errors} />
          <div className="actions">
            <Button type="submit" disabled={busy}>
              {t('staff.saveRoles')}
            </Button>
            <Button variant="secondary" onClick={closeEditor}>
              {t('staff.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions" ref={actionsRef}>
          <Button variant="secondary" onClick={openEditor} aria-label={t('staff.editRolesOf', { name: member.fullName })}>
            {t('staff.editRoles')}
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void toggleEnabled()}
            aria-label={t(member.enabled ? 'staff.disableOf' : 'staff.enableOf', { name: member.fullName })}
          >
            {t(member.enabled ? 'staff.disable' : 'staff.enable')}
          </Button>
        </div>
      )}
      {history ? <AuditTrail objectType="Staff" objectId={member.id} headingLevel={4} subject={member.fullName} /> : null}
    </li>
  );
}
