import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { mapFieldErrors, type FieldErrorMap } from '../../../lib/api/fieldErrors';
import { ApiError } from '../../../lib/api/problem';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { todayInVietnam } from '../../plans/format';
import { issueInvitations, lateInvitation } from '../api/participants';
import type { InvitationBatch, InvitationChannel } from '../api/types';
import { INVITATION_CHANNELS } from '../labels';

const ROOTS = ['number', 'issuedOn', 'channel', 'participantIds', 'lateOverrideReason'];

/**
 * One batch of invitations for the selected people. A batch past the plan's deadline is refused (409,
 * the detail names the deadline) until the office gives a reason, which the server records.
 */
export function InvitationForm({
  planId,
  participantIds,
  onIssued,
  onCancel,
}: {
  planId: number;
  participantIds: number[];
  onIssued: (batch: InvitationBatch) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState(() => todayInVietnam());
  const [channel, setChannel] = useState<InvitationChannel>('HAND_DELIVERY');
  const [late, setLate] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  useEffect(() => {
    if (late !== null) reasonRef.current?.focus();
  }, [late]);

  const focusInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: FieldErrorMap = {};
    if (!number.trim()) local.number = t('participants.add.required');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) local.issuedOn = t('participants.add.required');
    if (late !== null && !reason.trim()) local.lateOverrideReason = t('participants.invite.reasonRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) {
      focusInvalid();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const batch = await issueInvitations(api, planId, {
        number: number.trim(),
        issuedOn,
        channel,
        participantIds,
        ...(late !== null ? { lateOverrideReason: reason.trim() } : {}),
      });
      onIssued(batch);
    } catch (err) {
      const detail = lateInvitation(err);
      if (detail !== null && late === null) {
        setLate(detail);
      } else {
        setErrors(err instanceof ApiError ? mapFieldErrors(err.fieldErrors, ROOTS) : {});
        setError(err);
        focusInvalid();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="form confirm-panel" aria-labelledby="invite-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="invite-heading">{t('participants.invite.title')}</h3>
      <p>{t('participants.invite.selected', { count: participantIds.length })}</p>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <div className="form__grid">
        <Field label={t('participants.invite.number')} hint={t('participants.invite.numberHint')} error={errors.number} required>
          <input autoComplete="off" value={number} onChange={(e) => setNumber(e.target.value)} />
        </Field>
        <Field label={t('participants.invite.issuedOn')} error={errors.issuedOn} required>
          <DateInput value={issuedOn} onChange={setIssuedOn} />
        </Field>
        <Field label={t('participants.invite.channel')} error={errors.channel} required>
          <select value={channel} onChange={(e) => setChannel(e.target.value as InvitationChannel)}>
            {INVITATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`participants.channel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {late !== null ? (
        <Alert tone="warning" title={t('participants.invite.lateTitle')} live="assertive" headingLevel={3}>
          {late ? <p>{late}</p> : null}
          <p>{t('participants.invite.lateLead')}</p>
          <Field label={t('participants.invite.lateReason')} error={errors.lateOverrideReason} required>
            <textarea ref={reasonRef} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </Alert>
      ) : null}
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('participants.invite.submitting') : late !== null ? t('participants.invite.lateSubmit') : t('participants.invite.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('participants.invite.cancel')}
        </Button>
      </div>
    </form>
  );
}
