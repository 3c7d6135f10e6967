import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { formatDate } from '../../plans/format';
import { PUBLIC_STATUSES, planRulings, rulingsByCode, type PublicStatus, type RulingLookup } from '../api';
import { PublicRulingCard } from '../components';
import '../accountability.css';

/** A citizen finds the rulings on their matter by its tracking code. */
function Lookup() {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<RulingLookup | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const c = code.trim().replace(/\s+/g, '').toUpperCase();
    if (!c) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await rulingsByCode(api, c));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="ac-lookup" aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t('accountability.lookupTitle')}</h2>
      <form onSubmit={(e) => void submit(e)} className="ac-tools">
        <Field label={t('feedback.field.trackingCode')} hint={t('accountability.lookupHint')}>
          <input type="text" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" spellCheck={false} />
        </Field>
        <Button type="submit" disabled={busy}>
          {t('accountability.lookupButton')}
        </Button>
      </form>
      <div aria-live="polite">
        {error ? (
          error instanceof ApiError && error.status === 404 ? (
            <Alert tone="warning">{error.problem?.detail ?? error.message}</Alert>
          ) : (
            <ErrorState error={error} headingLevel={3} />
          )
        ) : null}
        {result ? (
          <>
            <h3>{t('accountability.lookupFound', { code: result.trackingCode })}</h3>
            <p className="muted">{result.planTitle}</p>
            <ul className="ac-list">
              {result.rulings.map((r) => (
                <PublicRulingCard key={r.number} ruling={r} headingLevel={3} />
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** A published plan's issued rulings with status and progress: searchable, filterable, paged; and a lookup by code. */
export default function AccountabilityPlanPage() {
  const { t } = useTranslation();
  const api = useApi();
  const planId = Number(useParams().planId);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as PublicStatus | '';
  const page = Number(params.get('page') ?? '0') || 0;
  const [typed, setTyped] = useState(q);
  const data = useAsync(
    (signal) => planRulings(api, planId, { q: q || undefined, status: status || undefined, page: page || undefined, size: 20 }, signal),
    [api, planId, q, status, page],
  );
  const plan = data.status === 'success' ? data.data.plan : null;
  useDocumentTitle(plan ? `${t('accountability.title')}: ${plan.title}` : t('accountability.title'));

  const go = (next: { q?: string; status?: string; page?: number }) => {
    const merged = { q, status: status as string, page: 0, ...next };
    const p = new URLSearchParams();
    if (merged.q) p.set('q', merged.q);
    if (merged.status) p.set('status', merged.status);
    if (merged.page) p.set('page', String(merged.page));
    setParams(p);
  };

  const back = (
    <p className="breadcrumb">
      <Link to="/giai-trinh">{t('accountability.backToList')}</Link>
    </p>
  );
  // Nothing below the heading until the plan is known: its title and counts would push the forms down on a phone.
  // A reload keeps the last answer on screen (useAsync), so this is the first load only.
  if (data.status === 'loading') {
    return (
      <div className="page">
        {back}
        <h1>{t('accountability.title')}</h1>
        <Loading />
      </div>
    );
  }

  return (
    <div className="page">
      {back}
      <h1>{plan ? plan.title : t('accountability.title')}</h1>
      {plan ? (
        <>
          <p className="muted">
            {plan.number ? `${plan.number} · ` : ''}
            {plan.sessionAt ? t('accountability.session', { date: formatDate(plan.sessionAt.slice(0, 10)) }) : ''}
          </p>
          <p>{t('accountability.counts', { ...plan })}</p>
        </>
      ) : null}
      <form
        role="search"
        className="ac-tools"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: typed.trim() });
        }}
      >
        <Field label={t('accountability.search')} hint={t('accountability.searchHint')}>
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </Field>
        <Field label={t('accountability.statusFilter')}>
          <select value={status} onChange={(e) => go({ q: typed.trim(), status: e.target.value })}>
            <option value="">{t('accountability.allStatuses')}</option>
            {PUBLIC_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`standing.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" variant="secondary">
          {t('accountability.searchButton')}
        </Button>
      </form>
      {data.status === 'error' ? <ErrorState error={data.error} onRetry={data.reload} /> : null}
      {data.status === 'success' ? (
        <>
          {data.data.rulings.items.length === 0 ? <p>{t('accountability.noMatch')}</p> : null}
          <ul className="ac-list">
            {data.data.rulings.items.map((r) => (
              <PublicRulingCard key={r.number} ruling={r} headingLevel={2} />
            ))}
          </ul>
          {data.data.rulings.totalPages > 1 ? (
            <nav className="ac-pager" aria-label={t('accountability.pages', { page: page + 1, total: data.data.rulings.totalPages })}>
              <Button variant="secondary" disabled={page === 0} onClick={() => go({ page: page - 1 })}>
                {t('accountability.previous')}
              </Button>
              <span>{t('accountability.pages', { page: page + 1, total: data.data.rulings.totalPages })}</span>
              <Button variant="secondary" disabled={page + 1 >= data.data.rulings.totalPages} onClick={() => go({ page: page + 1 })}>
                {t('accountability.next')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
      <Lookup />
    </div>
  );
}
