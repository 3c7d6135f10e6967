import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarOverride } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsInstallationTrail } from '../../privacy/audit/readsTrail';
import { formatDate, todayInVietnam, weekday } from '../../plans/format';
import { addWorkingDays, createOverride, deleteOverride, getHolidays, getOverrides, updateOverride } from '../api/calendar';

const KINDS = ['DAY_OFF', 'WORKING_DAY'] as const;
type Values = { day: string; kind: string; name: string };

function fieldMap(err: unknown): Partial<Values> {
  const map: Partial<Values> = {};
  if (err instanceof ApiError)
    for (const fe of err.fieldErrors) {
      const k = fe.field.split('.').pop() as keyof Values;
      if (k === 'day' || k === 'kind' || k === 'name') map[k] = map[k] ? `${map[k]} ${fe.message}` : fe.message;
    }
  return map;
}

function OverrideForm({
  initial,
  fixedDay,
  submitLabel,
  onSubmit,
  onCancel,
  idPrefix,
}: {
  initial: Values;
  fixedDay?: boolean;
  submitLabel: string;
  onSubmit: (v: Values) => Promise<void>;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Partial<Values> = {};
    if (!values.day) missing.day = t('calendar.required');
    if (!values.name.trim()) missing.name = t('calendar.required');
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      await onSubmit({ ...values, name: values.name.trim() });
    } catch (err) {
      setErrors(fieldMap(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form override-form" onSubmit={(e) => void submit(e)} noValidate id={idPrefix}>
      <div className="form__grid">
        {fixedDay ? null : (
          <Field label={t('calendar.date')} error={errors.day} required>
            <DateInput value={values.day} onChange={(v) => set('day')({ target: { value: v } })} />
          </Field>
        )}
        <Field label={t('calendar.kind')} error={errors.kind} required>
          <select value={values.kind} onChange={set('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`calendar.kind${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('calendar.name')} error={errors.name} required>
          <input value={values.name} onChange={set('name')} />
        </Field>
      </div>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('calendar.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function WorkingDayCalculator() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [date, setDate] = useState(todayInVietnam());
  const [days, setDays] = useState('10');
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function run(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      setResult((await addWorkingDays(api, date, Number.parseInt(days, 10) || 0)).result);
    } catch (err) {
      setError(err);
      setResult(null);
    }
  }
  return (
    <section aria-labelledby="calc-heading" className="panel">
      <h2 id="calc-heading">{t('calendar.checkTitle')}</h2>
      <form className="form" onSubmit={(e) => void run(e)} noValidate>
        <div className="form__grid">
          <Field label={t('calendar.checkFrom')}>
            <DateInput value={date} onChange={setDate} />
          </Field>
          <Field label={t('calendar.checkDays')}>
            <input type="number" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
          </Field>
        </div>
        <div className="actions">
          <Button type="submit">{t('calendar.checkRun')}</Button>
        </div>
        <p role="status">{result ? t('calendar.checkResult', { date: formatDate(result), weekday: weekday(result, i18n.resolvedLanguage ?? 'vi') }) : ''}</p>
        {error ? <ErrorState error={error} headingLevel={3} /> : null}
      </form>
    </section>
  );
}

/** Admin: the year's days off (computed by law and recorded) and the recorded overrides. */
export default function CalendarPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const [year, setYear] = useState(() => Number(todayInVietnam().slice(0, 4)));
  const holidays = useAsync((signal) => getHolidays(api, year, signal), [api, year]);
  const overrides = useAsync((signal) => getOverrides(api, year, signal), [api, year]);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('calendar.title'));

  const refresh = () => {
    holidays.reload();
    overrides.reload();
  };
  const handle = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    setNotice(null);
    try {
      await work();
      setNotice({ tone: 'success', text: done });
      setEditing(null);
      setDeleting(null);
      refresh();
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        setNotice({ tone: 'warning', text: t('calendar.stale') });
        setEditing(null);
        setDeleting(null);
        refresh();
        return;
      }
      if (!(err instanceof ApiError && err.status === 400)) setError(err);
      throw err;
    }
  };
  const years: number[] = [];
  for (let y = year - 3; y <= year + 3; y++) years.push(y);

  return (
    <section className="page">
      <h1>{t('calendar.title')}</h1>
      <p className="muted">{t('calendar.intro')}</p>
      <div className="toolbar">
        <Field label={t('calendar.year')}>
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <div className="actions">
          <Button variant="secondary" onClick={() => setYear((y) => y - 1)}>
            {t('calendar.prevYear')}
          </Button>
          <Button variant="secondary" onClick={() => setYear((y) => y + 1)}>
            {t('calendar.nextYear')}
          </Button>
        </div>
      </div>
      {notice ? (
        <Alert tone={notice.tone} live="polite">
          <p>{notice.text}</p>
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} onLogin={() => void auth.login()} /> : null}

      <section aria-labelledby="holidays-heading">
        <h2 id="holidays-heading">{t('calendar.holidaysTitle', { year })}</h2>
        {holidays.status === 'loading' ? <Loading /> : null}
        {holidays.status === 'error' ? <ErrorState error={holidays.error} onRetry={holidays.reload} headingLevel={3} /> : null}
        {holidays.status === 'success' ? (
          holidays.data.length === 0 ? (
            <p>{t('calendar.holidaysEmpty')}</p>
          ) : (
            <ul className="day-list">
              {holidays.data.map((h) => (
                <li key={`${h.date}-${h.name}`} className="day-list__item">
                  <time dateTime={h.date} className="day-list__date">
                    {formatDate(h.date)}
                  </time>
                  <span className="day-list__weekday">{weekday(h.date, lang)}</span>
                  <span className="day-list__name">{lang === 'en' && h.nameEn ? h.nameEn : h.name}</span>
                  <span className={`tag tag--${h.source.toLowerCase()}`}>{t(`calendar.source${h.source}`)}</span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>

      <section aria-labelledby="overrides-heading">
        <h2 id="overrides-heading">{t('calendar.overridesTitle', { year })}</h2>
        <p className="muted">{t('calendar.overridesIntro')}</p>
        {overrides.status === 'loading' ? <Loading /> : null}
        {overrides.status === 'error' ? <ErrorState error={overrides.error} onRetry={overrides.reload} headingLevel={3} /> : null}
        {overrides.status === 'success' ? (
          overrides.data.length === 0 ? (
            <p>{t('calendar.overridesEmpty')}</p>
          ) : (
            <ul className="day-list">
              {overrides.data.map((o: CalendarOverride) => (
                <li key={o.day} className="day-list__item day-list__item--override">
                  <time dateTime={o.day} className="day-list__date">
                    {formatDate(o.day)}
                  </time>
                  <span className="day-list__weekday">{weekday(o.day, lang)}</span>
                  <span className="day-list__name">{o.name}</span>
                  <span className={`tag tag--${o.kind.toLowerCase()}`}>{t(`calendar.kind${o.kind}`)}</span>
                  <span className="day-list__actions">
                    <Button variant="secondary" aria-expanded={editing === o.day} onClick={() => setEditing(editing === o.day ? null : o.day)}>
                      {t('calendar.edit', { date: formatDate(o.day) })}
                    </Button>
                    <Button variant="secondary" aria-expanded={deleting === o.day} onClick={() => setDeleting(deleting === o.day ? null : o.day)}>
                      {t('calendar.delete', { date: formatDate(o.day) })}
                    </Button>
                  </span>
                  {editing === o.day ? (
                    <OverrideForm
                      idPrefix={`edit-${o.day}`}
                      fixedDay
                      initial={{ day: o.day, kind: o.kind, name: o.name }}
                      submitLabel={t('calendar.save')}
                      onCancel={() => setEditing(null)}
                      onSubmit={(v) => handle(() => updateOverride(api, o, { kind: v.kind as CalendarOverride['kind'], name: v.name }), t('calendar.saved'))}
                    />
                  ) : null}
                  {editing === o.day && readsInstallationTrail(auth.roles, auth.body) ? (
                    <AuditTrail objectType="CalendarOverride" objectId={o.day} headingLevel={3} subject={formatDate(o.day)} />
                  ) : null}
                  {deleting === o.day ? (
                    <div className="confirm-panel">
                      <p>{t('calendar.deleteConfirm', { date: formatDate(o.day) })}</p>
                      <div className="actions">
                        <Button onClick={() => void handle(() => deleteOverride(api, o), t('calendar.deleted')).catch(() => {})}>
                          {t('calendar.confirm')}
                        </Button>
                        <Button variant="secondary" onClick={() => setDeleting(null)}>
                          {t('calendar.cancel')}
                        </Button>
                      </div>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        ) : null}
        <section aria-labelledby="add-override-heading" className="panel">
          <h3 id="add-override-heading">{t('calendar.addTitle')}</h3>
          <OverrideForm
            key={overrides.status === 'success' ? overrides.data.length : 0}
            idPrefix="add-override"
            initial={{ day: '', kind: 'DAY_OFF', name: '' }}
            submitLabel={t('calendar.add')}
            onSubmit={(v) => handle(() => createOverride(api, { day: v.day, kind: v.kind as CalendarOverride['kind'], name: v.name }), t('calendar.saved'))}
          />
        </section>
      </section>
      <WorkingDayCalculator />
    </section>
  );
}
