import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import type { FieldErrorMap } from '../../../lib/api/fieldErrors';
import { useSubmission } from '../../../lib/api/useSubmission';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { confirmContact, sendConfirmationCode, type ContactChannel, type ContactMatter, type ContactVerification } from '../api/contacts';

const ROOTS = ['code', 'contact', 'trackingCode', 'registrationToken'];

/**
 * A citizen confirms a phone or an address they gave, for the matter they gave it with (the item's tracking code, the
 * registration's token; none: their own account): a code is sent to it, and they type it back. Until then the system
 * sends nothing to it (no news of their matter), since anyone could have typed it, and the confirmation counts for that
 * matter only: someone else's item with the same number stays unconfirmed.
 */
export function ContactConfirm({
  channel,
  contact,
  matter,
  headingLevel = 2,
}: {
  channel: ContactChannel;
  contact: string;
  matter?: ContactMatter;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, fieldErrors, formRef, submit } = useSubmission(ROOTS);
  const [verification, setVerification] = useState<ContactVerification | null>(null);
  const [code, setCode] = useState('');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const what = t(`contactConfirm.channel.${channel}`);

  const send = async () => {
    const started = await submit(() => sendConfirmationCode(api, channel, contact, matter));
    if (started) {
      setVerification(started);
      setCode('');
    }
  };

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!verification) return;
    const local: FieldErrorMap = code.trim() ? {} : { code: t('contactConfirm.codeRequired') };
    const done = await submit(() => confirmContact(api, verification.id, code.trim()), local);
    if (done) setVerification(done);
  };

  return (
    <section className="contact-confirm" aria-label={t('contactConfirm.title', { what })}>
      <Heading>{t('contactConfirm.title', { what })}</Heading>
      {verification?.verified ? (
        <Alert tone="success" live="polite">
          <p>{t('contactConfirm.done', { what, contact: verification.maskedContact })}</p>
          <p>{t(`contactConfirm.scope.${verification.confirmedFor}`)}</p>
        </Alert>
      ) : (
        <>
          <p className="muted">{t('contactConfirm.why', { what, contact })}</p>
          {error ? <ErrorState error={error} fieldLabel={(field) => t(`contactConfirm.field.${field}`, { defaultValue: field })} /> : null}
          {verification ? (
            <form ref={formRef} onSubmit={(e) => void confirm(e)} noValidate>
              <p role="status">{t(`contactConfirm.sent.${channel}`, { contact: verification.maskedContact })}</p>
              <Field label={t('contactConfirm.field.code')} error={fieldErrors.code} required>
                <input
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={100}
                />
              </Field>
              <div className="actions">
                <Button type="submit" disabled={busy}>
                  {t('contactConfirm.confirm')}
                </Button>
                <Button variant="secondary" onClick={() => void send()} disabled={busy}>
                  {t('contactConfirm.resend')}
                </Button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <Button variant="secondary" onClick={() => void send()} disabled={busy}>
                {t('contactConfirm.send')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
