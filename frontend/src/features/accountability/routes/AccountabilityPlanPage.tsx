import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useCursorList } from '../../../lib/useCursorList';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/LoadMore';
import { formatDate } from '../../plans/format';
import { PUBLIC_STATUSES, planRulings, rulingsByCode, type AccountabilityPlan, type PublicStatus, type RulingLookup } from '../api';
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
  const [typed, setTyped] = useState(q);
  // Every page carries the plan: the header shows the one of the latest page read.
  const [plan, setPlan] = useState<AccountabilityPlan | null>(null);
  const data = useCursorList(
    (after, signal) =>
      planRulings(api, planId, { q: q || undefined, status: status || undefined, after, size: 20 }, signal).then((answer) => {
        setPlan(answer.plan);
        return answer.rulings;
      }),
    JSON.stringify([planId, q, status]),
  );
  useDocumentTitle(plan ? `${t('accountability.title')}: ${plan.title}` : t('accountability.title'));

  const go = (next: { q?: string; status?: string }) => {
    const merged = { q, status: status as string, ...next };
    const p = new URLSearchParams();
    if (merged.q) p.set('q', merged.q);
    if (merged.status) p.set('status', merged.status);
    setParams(p);
  };

  const back = (
    <p className="breadcrumb">
      <Link to="/giai-trinh">{t('accountability.backToList')}</Link>
    </p>
  );
  // Nothing below the heading until the plan is known: its title and counts would push the forms down on a phone.
  // A reload keeps the last answer on screen, so this is the first load only.
  if (data.status === 'loading' && !plan) {
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
          {data.items.length === 0 ? <p>{t('accountability.noMatch')}</p> : null}
          <ul className="ac-list">
            {data.items.map((r) => (
              <PublicRulingCard key={r.number} ruling={r} headingLevel={2} />
            ))}
          </ul>
          <LoadMore list={data} />
        </>
      ) : null}
      <Lookup />
    </div>
  );
}
