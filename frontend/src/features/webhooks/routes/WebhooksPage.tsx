import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEventType, WebhookSubscription } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { mapFieldErrors } from '../../../lib/api/fieldErrors';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useCursorList } from '../../../lib/useCursorList';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/LoadMore';
import { useAuth } from '../../auth/AuthProvider';
import { formatDateTime } from '../../plans/format';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsInstallationTrail } from '../../privacy/audit/readsTrail';
import { AdministeredBody } from '../../staff/components/AdministeredBody';
import { getDeliveries, getSubscriptions, replay, setActive, subscribe, unsubscribe } from '../api/webhooks';

const ROOTS = ['partnerClientId', 'callbackUrl', 'events'] as const;
const EVENTS: WebhookEventType[] = ['FEEDBACK_CREATED', 'FEEDBACK_CHANGED', 'ANSWER_APPROVED', 'RULING_ISSUED', 'PROGRESS_REPORTED', 'PLAN_PUBLISHED'];

/**
 * Webhook của đối tác: a body's administrator subscribes the body's partner systems to its events, reads what was sent
 * to each and sends a delivery again; the installation's administrator picks any body to do the same.
 */
export default function WebhooksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('webhooks.title'));

  return (
    <section className="page">
      <h1>{t('webhooks.title')}</h1>
      <p className="muted">{t('webhooks.intro')}</p>
      <AdministeredBody label={t('webhooks.body')} adminsOnly={t('webhooks.adminsOnly')}>
        {(code) => <BodyWebhooks code={code} />}
      </AdministeredBody>
    </section>
  );
}

function BodyWebhooks({ code }: { code: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = useAsync((signal) => getSubscriptions(api, code, signal), [api, code]);
  return (
    <>
      <section aria-labelledby="webhooks-list-heading">
        <h2 id="webhooks-list-heading">{t('webhooks.listTitle')}</h2>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} headingLevel={3} /> : null}
        {list.status === 'success' ? (
          list.data.length > 0 ? (
            <ul className="staff-list">
              {list.data.map((s) => (
                <SubscriptionCard key={`${s.id}-${s.version}`} code={code} subscription={s} onChanged={list.reload} />
              ))}
            </ul>
          ) : (
            <p>{t('webhooks.empty')}</p>
          )
        ) : null}
      </section>
      <section className="panel" aria-labelledby="webhooks-new-heading">
        <h2 id="webhooks-new-heading">{t('webhooks.newTitle')}</h2>
        <SubscribeForm code={code} onSubscribed={list.reload} />
      </section>
    </>
  );
}

/** A new subscription; its secret is shown here once, and never again. */
function SubscribeForm({ code, onSubscribed }: { code: string; onSubscribed: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const [client, setClient] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['RULING_ISSUED']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<WebhookSubscription | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setCreated(null);
    const missing: Record<string, string> = {};
    if (!client.trim()) missing.partnerClientId = t('webhooks.required');
    if (!url.trim()) missing.callbackUrl = t('webhooks.required');
    if (events.length === 0) missing.events = t('webhooks.eventsRequired');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      setCreated(await subscribe(api, code, { partnerClientId: client.trim(), callbackUrl: url.trim(), events }));
      setClient('');
      setUrl('');
      onSubscribed();
    } catch (err) {
      setErrors(err instanceof ApiError ? mapFieldErrors(err.fieldErrors, ROOTS) : {});
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((now) => (on ? [...now.filter((e) => e !== event), event] : now.filter((e) => e !== event)));

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {created?.secret ? (
        <Alert tone="success" live="polite" title={t('webhooks.secretTitle')}>
          <p>{t('webhooks.secretOnce')}</p>
          <p>
            <code data-testid="webhook-secret">{created.secret}</code>
          </p>
        </Alert>
      ) : null}
      <div className="form__grid">
        <Field label={t('webhooks.partner')} hint={t('webhooks.partnerHint')} error={errors.partnerClientId} required>
          <input name="partnerClientId" autoComplete="off" value={client} onChange={(e) => setClient(e.target.value)} />
        </Field>
        <Field label={t('webhooks.callback')} hint={t('webhooks.callbackHint')} error={errors.callbackUrl} required>
          <input name="callbackUrl" type="url" inputMode="url" autoComplete="off" value={url} onChange={(e) => setUrl(e.target.value)} />
        </Field>
      </div>
      <fieldset aria-invalid={errors.events ? true : undefined} aria-describedby={errors.events ? 'webhook-events-error' : undefined}>
        <legend>{t('webhooks.events')}</legend>
        {EVENTS.map((event) => (
          <label key={event} className="check">
            <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} />{' '}
            {t(`webhooks.event.${event}`)}
          </label>
        ))}
        {errors.events ? (
          <p className="field__error" id="webhook-events-error">
            {errors.events}
          </p>
        ) : null}
      </fieldset>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {t('webhooks.subscribe')}
        </Button>
      </div>
    </form>
  );
}

