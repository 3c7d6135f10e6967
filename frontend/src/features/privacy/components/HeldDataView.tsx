import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldData } from '../../../api/types';
import { formatDateTime } from '../../plans/format';

/**
 * Everything held about a person, in one place: person records, items sent, registrations waiting. The office adds,
 * under each person record, what the person agreed to ({@code aboutPerson}).
 */
export function HeldDataView({
  held,
  headingLevel = 2,
  aboutPerson,
}: {
  held: HeldData;
  headingLevel?: 2 | 3;
  aboutPerson?: (personId: number) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const nothing = held.people.length === 0 && held.feedback.length === 0 && held.registrations.length === 0;
  if (nothing) return <p>{t('privacy.nothingHeld')}</p>;
  return (
    <div className="held-data">
      <H>{t('privacy.people')}</H>
      {held.people.length === 0 ? <p>{t('privacy.none')}</p> : null}
      {held.people.map((p) => (
        <div key={`p${p.id}`} className="panel">
          <dl>
            <Row label={t('privacy.fullName')} value={p.fullName} />
            <Row label={t('privacy.phone')} value={p.phone} />
            <Row label={t('privacy.email')} value={p.email} />
            <Row label={t('privacy.address')} value={p.address} />
            <Row label={t('privacy.ward')} value={p.ward} />
            <Row label={t('privacy.account')} value={p.account} />
            <Row label={t('privacy.dialogues')} value={p.participations.map((x) => x.planTitle).join('; ') || null} />
          </dl>
          {aboutPerson?.(p.id)}
        </div>
      ))}
      <H>{t('privacy.feedback')}</H>
      {held.feedback.length === 0 ? <p>{t('privacy.none')}</p> : null}
      {held.feedback.map((f) => (
        <dl key={`f${f.id}`} className="panel">
          <Row label={t('privacy.trackingCode')} value={f.trackingCode} />
          <Row label={t('privacy.dialogue')} value={f.planTitle} />
          <Row label={t('privacy.itemTitle')} value={f.title} />
          <Row label={t('privacy.fullName')} value={f.submitterName} />
          <Row label={t('privacy.phone')} value={f.submitterPhone} />
          <Row label={t('privacy.email')} value={f.submitterEmail} />
          <Row label={t('privacy.receivedAt')} value={formatDateTime(f.receivedAt, i18n.language)} />
          <Row label={t('privacy.attachments')} value={f.attachments.map((a) => a.fileName).join('; ') || null} />
        </dl>
      ))}
      <H>{t('privacy.registrations')}</H>
      {held.registrations.length === 0 ? <p>{t('privacy.none')}</p> : null}
      {held.registrations.map((r) => (
        <dl key={`r${r.id}`} className="panel">
          <Row label={t('privacy.dialogue')} value={r.planTitle} />
          <Row label={t('privacy.fullName')} value={r.fullName} />
          <Row label={t('privacy.phone')} value={r.phone} />
        </dl>
      ))}
    </div>
  );
}

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
