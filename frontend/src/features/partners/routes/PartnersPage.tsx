import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner, PartnerCredentials } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsInstallationTrail } from '../../privacy/audit/readsTrail';
import { AdministeredBody } from '../../staff/components/AdministeredBody';
import { changeScopes, getPartners, registerPartner, rotateSecret } from '../api/partners';

/** The scopes a body's administrator may grant, in the order the guide lists them (docs/integration.md). */
const SCOPES = ['plans:read', 'feedback:read', 'feedback:write', 'rulings:read', 'statistics:read', 'personal-data:read'] as const;

/**
 * Hệ thống đối tác: a body's administrator registers the systems that read the body's dialogues and send feedback
 * (the province's feedback portal, the document system), chooses their scopes and rotates their secrets. A secret is
 * shown once, right after it is made.
 */
export default function PartnersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partners.title'));
  return (
    <section className="page">
      <h1>{t('partners.title')}</h1>
      <p className="muted">{t('partners.intro')}</p>
      <AdministeredBody label={t('partners.body')} adminsOnly={t('partners.adminsOnly')}>
        {(code) => <BodyPartners code={code} />}
      </AdministeredBody>
    </section>
  );
}

function BodyPartners({ code }: { code: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const partners = useAsync((signal) => getPartners(api, code, signal), [api, code]);
  const [secret, setSecret] = useState<PartnerCredentials | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function rotate(clientId: string) {
    setError(null);
    setSecret(null);
    try {
      setSecret(await rotateSecret(api, code, clientId));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      {secret ? <SecretShownOnce credentials={secret} /> : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <section aria-labelledby="partners-list-heading">
        <h2 id="partners-list-heading">{t('partners.listTitle')}</h2>
        {partners.status === 'loading' ? <Loading /> : null}
        {partners.status === 'error' ? <ErrorState error={partners.error} onRetry={partners.reload} headingLevel={3} /> : null}
        {partners.status === 'success' && partners.data.length === 0 ? <p>{t('partners.empty')}</p> : null}
        {partners.status === 'success' && partners.data.length > 0 ? (
          <ul className="staff-list">
            {partners.data.map((p) => (
              <li key={p.clientId} className="panel">
                <h3>{p.name ?? p.clientId}</h3>
                <p>
                  <code>{p.clientId}</code>
                  {p.enabled ? null : <span className="muted"> · {t('partners.disabled')}</span>}
                </p>
                <p className="muted">{t('partners.scopesOf', { scopes: p.scopes.join(', ') || t('partners.noScope') })}</p>
                <Button variant="secondary" onClick={() => void rotate(p.clientId)}>
                  {t('partners.rotate')}
                </Button>
                <ChangeScopes code={code} partner={p} onChanged={partners.reload} />
                {readsInstallationTrail(auth.roles, auth.body) ? (
                  <AuditTrail objectType="Partner" objectId={p.clientId} headingLevel={4} subject={p.name ?? p.clientId} />
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="partner-register-heading">
        <h2 id="partner-register-heading">{t('partners.registerTitle')}</h2>
        <RegisterForm
          code={code}
          onRegistered={(c) => {
            setSecret(c);
            partners.reload();
          }}
        />
      </section>
    </>
  );
}

function SecretShownOnce({ credentials }: { credentials: PartnerCredentials }) {
  const { t } = useTranslation();
  return (
    <Alert tone="success" live="polite" title={t('partners.secretTitle', { clientId: credentials.partner.clientId })}>
      <p>{t('partners.secretOnce')}</p>
      <p>
        <code data-testid="partner-secret">{credentials.clientSecret}</code>
      </p>
      <p className="muted">{t('partners.tokenUrl', { url: credentials.tokenUrl })}</p>
    </Alert>
  );
}

function RegisterForm({ code, onRegistered }: { code: string; onRegistered: (c: PartnerCredentials) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [clientId, setClientId] = useState('');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['plans:read', 'feedback:read']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const missing: Record<string, string> = {};
    if (!clientId.trim()) missing.clientId = t('partners.required');
    if (!name.trim()) missing.name = t('partners.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      onRegistered(await registerPartner(api, code, { clientId: clientId.trim(), name: name.trim(), scopes }));
      setClientId('');
      setName('');
    } catch (err) {
      const fields: Record<string, string> = {};
      if (err instanceof ApiError) {
        for (const f of err.fieldErrors) {
          const root = f.field.split(/[[.]/)[0];
          if (!fields[root]) fields[root] = f.message;
        }
      }
      setErrors(fields);
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <div className="form__grid">
        <Field label={t('partners.clientId')} hint={t('partners.clientIdHint')} error={errors.clientId} required>
          <input name="clientId" autoComplete="off" value={clientId} onChange={(e) => setClientId(e.target.value)} />
        </Field>
        <Field label={t('partners.name')} error={errors.name} required>
          <input name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <ScopeChoices scopes={scopes} onChange={setScopes} error={errors.scopes} />
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {t('partners.register')}
        </Button>
      </div>
    </form>
  );
}

/** The scopes a partner is granted, each with what it lets the partner do. */
function ScopeChoices({ scopes, onChange, error }: { scopes: string[]; onChange: (scopes: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const toggle = (scope: string, on: boolean) => onChange(on ? [...scopes, scope] : scopes.filter((s) => s !== scope));
  return (
    <fieldset>
      <legend>{t('partners.scopes')}</legend>
      {SCOPES.map((scope) => (
        <label key={scope} className="checkbox">
          <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />{' '}
          {t(`partners.scope.${scope.replace(/[:-]/g, '_')}`)} (<code>{scope}</code>)
        </label>
      ))}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}

/** A registered partner's scopes, changed by the body's administrator: exactly those ticked, from the next token on. */
function ChangeScopes({ code, partner, onChanged }: { code: string; partner: Partner; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [scopes, setScopes] = useState<string[]>(partner.scopes);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setBusy(true);
    try {
      await changeScopes(api, code, partner.clientId, scopes);
      setSaved(true);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details>
      <summary>{t('partners.changeScopes')}</summary>
      <form className="form" aria-label={t('partners.changeScopesOf', { clientId: partner.clientId })} onSubmit={(e) => void submit(e)} noValidate>
        {error ? <ErrorState error={error} headingLevel={3} /> : null}
        <ScopeChoices scopes={scopes} onChange={setScopes} />
        <div className="actions">
          <Button type="submit" disabled={busy}>
            {t('partners.saveScopes')}
          </Button>
        </div>
        <p role="status">{saved ? t('partners.scopesSaved') : ''}</p>
      </form>
    </details>
  );
}