function SubscriptionCard({ code, subscription: s, onChanged }: { code: string; subscription: WebhookSubscription; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="staff-card" aria-labelledby={`webhook-${s.id}`}>
      <h3 className="staff-card__name" id={`webhook-${s.id}`}>
        {s.partnerClientId}
      </h3>
      <p className="staff-card__meta">{s.callbackUrl}</p>
      <p className="staff-card__meta">{s.events.map((e) => t(`webhooks.event.${e}`)).join(', ')}</p>
      {s.active ? null : <span className="tag tag--staff-disabled">{t('webhooks.paused')}</span>}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <div className="actions">
        <Button variant="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('webhooks.hideLog') : t('webhooks.showLog')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void run(() => setActive(api, code, s, !s.active))}>
          {s.active ? t('webhooks.pause') : t('webhooks.resume')}
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t('webhooks.deleteConfirm', { partner: s.partnerClientId }))) void run(() => unsubscribe(api, code, s));
          }}
        >
          {t('webhooks.delete')}
        </Button>
      </div>
      {open ? <DeliveryLog code={code} id={s.id} /> : null}
      {readsInstallationTrail(auth.roles, auth.body) ? (
        <AuditTrail objectType="WebhookSubscription" objectId={s.id} headingLevel={4} subject={s.partnerClientId} refreshKey={s.version} />
      ) : null}
    </li>
  );
}

/** What was sent to one subscription, the newest first, each with a way to send it again. */
function DeliveryLog({ code, id }: { code: string; id: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const api = useApi();
  const log = useCursorList((after, signal) => getDeliveries(api, code, id, after, signal), `${code}:${id}`, `deliveries${id}`);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function again(deliveryId: number) {
    setError(null);
    try {
      await replay(api, code, id, deliveryId);
      setMessage(t('webhooks.replayed'));
      log.reload();
    } catch (err) {
      setError(err);
    }
  }

  if (log.status === 'loading' && log.items.length === 0) return <Loading />;
  if (log.status === 'error') return <ErrorState error={log.error} onRetry={log.reload} headingLevel={3} />;
  return (
    <>
      <div role="status" aria-live="polite">
        {message ? <p className="muted">{message}</p> : null}
      </div>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {log.items.length === 0 ? (
        <p>{t('webhooks.noDeliveries')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('webhooks.logTitle')} tabIndex={0}>
          <table className="data-table">
            <caption>{t('webhooks.logTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.col.event')}</th>
                <th scope="col">{t('webhooks.col.status')}</th>
                <th scope="col">{t('webhooks.col.attempts')}</th>
                <th scope="col">{t('webhooks.col.last')}</th>
                <th scope="col">{t('webhooks.col.next')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('webhooks.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    {d.eventType}
                    {d.subject ? <div className="muted">{d.subject}</div> : null}
                  </td>
                  <td>{t(`webhooks.status.${d.status}`, { defaultValue: d.status })}</td>
                  <td>{d.attempts}</td>
                  <td>
                    {d.lastResponseStatus ?? ''} {d.lastError ?? ''}
                    {d.lastAttemptAt ? <div className="muted">{formatDateTime(d.lastAttemptAt, lang)}</div> : null}
                  </td>
                  <td>{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt, lang) : ''}</td>
                  <td>
                    <Button variant="secondary" onClick={() => void again(d.id)}>
                      {t('webhooks.replay')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore list={log} />
    </>
  );
}
