import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { Loading } from '../../../ui/Loading';
import { StandingBadge } from '../../../ui/StandingBadge';
import { useAuth } from '../../auth/AuthProvider';
import { canReadPlans } from '../../auth/roles';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { formatDate, formatDateTime, todayInVietnam } from '../../plans/format';
import { deleteRuling, getRuling, isStale, issueRuling, replyToEscalation, type Ruling } from '../api/rulings';
import { ProgressBar, TypeBadge } from '../components/RulingBits';
import '../rulings.css';

function Facts({ ruling }: { ruling: Ruling }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="fb-facts">
      <Fact label={t('rulings.type')}>
        <TypeBadge type={ruling.type} />
      </Fact>
      <Fact label={t('rulings.content')}>{ruling.content}</Fact>
      <Fact label={t('rulings.leadUnit')}>{ruling.leadUnit?.name}</Fact>
      <Fact label={t('rulings.coordinating')}>{ruling.coordinatingUnits.map((u) => u.name).join(', ')}</Fact>
      <Fact label={t('rulings.due')}>{formatDate(ruling.dueDate)}</Fact>
      {ruling.escalatedTo ? (
        <>
          <dt>{t('rulings.escalatedTo')}</dt>
          <dd>{ruling.escalatedTo}</dd>
          <dt>{t('rulings.recommendation')}</dt>
          <dd>{ruling.recommendation}</dd>
        </>
      ) : null}
      {ruling.reply ? (
        <Fact label={t('rulings.reply')}>
          {ruling.reply} {ruling.repliedOn ? `(${formatDate(ruling.repliedOn)})` : ''}
        </Fact>
      ) : null}
      <Fact label={t('rulings.reason')}>{ruling.reason}</Fact>
      {ruling.followUp ? (
        <Fact label={t('rulings.progress', { percent: ruling.progressPercent })}>
          {ruling.deadline ? <StandingBadge deadline={ruling.deadline} /> : t(`rulings.followUp.${ruling.followUp}`)}
          <ProgressBar percent={ruling.progressPercent} label={t('rulings.progress', { percent: ruling.progressPercent })} />
          {ruling.progressNote ? <span>{ruling.progressNote}</span> : null}
        </Fact>
      ) : null}
      {ruling.issuedAt ? (
        <Fact label={t('rulings.status.ISSUED')}>
          {t('rulings.issuedBy', { by: ruling.issuedBy ?? '', at: formatDateTime(ruling.issuedAt, i18n.resolvedLanguage ?? 'vi') })}
        </Fact>
      ) : null}
    </dl>
  );
}

