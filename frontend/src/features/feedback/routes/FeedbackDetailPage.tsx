import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { canReadPlans } from '../../auth/roles';
import { itemConsents, withdrawItemConsent } from '../../privacy/api/consents';
import { ConsentRecord } from '../../privacy/ConsentRecord';
import { formatDateTime } from '../../plans/format';
import { downloadAttachment, getFeedback } from '../api/feedback';
import type { Feedback, FeedbackAttachment } from '../api/types';
import { AttachmentPreviews } from '../components/AttachmentPreviews';
import { ItemBadges } from '../components/Badges';
import { DuplicatesPanel } from '../components/DuplicatesPanel';
import { FeedbackActions } from '../components/FeedbackActions';
import { RaisedBeforePanel } from '../components/RaisedBeforePanel';
import { StatusBadge, StatusSteps } from '../components/StatusSteps';

const sizeInWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

function Answer({ item }: { item: Feedback }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const a = item.answer;
  if (!a) return null;
  const who = (by: string | null, at: string | null) => (by && at ? t('feedback.answer.byAt', { by, time: formatDateTime(at, lang) }) : null);
  const trail = [
    who(a.draftedBy, a.draftedAt) && `${t('feedback.answer.drafted')}: ${who(a.draftedBy, a.draftedAt)}`,
    who(a.editedBy, a.editedAt) && `${t('feedback.answer.edited')}: ${who(a.editedBy, a.editedAt)}`,
    who(a.submittedBy, a.submittedAt) && `${t('feedback.answer.submitted')}: ${who(a.submittedBy, a.submittedAt)}`,
    who(a.approvedBy, a.approvedAt) && `${t('feedback.answer.approved')}: ${who(a.approvedBy, a.approvedAt)}`,
  ].filter(Boolean);
  return (
    <section className="fb-answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{a.approvedAt ? t('feedback.answer.approvedTitle') : t('feedback.answer.draftTitle')}</h2>
      {a.returnReason && !a.approvedAt ? (
        <Alert tone="warning" title={t('feedback.answer.returnedTitle')} headingLevel={3}>
          <p>{a.returnReason}</p>
          {a.returnedBy && a.returnedAt ? <p className="muted">{who(a.returnedBy, a.returnedAt)}</p> : null}
        </Alert>
      ) : null}
      <p className="fb-answer__text">{a.text}</p>
      {trail.length > 0 ? (
        <ul className="fb-trail muted">
          {trail.map((line) => (
            <li key={line as string}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** One item for the staff (or its sender): what was raised, where it is, and the steps the caller may take. */
export default function FeedbackDetailPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const id = Number(useParams().id);
  const loaded = useAsync((signal) => getFeedback(api, id, signal), [api, id]);
  const [latest, setLatest] = useState<Feedback | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const lang = i18n.resolvedLanguage ?? 'vi';
  // Nothing is sent to a contact its owner did not confirm: the office sees which are.
  const confirmation = (confirmed: boolean | null | undefined) => t(confirmed ? 'contactConfirm.confirmed' : 'contactConfirm.unconfirmed');
  const office = auth.roles.includes('secretariat');
  const reviewer = office || auth.roles.includes('chair');
  const changed = (next: Feedback, message: string) => {
    setLatest(next);
    setNotice(message);
  };

  // What a write answered, until a read brings something as new or newer.
  const item = loaded.status === 'success' ? (latest && latest.id === loaded.data.id && latest.version >= loaded.data.version ? latest : loaded.data) : null;
  useDocumentTitle(item ? item.title : t('feedback.detail.title'));

  const download = async (a: FeedbackAttachment) => {
    setDownloadError(null);
    try {
      await downloadAttachment(api, id, a);
    } catch (e) {
      setDownloadError(e);
    }
  };

  return (
    <div className="page fb-detail">
      <p className="breadcrumb">
        {item && canReadPlans(auth.roles) ? (
          <Link to={`/plans/${item.planId}/feedback`}>{t('feedback.detail.backToPlanList')}</Link>
        ) : (
          <Link to="/feedback">{t('feedback.detail.backToList')}</Link>
        )}
      </p>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? (
        <>
          <h1>{t('feedback.detail.title')}</h1>
          <ErrorState error={loaded.error} onRetry={loaded.reload} onLogin={() => void auth.login()} />
        </>
      ) : null}
      {item ? (
        <>
          <h1>{item.title}</h1>
          <p className="fb-detail__meta">
            <StatusBadge status={item.status} /> <span translate="no">{item.trackingCode}</span>
          </p>
          <ItemBadges item={item} />
          <div aria-live="polite">
            {notice ? (
              <Alert tone="success">
                <p>{notice}</p>
              </Alert>
            ) : null}
          </div>
          <dl className="fb-facts">
            <Fact label={t('feedback.field.kind')}>{t(`feedback.kind.${item.kind}`)}</Fact>
            <Fact label={t('feedback.field.channel')}>{t(`feedback.channel.${item.channel}`)}</Fact>
            <Fact label={t('feedback.field.place')}>{[item.village?.name, item.ward?.name].filter(Boolean).join(', ') || t('feedback.notGiven')}</Fact>
            <Fact label={t('feedback.field.focusArea')}>{item.focusArea?.title ?? t('feedback.notYet')}</Fact>
            <Fact label={t('feedback.field.priority')}>{item.priority ? t(`feedback.priority.${item.priority}`) : t('feedback.notYet')}</Fact>
            <Fact label={t('feedback.field.unit')}>{item.unit?.name ?? t('feedback.notYet')}</Fact>
            <Fact label={t('feedback.coordinating.label')}>{item.coordinatingUnits.map((u) => u.name).join(', ')}</Fact>
            <Fact label={t('feedback.field.receivedAt')}>{formatDateTime(item.createdAt, lang)}</Fact>
            {item.submitterVisible ? (
              <Fact label={t('feedback.field.submitter')}>
                {[
                  item.submitterName,
                  item.submitterPhone ? `${item.submitterPhone} (${confirmation(item.contactConfirmed?.phone)})` : null,
                  item.submitterEmail ? `${item.submitterEmail} (${confirmation(item.contactConfirmed?.email)})` : null,
                ]
                  .filter(Boolean)
                  .join(' · ') || t('feedback.anonymous')}
              </Fact>
            ) : null}
          </dl>
          <h2>{t('feedback.field.content')}</h2>
          <p className="fb-content">{item.content}</p>
          {item.attachments && item.attachments.length > 0 ? (
            <section aria-labelledby="attachments-heading">
              <h2 id="attachments-heading">{t('feedback.files.title')}</h2>
              <AttachmentPreviews
                itemId={item.id}
                attachments={item.attachments}
                onDownload={(a) => void download(a)}
                describe={(a) => t('feedback.files.download', { name: a.fileName, size: sizeInWords(a.size) })}
              />
              {downloadError ? <ErrorState error={downloadError} headingLevel={3} /> : null}
            </section>
          ) : null}
          <h2>{t('feedback.steps.title')}</h2>
          <StatusSteps item={{ status: item.status, receivedAt: item.createdAt, updatedAt: item.updatedAt, answeredAt: item.answer?.approvedAt }} rejectReason={item.rejectReason} />
          <Answer item={item} />
          {item.answeredAtSession ? (
            <section aria-labelledby="session-heading">
              <h2 id="session-heading">{t('feedback.session.title')}</h2>
              <p>
                {formatDateTime(item.answeredAtSession.at, lang)}
                {item.answeredAtSession.recordedBy ? ` · ${item.answeredAtSession.recordedBy}` : ''}
              </p>
              {item.answeredAtSession.note ? <p className="fb-answer__text">{item.answeredAtSession.note}</p> : null}
            </section>
          ) : null}
          {item.submitterVisible && !auth.roles.includes('integration') ? (
            <ConsentRecord
              source={`item-${item.id}`}
              load={(signal) => itemConsents(api, item.id, signal)}
              withdraw={(purpose, channel) => withdrawItemConsent(api, item.id, purpose, channel)}
              onBehalf={!auth.roles.includes('citizen')}
              canWithdraw={!auth.roles.includes('chair') || office}
              headingLevel={2}
            />
          ) : null}
          {reviewer ? <DuplicatesPanel item={item} office={office} onChanged={changed} /> : null}
          {reviewer ? <RaisedBeforePanel item={item} office={office} onChanged={changed} /> : null}
          <FeedbackActions
            item={item}
            roles={auth.roles}
            onChanged={changed}
            onReload={() => {
              setNotice(null);
              loaded.reload();
            }}
          />
          {canReadPlans(auth.roles) ? <AuditTrail objectType="Feedback" objectId={item.id} refreshKey={item.version} /> : null}
        </>
      ) : null}
    </div>
  );
}
