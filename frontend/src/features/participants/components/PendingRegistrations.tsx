import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useCursorList } from '../../../lib/useCursorList';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/LoadMore';
import { formatDateTime } from '../../plans/format';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { decideRegistration, listPendingRegistrations } from '../api/participants';
import type { OrgUnitRef, PendingRegistration, RegistrationDecision } from '../api/types';
import { REGISTRATION_DECISIONS } from '../labels';

const PAGE_SIZE = 20;

function place(village: OrgUnitRef | null | undefined, ward: OrgUnitRef | null | undefined): string {
  return [village?.name, ward?.name].filter(Boolean).join(', ');
}

/**
 * Registrations whose phone number matched someone already known (chờ xác nhận trùng khớp): what the registrant
 * entered next to the record already kept, where the caller may see it. Nobody is on the list until the office or
 * the ward officer decides; each decision is final, so it is confirmed in a second step.
 */
export function PendingRegistrations({
  planId,
  canDecide,
  history = false,
  version,
  onDecided,
}: {
  planId: number;
  /** The office's staff and ward officers decide; the chair reads. */
  canDecide: boolean;
  /** Those who read the change audit see who registered and decided each one. */
  history?: boolean;
  /** Bumped by the page to load again. */
  version: number;
  onDecided: (decided: PendingRegistration) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [reload, setReload] = useState(0);
  const list = useCursorList(
    (after, signal) => listPendingRegistrations(api, planId, { status: 'PENDING_MATCH', after, size: PAGE_SIZE }, signal),
    `${planId}:${version}:${reload}`,
    'pendingPages',
  );
  const [choice, setChoice] = useState<{ id: number; decision: RegistrationDecision } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const lang = i18n.resolvedLanguage ?? 'vi';

  // The second step takes the focus, so a keyboard or screen-reader user lands on what to confirm.
  useEffect(() => {
    if (choice) confirmRef.current?.focus();
  }, [choice]);

  const decide = async (r: PendingRegistration, decision: RegistrationDecision) => {
    setBusy(true);
    setError(null);
    try {
      const decided = await decideRegistration(api, planId, r, decision);
      setChoice(null);
      setNotice(t(`participants.pending.done.${decision}`, { name: r.fullName }));
      setReload((n) => n + 1);
      onDecided(decided);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const items = list.status === 'success' ? list.items : [];
  const total = list.status === 'success' ? (list.total ?? items.length) : 0;

  return (
    <section className="pending-registrations" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('participants.pending.title')}</h2>
      <p className="muted">{t('participants.pending.intro')}</p>
      {notice ? (
        <Alert tone="success" live="polite">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} headingLevel={3} /> : null}
      {list.status === 'success' ? (
        <>
          <p className="muted" role="status">
            {total === 0 ? t('participants.pending.empty') : t('participants.pending.count', { count: total })}
          </p>
          <ul className="pending-cards">
            {items.map((r) => {
              const headingId = `pending-${r.id}-name`;
              const chosen = choice?.id === r.id ? choice.decision : null;
              return (
                <li key={r.id} className="pending-card" aria-labelledby={headingId}>
                  <h3 className="pending-card__name" id={headingId}>
                    {r.fullName} <span className="tag tag--pending">{t(`participants.pending.status.${r.status}`)}</span>
                  </h3>
                  <div className="pending-card__sides">
                    <div>
                      <h4>{t('participants.pending.entered')}</h4>
                      <dl className="facts">
                        <Fact label={t('participants.pending.fullName')}>{r.fullName}</Fact>
                        <Fact label={t('participants.pending.phone')}>{r.phone}</Fact>
                        <Fact label={t('participants.pending.place')}>{place(r.village, r.ward)}</Fact>
                        <Fact label={t('participants.pending.matter')}>{r.matter}</Fact>
                        <Fact label={t('participants.pending.namePublic')}>
                          {r.namePublic ? t('participants.pending.yes') : t('participants.pending.no')}
                        </Fact>
                        <Fact label={t('participants.pending.registeredAt')}>
                          {formatDateTime(r.registeredAt, lang)}
                          {r.loggedIn ? ` — ${t('participants.pending.loggedIn')}` : ''}
                        </Fact>
                      </dl>
                    </div>
                    <div>
                      <h4>{t('participants.pending.matched')}</h4>
                      {r.matchVisible && r.matchedPerson ? (
                        <dl className="facts">
                          <Fact label={t('participants.pending.fullName')}>{r.matchedPerson.fullName}</Fact>
                          <Fact label={t('participants.pending.jobTitle')}>{r.matchedPerson.title}</Fact>
                          <Fact label={t('participants.pending.organisation')}>{r.matchedPerson.organisation?.name}</Fact>
                          <Fact label={t('participants.pending.place')}>{place(r.matchedPerson.village, r.matchedPerson.ward)}</Fact>
                          <Fact label={t('participants.pending.onList')}>
                            {r.matchOnList ? t('participants.pending.onListYes') : t('participants.pending.onListNo')}
                          </Fact>
                        </dl>
                      ) : (
                        <p className="muted">{t('participants.pending.matchHidden')}</p>
                      )}
                    </div>
                  </div>
                  {canDecide ? (
                    chosen ? (
                      <div className="pending-card__confirm" role="group" aria-label={t('participants.pending.confirmLabel', { name: r.fullName })}>
                        <p>
                          <strong>{t(`participants.pending.decide.${chosen}`)}</strong> — {t(`participants.pending.explain.${chosen}`)}{' '}
                          {t('participants.pending.final')}
                        </p>
                        <div className="actions">
                          <button ref={confirmRef} type="button" className="btn btn--primary" disabled={busy} onClick={() => void decide(r, chosen)}>
                            {busy ? t('participants.pending.saving') : t('participants.pending.confirm')}
                          </button>
                          <Button variant="secondary" disabled={busy} onClick={() => setChoice(null)}>
                            {t('participants.pending.back')}
                          </Button>
                        </div>
                      </div>
                    ) : (
                      <div className="actions" role="group" aria-label={t('participants.pending.decideLabel', { name: r.fullName })}>
                        {REGISTRATION_DECISIONS.filter((d) => d !== 'SAME_PERSON' || r.matchVisible).map((d) => (
                          <Button key={d} variant={d === 'SAME_PERSON' ? 'primary' : 'secondary'} onClick={() => setChoice({ id: r.id, decision: d })}>
                            {t(`participants.pending.decide.${d}`)}
                            <span className="visually-hidden">: {r.fullName}</span>
                          </Button>
                        ))}
                      </div>
                    )
                  ) : null}
                  {history ? <AuditTrail objectType="PendingRegistration" objectId={r.id} headingLevel={4} subject={r.fullName} refreshKey={r.version} /> : null}
                </li>
              );
            })}
          </ul>
          <LoadMore list={list} />
        </>
      ) : null}
    </section>
  );
}