function ReplyForm({ onSave }: { onSave: (reply: string, repliedOn: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [reply, setReply] = useState('');
  const [on, setOn] = useState(todayInVietnam());
  const [missing, setMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reply.trim() || !on);
    if (reply.trim() && on) await onSave(reply.trim(), on);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="reply-title">
      <h2 id="reply-title">{t('rulings.replyTitle')}</h2>
      <Field label={t('rulings.reply')} error={missing && !reply.trim() ? t('rulings.required') : undefined} required>
        <textarea value={reply} onChange={(e) => setReply(e.target.value)} rows={3} />
      </Field>
      <Field label={t('rulings.repliedOn')} error={missing && !on ? t('rulings.required') : undefined} required>
        <DateInput value={on} onChange={setOn} />
      </Field>
      <Button type="submit">{t('rulings.replySave')}</Button>
    </form>
  );
}

/** One ruling: the chair issues a draft (after confirming), the office edits or deletes a draft and records an escalation's reply. */
export default function RulingDetailPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const planId = Number(params.id);
  const rulingId = Number(params.rulingId);
  const loaded = useAsync((signal) => getRuling(api, planId, rulingId, signal), [api, planId, rulingId]);
  const [changed, setChanged] = useState<Ruling | null>(null);
  const [notice, setNotice] = useState<string | null>(() => (location.state as { notice?: string } | null)?.notice ?? null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<'issue' | 'delete' | null>(null);
  const ruling = changed ?? loaded.data;
  useDocumentTitle(ruling ? t('rulings.number', { number: ruling.number }) : t('rulings.title'));
  const chair = auth.roles.includes('chair');
  const office = auth.roles.includes('secretariat');

  const act = async (run: () => Promise<Ruling | null>, message: string) => {
    setError(null);
    setNotice(null);
    try {
      const next = await run();
      setConfirming(null);
      if (next) {
        setChanged(next);
        setNotice(message);
      }
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/plans/${planId}/rulings`}>{t('rulings.backToList')}</Link>
      </p>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? (
        <>
          <h1>{t('rulings.title')}</h1>
          <ErrorState error={loaded.error} onRetry={loaded.reload} />
        </>
      ) : null}
      {ruling ? (
        <>
          <h1>
            {t('rulings.number', { number: ruling.number })} · {t(`rulings.status.${ruling.status}`)}
          </h1>
          {notice ? (
            <Alert tone="success" live="polite">
              {notice}
            </Alert>
          ) : null}
          {error ? (
            isStale(error) ? (
              <Alert tone="warning" title={t('rulings.stale')}>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setChanged(null);
                    setError(null);
                    loaded.reload();
                  }}
                >
                  {t('rulings.reload')}
                </Button>
              </Alert>
            ) : (
              <ErrorState error={error} />
            )
          ) : null}
          <Facts ruling={ruling} />
          <h2>{t('rulings.items')}</h2>
          <ul className="rl-items">
            {ruling.items.map((i) => (
              <li key={i.id}>
                <Link to={`/feedback/${i.id}`}>{i.title}</Link> <span className="muted" translate="no">{i.trackingCode}</span>
              </li>
            ))}
          </ul>
          {ruling.status === 'DRAFT' ? (
            <div className="actions">
              {chair ? (
                <Button onClick={() => setConfirming('issue')} aria-expanded={confirming === 'issue'}>
                  {t('rulings.issue')}
                </Button>
              ) : null}
              {office || chair ? (
                <>
                  <Link className="btn btn--secondary" to={`/plans/${planId}/rulings/${ruling.id}/edit`}>
                    {t('rulings.edit')}
                  </Link>
                  <Button variant="ghost" onClick={() => setConfirming('delete')}>
                    {t('rulings.delete')}
                  </Button>
                </>
              ) : null}
            </div>
          ) : null}
          {confirming === 'issue' ? (
            <div className="rl-confirm" role="alertdialog" aria-labelledby="issue-confirm">
              <p id="issue-confirm">{t('rulings.issueConfirm', { number: ruling.number })}</p>
              <div className="actions">
                <Button onClick={() => void act(() => issueRuling(api, planId, ruling), t('rulings.issuedNotice'))}>{t('rulings.issueYes')}</Button>
                <Button variant="ghost" onClick={() => setConfirming(null)}>
                  {t('rulings.cancel')}
                </Button>
              </div>
            </div>
          ) : null}
          {confirming === 'delete' ? (
            <div className="rl-confirm" role="alertdialog" aria-labelledby="delete-confirm">
              <p id="delete-confirm">{t('rulings.deleteConfirm', { number: ruling.number })}</p>
              <div className="actions">
                <Button
                  onClick={() =>
                    void act(async () => {
                      await deleteRuling(api, planId, ruling);
                      navigate(`/plans/${planId}/rulings`, { state: { notice: t('rulings.deleted') } });
                      return null;
                    }, t('rulings.deleted'))
                  }
                >
                  {t('rulings.delete')}
                </Button>
                <Button variant="ghost" onClick={() => setConfirming(null)}>
                  {t('rulings.cancel')}
                </Button>
              </div>
            </div>
          ) : null}
          {ruling.status === 'ISSUED' && ruling.type === 'ESCALATE' && office ? (
            <ReplyForm onSave={(reply, repliedOn) => act(() => replyToEscalation(api, planId, ruling, { reply, repliedOn }), t('rulings.replySaved'))} />
          ) : null}
          {ruling.status === 'ISSUED' && ruling.followUp ? (
            <p>
              <Link to={`/plans/${planId}/rulings/${ruling.id}/follow-up`}>{t('rulings.followUpLink')}</Link>
            </p>
          ) : null}
          {canReadPlans(auth.roles) ? <AuditTrail objectType="Ruling" objectId={ruling.id} refreshKey={ruling.version} /> : null}
        </>
      ) : null}
    </div>
  );
}
