import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi, useApiBase } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Loading } from '../../../ui/Loading';
import { formatDateTime } from '../../plans/format';
import { getRsvp, respond } from '../api/participants';
import type { RsvpStatus, RsvpView } from '../api/types';
import { timeOf } from '../components/ParticipantList';
import { ContactConfirm } from '../../privacy/contact/ContactConfirm';

/** What a person opens from an SMS, a letter or after registering: the session, their answer, their QR code. */
export default function ConfirmationPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const apiBase = useApiBase();
  const token = useParams().token ?? '';
  const location = useLocation();
  const arrived = location.state as { registered?: boolean; phone?: string } | null;
  const registered = arrived?.registered === true;
  const loaded = useAsync((signal) => getRsvp(api, token, signal), [api, token]);
  const [changed, setChanged] = useState<RsvpView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const view = changed ?? loaded.data;
  const lang = i18n.resolvedLanguage ?? 'vi';
  useDocumentTitle(t('confirmation.title'));

  if (loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404) {
    return (
      <div className="page">
        <h1>{t('confirmation.invalidTitle')}</h1>
        <p>{t('confirmation.invalidDetail')}</p>
        <p>
          <Link to="/ke-hoach">{t('confirmation.toPlans')}</Link>
        </p>
      </div>
    );
  }

  const answer = async (response: RsvpStatus) => {
    setBusy(true);
    setError(null);
    try {
      const next = await respond(api, token, { response });
      setChanged(next);
      setSaved(t('confirmation.saved', { status: t(`participants.rsvp.${next.rsvp}`) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page confirmation-page">
      <h1>{t('confirmation.title')}</h1>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.reload} /> : null}
      {view ? (
        <>
          {registered ? (
            <Alert tone="success" title={t('confirmation.registeredTitle')}>
              <p>{t('confirmation.registered')}</p>
            </Alert>
          ) : null}
          {registered && arrived?.phone ? <ContactConfirm channel="SMS" contact={arrived.phone} matter={{ registrationToken: token }} /> : null}
          <dl className="facts">
            <dt>{t('confirmation.name')}</dt>
            <dd className="confirmation-page__name">{view.fullName}</dd>
            <Fact label={t('confirmation.ward')}>{view.wardName}</Fact>
            <Fact label={t('confirmation.plan')}>
              <Link to={`/ke-hoach/${view.planId}`}>{view.planTitle}</Link>
            </Fact>
            <Fact label={t('confirmation.time')}>
              {view.sessionAt ? <time dateTime={view.sessionAt}>{formatDateTime(view.sessionAt, lang)}</time> : t('plans.doc.notSet')}
            </Fact>
            <Fact label={t('confirmation.venue')}>{view.venue || t('plans.doc.notSet')}</Fact>
            <Fact label={t('confirmation.invitation')}>{view.invitationNumber ?? t('confirmation.notInvited')}</Fact>
            <Fact label={t('confirmation.matter')}>{view.matter}</Fact>
          </dl>

          {view.checkedInAt ? (
            <Alert tone="success">
              <p className="alert__lead">{t('confirmation.checkedIn', { time: timeOf(view.checkedInAt) })}</p>
            </Alert>
          ) : null}

          <section aria-labelledby="answer-heading">
            <h2 id="answer-heading">{t('confirmation.answerTitle')}</h2>
            <p>
              {t('confirmation.current')}: <strong className={`rsvp rsvp--${view.rsvp.toLowerCase()}`}>{t(`participants.rsvp.${view.rsvp}`)}</strong>
            </p>
            <div role="status">{saved ? <p className="confirmation-page__saved">{saved}</p> : null}</div>
            {error ? <ErrorState error={error} headingLevel={3} /> : null}
            {view.canRespond ? (
              <div className="actions">
                <Button variant={view.rsvp === 'ACCEPTED' ? 'primary' : 'secondary'} aria-pressed={view.rsvp === 'ACCEPTED'} disabled={busy} onClick={() => void answer('ACCEPTED')}>
                  {t('confirmation.accept')}
                </Button>
                <Button variant={view.rsvp === 'DECLINED' ? 'primary' : 'secondary'} aria-pressed={view.rsvp === 'DECLINED'} disabled={busy} onClick={() => void answer('DECLINED')}>
                  {t('confirmation.decline')}
                </Button>
              </div>
            ) : (
              <p className="muted">{t('confirmation.cannotRespond')}</p>
            )}
          </section>

          <section aria-labelledby="qr-heading" className="qr-card">
            <h2 id="qr-heading">{t('confirmation.qrTitle')}</h2>
            <img
              className="qr-card__image"
              src={`${apiBase}/api/v1/rsvp/${encodeURIComponent(token)}/qr.svg`}
              alt={t('confirmation.qrAlt', { name: view.fullName })}
              width={280}
              height={280}
            />
            <p>{t('confirmation.qrHint')}</p>
          </section>
        </>
      ) : null}
    </div>
  );
}
