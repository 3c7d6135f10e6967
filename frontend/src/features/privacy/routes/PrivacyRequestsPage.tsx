import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeldData, SubjectRequest } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useCursorList } from '../../../lib/useCursorList';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { LoadMore } from '../../../ui/LoadMore';
import { Loading } from '../../../ui/Loading';
import { formatDate } from '../../plans/format';
import { correct, downloadCopy, erase, findHeld, getRequest, getRequests, recordRequest, refuse } from '../api/subjectRights';
import { HeldDataView } from '../components/HeldDataView';
import { PersonConsents } from '../PersonConsents';

type Kind = SubjectRequest['kind'];
const KINDS: Kind[] = ['ACCESS', 'CORRECTION', 'ERASURE'];

/**
 * Quyền của chủ thể dữ liệu: the office finds everything held about a person, records their request (its deadline in
 * working days), hands them a copy, corrects, erases, or refuses with a reason.
 */
export default function PrivacyRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  const api = useApi();
  const list = useCursorList((after, signal) => getRequests(api, after, signal), 'privacy-requests');
  const [open, setOpen] = useState<number | null>(null);

  return (
    <section className="page">
      <h1>{t('privacy.title')}</h1>
      <p className="muted">{t('privacy.intro')}</p>
      <p>
        <Link to="/privacy/expiring">{t('privacy.expiringLink')}</Link>
      </p>
      <FindPerson onRecorded={(r) => { list.reload(); setOpen(r.id); }} />
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t('privacy.requests')}</h2>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} headingLevel={3} /> : null}
        {list.status === 'success' ? (
          list.items.length === 0 ? (
            <p>{t('privacy.noRequests')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('privacy.kind')}</th>
                  <th scope="col">{t('privacy.subject')}</th>
                  <th scope="col">{t('privacy.receivedOn')}</th>
                  <th scope="col">{t('privacy.dueOn')}</th>
                  <th scope="col">{t('privacy.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('privacy.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((r) => (
                  <tr key={r.id}>
                    <td>{t(`privacy.kinds.${r.kind}`)}</td>
                    <td>{r.subject}</td>
                    <td>{formatDate(r.receivedOn)}</td>
                    <td>
                      {formatDate(r.dueOn)}
                      {r.overdue ? ` (${t('privacy.overdue')})` : ''}
                    </td>
                    <td>{t(`privacy.statuses.${r.status}`)}</td>
                    <td>
                      <Button variant="ghost" onClick={() => setOpen(open === r.id ? null : r.id)} aria-expanded={open === r.id}>
                        {t('privacy.open')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        ) : null}
        <LoadMore list={list} />
      </section>
      {open !== null ? <RequestPanel key={open} requestId={open} onChanged={list.reload} /> : null}
    </section>
  );
}

/** Finds what is held about a person, and records their request. */
function FindPerson({ onRecorded }: { onRecorded: (r: SubjectRequest) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [held, setHeld] = useState<HeldData | null>(null);
  const [kind, setKind] = useState<Kind>('ACCESS');
  const [error, setError] = useState<unknown>(null);

  const query = () => ({ phone: phone.trim() || undefined, email: email.trim() || undefined });

  async function find(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      setHeld(await findHeld(api, query()));
    } catch (err) {
      setError(err);
    }
  }

  async function record() {
    setError(null);
    try {
      onRecorded(await recordRequest(api, { kind, ...query() }));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section className="panel" aria-labelledby="find-person-heading">
      <h2 id="find-person-heading">{t('privacy.findTitle')}</h2>
      <form className="form" onSubmit={(e) => void find(e)} noValidate>
        {error ? <ErrorState error={error} headingLevel={3} /> : null}
        <div className="form__grid">
          <Field label={t('privacy.phone')}>
            <input name="phone" type="tel" autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} />
          </Field>
          <Field label={t('privacy.email')}>
            <input name="email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
        </div>
        <Button type="submit">{t('privacy.find')}</Button>
      </form>
      {held ? (
        <>
          <HeldDataView held={held} headingLevel={3} aboutPerson={(personId) => <PersonConsents personId={personId} headingLevel={3} />} />
          <div className="form">
            <Field label={t('privacy.kind')}>
              <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`privacy.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Button onClick={() => void record()}>{t('privacy.record')}</Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** One request: what is held today, the copy, and the answer its kind calls for. */
function RequestPanel({ requestId, onChanged }: { requestId: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const detail = useAsync((signal) => getRequest(api, requestId, signal), [api, requestId]);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const [fullName, setFullName] = useState('');
  const [phone, setPhone] = useState('');
  const [confirming, setConfirming] = useState(false);

  async function act(run: (r: SubjectRequest) => Promise<SubjectRequest>) {
    if (detail.status !== 'success') return;
    setError(null);
    try {
      await run(detail.data.request);
      detail.reload();
      onChanged();
    } catch (err) {
      setError(err);
    }
  }

  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <ErrorState error={detail.error} onRetry={detail.reload} />;
  const r = detail.data.request;
  return (
    <section className="panel" aria-labelledby="request-heading">
      <h2 id="request-heading">
        {t(`privacy.kinds.${r.kind}`)} — {r.subject}
      </h2>
      <p>
        {t('privacy.dueOn')}: {formatDate(r.dueOn)} · {t(`privacy.statuses.${r.status}`)}
        {r.outcomeNote ? ` · ${r.outcomeNote}` : ''}
      </p>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <p className="actions">
        <Button variant="secondary" onClick={() => void downloadCopy(api, r.id, 'pdf').catch(setError)}>
          {t('privacy.downloadPdf')}
        </Button>
        <Button variant="secondary" onClick={() => void downloadCopy(api, r.id, 'json').catch(setError)}>
          {t('privacy.downloadJson')}
        </Button>
      </p>
      <HeldDataView held={detail.data.held} headingLevel={3} aboutPerson={(personId) => <PersonConsents personId={personId} headingLevel={3} />} />
      {r.status === 'OPEN' && r.kind === 'CORRECTION' ? (
        <div className="form">
          <Field label={t('privacy.fullName')}>
            <input name="fullName" value={fullName} onChange={(e) => setFullName(e.target.value)} />
          </Field>
          <Field label={t('privacy.phone')}>
            <input name="newPhone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
          </Field>
          <Button onClick={() => void act((x) => correct(api, x, { fullName: fullName.trim() || undefined, phone: phone.trim() || undefined }))}>
            {t('privacy.correct')}
          </Button>
        </div>
      ) : null}
      {r.status === 'OPEN' && r.kind === 'ERASURE' ? (
        confirming ? (
          <Alert tone="warning" title={t('privacy.eraseWarningTitle')}>
            <p>{t('privacy.eraseWarning')}</p>
            <p className="actions">
              <Button onClick={() => void act((x) => erase(api, x))}>{t('privacy.eraseConfirm')}</Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('privacy.cancel')}
              </Button>
            </p>
          </Alert>
        ) : (
          <Button onClick={() => setConfirming(true)}>{t('privacy.erase')}</Button>
        )
      ) : null}
      {r.status === 'OPEN' ? (
        <div className="form">
          <Field label={t('privacy.refusalReason')}>
            <textarea name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <Button variant="secondary" onClick={() => void act((x) => refuse(api, x, reason))}>
            {t('privacy.refuse')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
