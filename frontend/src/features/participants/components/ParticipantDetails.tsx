import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { PersonConsents } from '../../privacy/PersonConsents';
import type { Participant } from '../api/types';

/**
 * One participant beyond the list's row: what their person agreed to (the office and their ward's officer record a
 * purpose given or taken back in person, by phone or on paper) and who changed their participation, when and how.
 */
export function ParticipantDetails({
  participant,
  consents,
  history,
  onClose,
}: {
  participant: Participant;
  /** The office and ward officers keep the person's consents. */
  consents: boolean;
  /** The office, the chair and the administrator read the change audit. */
  history: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row further up: the reader is taken to what opened.
  useEffect(() => heading.current?.focus(), [participant.id]);
  return (
    <section id="participant-details" className="panel participant-details" aria-labelledby="participant-details-heading">
      <h2 id="participant-details-heading" ref={heading} tabIndex={-1}>
        {t('participants.details.title', { name: participant.displayName })}
      </h2>
      {consents ? <PersonConsents key={`person-${participant.personId}`} personId={participant.personId} /> : null}
      {history ? <AuditTrail key={`trail-${participant.id}`} objectType="Participant" objectId={participant.id} headingLevel={3} refreshKey={participant.version} /> : null}
      <p className="actions">
        <Button variant="secondary" onClick={onClose}>
          {t('participants.details.close')}
        </Button>
      </p>
    </section>
  );
}
