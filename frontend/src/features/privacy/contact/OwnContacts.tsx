import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import type { ContactChannel } from '../api/contacts';
import { ContactConfirm } from './ContactConfirm';

/**
 * In a citizen's account: confirm a phone or address they use, so that news of the matters they send logged in may be
 * sent to it. No matter is named, so the confirmation is their account's: it does not reach an item sent without
 * logging in that carries the same number (that one is confirmed from its own receipt).
 */
export function OwnContacts() {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<ContactChannel>('SMS');
  const [contact, setContact] = useState('');
  const [chosen, setChosen] = useState<{ channel: ContactChannel; contact: string } | null>(null);

  const choose = (e: FormEvent) => {
    e.preventDefault();
    if (contact.trim()) setChosen({ channel, contact: contact.trim() });
  };

  return (
    <section aria-labelledby="own-contacts-heading">
      <h2 id="own-contacts-heading">{t('contactConfirm.ownTitle')}</h2>
      <p className="muted">{t('contactConfirm.ownLead')}</p>
      <form onSubmit={choose} noValidate>
        <Field label={t('contactConfirm.field.channel')}>
          <select
            value={channel}
            onChange={(e) => {
              setChannel(e.target.value as ContactChannel);
              setChosen(null);
            }}
          >
            <option value="SMS">{t('contactConfirm.channel.SMS')}</option>
            <option value="EMAIL">{t('contactConfirm.channel.EMAIL')}</option>
          </select>
        </Field>
        <Field label={t('contactConfirm.field.contact')}>
          <input
            value={contact}
            type={channel === 'EMAIL' ? 'email' : 'tel'}
            autoComplete={channel === 'EMAIL' ? 'email' : 'tel'}
            onChange={(e) => {
              setContact(e.target.value);
              setChosen(null);
            }}
          />
        </Field>
        <div className="actions">
          <Button type="submit" variant="secondary">
            {t('contactConfirm.choose')}
          </Button>
        </div>
      </form>
      {chosen ? <ContactConfirm key={`${chosen.channel}:${chosen.contact}`} channel={chosen.channel} contact={chosen.contact} headingLevel={3} /> : null}
    </section>
  );
}
