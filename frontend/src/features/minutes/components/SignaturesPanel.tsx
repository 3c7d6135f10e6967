import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { addSignature, removeSignature, type Minutes, type Representing, type SignatureOutcome } from '../api/minutes';

const REPRESENTING: Representing[] = ['CITIZEN', 'ORGANISATION', 'OFFICIAL'];

interface Form {
  name: string;
  title: string;
  organisation: string;
  representing: Representing;
  outcome: SignatureOutcome;
  declinedReason: string;
}
const EMPTY: Form = { name: '', title: '', organisation: '', representing: 'CITIZEN', outcome: 'SIGNED', declinedReason: '' };

/** Who was asked to sign as the minutes were read out: signed, or declined and why. Recorded on a draft only. */
export function SignaturesPanel({ minutes, editable, onChanged }: { minutes: Minutes; editable: boolean; onChanged: (m: Minutes) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState<Form>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ name?: boolean; reason?: boolean }>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const need = { name: !form.name.trim(), reason: form.outcome === 'DECLINED' && !form.declinedReason.trim() };
    setMissing(need);
    if (need.name || need.reason) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(
        await addSignature(api, minutes.planId, minutes.id, {
          name: form.name.trim(),
          title: form.title.trim() || null,
          organisation: form.organisation.trim() || null,
          representing: form.representing,
          outcome: form.outcome,
          declinedReason: form.outcome === 'DECLINED' ? form.declinedReason.trim() : null,
        }),
      );
      setForm(EMPTY);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: number) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await removeSignature(api, minutes.planId, minutes.id, id));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="minutes-signatures" aria-labelledby="minutes-signatures-title">
      <h3 id="minutes-signatures-title">{t('minutes.signatures.title')}</h3>
      {minutes.signatures.length === 0 ? <p className="muted">{t('minutes.signatures.none')}</p> : null}
      <ul className="minutes-signature-list">
        {minutes.signatures.map((s) => (
          <li key={s.id} className="minutes-signature">
            <strong>{s.name}</strong>
            <span>{[s.title, s.organisation].filter(Boolean).join(', ')}</span>
            <span className="muted">{t(`minutes.representing.${s.representing}`)}</span>
            <span className={`badge minutes-badge minutes-badge--${s.outcome.toLowerCase()}`}>{t(`minutes.outcome.${s.outcome}`)}</span>
            {s.declinedReason ? <span className="minutes-signature__reason">{t('minutes.signatures.reason', { reason: s.declinedReason })}</span> : null}
            {editable ? (
              <Button variant="ghost" disabled={busy} onClick={() => void remove(s.id)}>
                {t('minutes.signatures.remove', { name: s.name })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form className="minutes-signature-form" aria-labelledby="minutes-signature-form-title" onSubmit={(e) => void submit(e)} noValidate>
          <h4 id="minutes-signature-form-title">{t('minutes.signatures.add')}</h4>
          <Field label={t('minutes.field.signerName')} required error={missing.name ? t('minutes.signatures.nameRequired') : undefined}>
            <input value={form.name} maxLength={200} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field label={t('minutes.field.signerTitle')}>
            <input value={form.title} maxLength={255} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          </Field>
          <Field label={t('minutes.field.organisation')}>
            <input value={form.organisation} maxLength={300} onChange={(e) => setForm({ ...form, organisation: e.target.value })} />
          </Field>
          <Field label={t('minutes.field.representing')}>
            <select value={form.representing} onChange={(e) => setForm({ ...form, representing: e.target.value as Representing })}>
              {REPRESENTING.map((r) => (
                <option key={r} value={r}>
                  {t(`minutes.representing.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="minutes-outcome">
            <legend>{t('minutes.field.outcome')}</legend>
            {(['SIGNED', 'DECLINED'] as const).map((o) => (
              <label key={o} className="minutes-outcome__choice">
                <input type="radio" name="minutes-outcome" value={o} checked={form.outcome === o} onChange={() => setForm({ ...form, outcome: o })} />{' '}
                {t(`minutes.outcome.${o}`)}
              </label>
            ))}
          </fieldset>
          {form.outcome === 'DECLINED' ? (
            <Field label={t('minutes.field.declinedReason')} required error={missing.reason ? t('minutes.signatures.reasonRequired') : undefined}>
              <textarea rows={3} value={form.declinedReason} onChange={(e) => setForm({ ...form, declinedReason: e.target.value })} />
            </Field>
          ) : null}
          <Button type="submit" disabled={busy}>
            {t('minutes.signatures.record')}
          </Button>
        </form>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </section>
  );
}
