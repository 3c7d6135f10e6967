import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { reschedule } from '../api/plans';
import { mapFieldErrors, type FieldErrorMap } from '../fieldErrors';
import { toVietnamInstant, zonedParts } from '../format';

/** After approval the office still sets the exact date-time and venue (allowedActions has SCHEDULE). */
export function ScheduleForm({
  plan,
  onSaved,
  onCancel,
  onError,
}: {
  plan: Plan;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const parts = plan.sessionAt ? zonedParts(plan.sessionAt) : null;
  const [values, setValues] = useState({
    plannedMonth: plan.plannedMonth ?? '',
    date: parts?.date ?? '',
    time: parts?.time ?? '',
    scheduleNote: plan.scheduleNote ?? '',
    venue: plan.venue ?? '',
  });
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const next = await reschedule(api, plan, {
        plannedMonth: values.plannedMonth || null,
        sessionAt: values.date ? toVietnamInstant(values.date, values.time) : null,
        scheduleNote: values.scheduleNote.trim() || null,
        venue: values.venue.trim() || null,
      });
      onSaved(next);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) setErrors(mapFieldErrors(err.fieldErrors));
      onError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('plans.editor.scheduleTitle')}</h2>
      <div className="form__grid">
        <Field label={t('plans.editor.fieldPlannedMonth')} error={errors.plannedMonth}>
          <input type="month" value={values.plannedMonth} onChange={set('plannedMonth')} />
        </Field>
        <Field label={t('plans.editor.fieldSessionDate')} hint={t('plans.editor.fieldSessionHint')} error={errors.sessionAt}>
          <DateInput value={values.date} onChange={(v) => set('date')({ target: { value: v } })} />
        </Field>
        <Field label={t('plans.editor.fieldSessionTime')}>
          <input type="time" value={values.time} onChange={set('time')} />
        </Field>
        <Field label={t('plans.editor.fieldScheduleNote')} error={errors.scheduleNote}>
          <input value={values.scheduleNote} onChange={set('scheduleNote')} />
        </Field>
        <Field label={t('plans.editor.fieldVenue')} error={errors.venue}>
          <input value={values.venue} onChange={set('venue')} />
        </Field>
      </div>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {t('plans.editor.scheduleSave')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('plans.detail.cancel')}
        </Button>
      </div>
    </form>
  );
}
