import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { ExportActions } from '../../../ui/ExportActions';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate } from '../../plans/format';
import { listFollowUps } from '../api/followup';
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpQuery, type FollowUpStatus } from '../api/types';
import { PercentBar, StandingBadges, isOverdue } from '../components/FollowUpBits';
import '../followup.css';

const PAGE_SIZE = 20;

function readQuery(params: URLSearchParams): FollowUpQuery {
  const status = params.get('status');
  const plan = params.get('plan');
  const overdue = params.get('overdue');
  return {
    status: FOLLOW_UP_STATUSES.includes(status as FollowUpStatus) ? (status as FollowUpStatus) : undefined,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : undefined,
    plan: plan && /^\d+$/.test(plan) ? Number(plan) : undefined,
    unit: params.get('unit')?.trim() || undefined,
    size: PAGE_SIZE,
  };
}

/** One followed ruling as a card: what, by whom, by when, how far. */
function FollowUpCard({ item }: { item: FollowUp }) {
  const { t } = useTranslation();
  const r = item.ruling;
  return (
    <li className={`fu-card fu-card--${r.followUp ?? 'OPEN'}${isOverdue(item) ? ' fu-card--overdue' : ''}`}>
      <div className="fu-badges">
        <StandingBadges followUp={item} />
      </div>
      <h3 className="fu-card__title">
        <Link to={`/plans/${r.planId}/rulings/${r.id}/follow-up`}>
          {t('followUp.ruling', { number: r.number })} · <span translate="no">{item.planCode}</span>
        </Link>
      </h3>
      <p className="fu-card__content">{r.content}</p>
      <PercentBar percent={r.progressPercent} />
      <dl className="fu-facts">
        <Fact label={t('followUp.due')}>{r.dueDate ? formatDate(r.dueDate) : t('followUp.noDueDate')}</Fact>
        <Fact label={t('followUp.lead')}>{r.leadUnit?.name}</Fact>
        <Fact label={t('followUp.escalatedTo')}>{r.escalatedTo}</Fact>
        <Fact label={t('followUp.latest')}>{r.progressNote}</Fact>
      </dl>
    </li>
  );
}

/**
 * `/follow-up`: the rulings a unit leads or coordinates across plans (the office and the chair: all), earliest due
 * first, as cards that read on a phone; filters by status and overdue; "Show more" pages by cursor.
 */
export default function FollowUpListPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const queryKey = JSON.stringify(query);
  useDocumentTitle(t('followUp.title'));

  const first = useAsync((signal) => listFollowUps(api, query, signal), [api, queryKey]);
  const [more, setMore] = useState<{ items: FollowUp[]; nextCursor: string | null; hasMore: boolean } | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  useEffect(() => {
    setMore(null);
    setMoreError(null);
  }, [queryKey]);

  const [status, setStatus] = useState(params.get('status') ?? '');
  const [overdue, setOverdue] = useState(params.get('overdue') ?? '');
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    for (const [k, v] of [['status', status], ['overdue', overdue]] as const) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const clear = () => {
    setStatus('');
    setOverdue('');
    setParams(new URLSearchParams());
  };

  const items = first.status === 'success' ? [...first.data.items, ...(more?.items ?? [])] : [];
  const cursor = more ? more.nextCursor : first.status === 'success' ? first.data.nextCursor : null;
  const hasMore = more ? more.hasMore : first.status === 'success' && first.data.hasMore;
  const loadMore = async () => {
    if (!cursor) return;
    setMoreBusy(true);
    setMoreError(null);
    try {
      const page = await listFollowUps(api, { ...query, after: cursor });
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], nextCursor: page.nextCursor, hasMore: page.hasMore }));
    } catch (e) {
      setMoreError(e);
    } finally {
      setMoreBusy(false);
    }
  };

  return (
    <div className="page fu-list-page">
      <p className="breadcrumb">
        <Link to="/">{t('auth.backHome')}</Link>
      </p>
      <h1>{t('followUp.title')}</h1>
      <p>{t('followUp.intro')}</p>
      <ExportActions path="/api/v1/follow-up/export" query={{ ...query, size: undefined }} fileName="theo-doi-ket-luan" />
      <details className="filters-toggle" open={Boolean(params.get('status') || params.get('overdue'))}>
        <summary>{t('followUp.filters.label')}</summary>
        <form className="filters" role="search" aria-label={t('followUp.filters.label')} onSubmit={apply}>
          <Field label={t('followUp.filters.status')}>
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t('followUp.filters.all')}</option>
              {FOLLOW_UP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`followUp.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('followUp.filters.overdue')}>
            <select value={overdue} onChange={(e) => setOverdue(e.target.value)}>
              <option value="">{t('followUp.filters.all')}</option>
              <option value="true">{t('followUp.filters.overdueOnly')}</option>
              <option value="false">{t('followUp.filters.notOverdue')}</option>
            </select>
          </Field>
          <div className="actions filters__actions">
            <button type="submit" className="btn btn--primary">
              {t('followUp.filters.apply')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={clear}>
              {t('followUp.filters.clear')}
            </button>
          </div>
        </form>
      </details>

      <h2>{t('followUp.listCaption')}</h2>
      {first.status === 'loading' ? <Loading /> : null}
      {first.status === 'error' ? <ErrorState error={first.error} onRetry={first.reload} onLogin={() => void auth.login()} /> : null}
      {first.status === 'success' ? (
        <>
          <p className="muted" role="status">
            {items.length === 0 ? t('followUp.empty') : t('followUp.shown', { count: items.length })}
          </p>
          {items.length > 0 ? (
            <ul className="fu-cards">
              {items.map((f) => (
                <FollowUpCard key={f.ruling.id} item={f} />
              ))}
            </ul>
          ) : null}
          {moreError ? <ErrorState error={moreError} onRetry={() => void loadMore()} headingLevel={3} /> : null}
          {hasMore ? (
            <div className="actions">
              <Button variant="secondary" disabled={moreBusy} onClick={() => void loadMore()}>
                {moreBusy ? t('common.loading') : t('followUp.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
