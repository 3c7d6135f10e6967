import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { inviteStaff } from '../api/staff';
import { assignmentBody, checkAssignment, fieldErrorsOf, NO_ASSIGNMENT, type Assignment } from '../assignment';
import { AssignmentFields } from './AssignmentFields';

const ROOTS = ['fullName', 'email', 'roles', 'orgUnitCode', 'wardCode'] as const;

/** Invites a person into the body by e-mail: Keycloak sends them a link to choose their password. */
export function InviteForm({ detail, onInvited }: { detail: BodyDetail; onInvited: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [assignment, setAssignment] = useState<Assignment>(NO_ASSIGNMENT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus());

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setInvited(null);
    const missing = checkAssignment(assignment, t);
    if (!fullName.trim()) missing.fullName = t('staff.required');
    if (!email.trim()) missing.email = t('staff.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const member = await inviteStaff(api, detail.body.code, { fullName: fullName.trim(), email: email.trim(), ...assignmentBody(assignment) });
      setInvited(member.email ?? email.trim());
      setFullName('');
      setEmail('');
      setAssignment(NO_ASSIGNMENT);
      onInvited();
    } catch (err) {
      setErrors(err instanceof ApiError ? fieldErrorsOf(err.fieldErrors, ROOTS) : {});
      setError(err);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {invited ? (
        <Alert tone="success" live="polite">
          <p>{t('staff.invited', { email: invited })}</p>
        </Alert>
      ) : null}
      <div className="form__grid">
        <Field label={t('staff.fullName')} hint={t('staff.fullNameHint')} error={errors.fullName} required>
          <input name="fullName" autoComplete="off" value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </Field>
        <Field label={t('staff.email')} error={errors.email} required>
          <input name="email" type="email" inputMode="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
      </div>
      <AssignmentFields value={assignment} onChange={setAssignment} detail={detail} errors={errors} />
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('staff.inviting') : t('staff.invite')}
        </Button>
      </div>
    </form>
  );
}
