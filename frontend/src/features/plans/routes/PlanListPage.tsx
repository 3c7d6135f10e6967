import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useCursorList } from '../../../lib/useCursorList';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/LoadMore';
import { useAuth } from '../../auth/AuthProvider';
import { listPlans, listPublicPlans, type PlanQuery } from '../api/plans';
import { PLAN_LEVELS, PLAN_STATUSES } from '../labels';
import { PlanCards } from '../components/PlanCards';

const PAGE_SIZE = 20;

function yearsAround(now = new Date().getFullYear()): number[] {
  const years: number[] = [];
  for (let y = now + 1; y >= 2020; y--) years.push(y);
  return years;
}

function readQuery(params: URLSearchParams, staff: boolean): PlanQuery {
  const num = (k: string) => {
    const v = params.get(k);
    return v && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const str = (k: string) => params.get(k)?.trim() || undefined;
  return {
    year: num('year'),
    q: str('q'),
    status: staff ? (str('status') as PlanQuery['status']) : undefined,
    level: staff ? (str('level') as PlanQuery['level']) : undefined,
    size: PAGE_SIZE,
  };
}

/**
 * The plan list. `staff`: every plan the caller may read, with status and level filters;
 * otherwise the public list of published plans.
 */
function PlanList({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params, staff);
  const key = JSON.stringify(query);
  const list = useCursorList(
    (after, signal) => (staff ? listPlans(api, { ...query, after }, signal) : listPublicPlans(api, { ...query, after }, signal)),
    `${staff}:${key}`,
  );
  const [draft, setDraft] = useState({ year: query.year ? String(query.year) : '', status: query.status ?? '', level: query.level ?? '', q: query.q ?? '' });
  const title = staff ? t('plans.title') : t('plans.publicTitle');
  useDocumentTitle(title);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v.trim()) next.set(k, v.trim());
    setParams(next);
  };
  const clear = () => {
    setDraft({ year: '', status: '', level: '', q: '' });
    setParams(new URLSearchParams());
  };
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const canCreate = staff && auth.roles.includes('secretariat');

  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="muted">{staff ? t('plans.intro') : t('plans.publicIntro')}</p>
      {canCreate ? (
        <p>
          <Link className="btn btn--primary" to="/plans/new">
            {t('plans.newPlan')}
          </Link>
        </p>
      ) : null}
      <form className="filters" role="search" aria-label={t('plans.filters')} onSubmit={apply}>
        <Field label={t('plans.filterQ')}>
          <input type="search" name="q" value={draft.q} onChange={set('q')} autoComplete="off" />
        </Field>
        <Field label={t('plans.filterYear')}>
          <select name="year" value={draft.year} onChange={set('year')}>
            <option value="">{t('plans.allYears')}</option>
            {yearsAround().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        {staff ? (
          <>
            <Field label={t('plans.filterStatus')}>
              <select name="status" value={draft.status} onChange={set('status')}>
                <option value="">{t('plans.allStatuses')}</option>
                {PLAN_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`plans.status.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('plans.filterLevel')}>
              <select name="level" value={draft.level} onChange={set('level')}>
                <option value="">{t('plans.allLevels')}</option>
                {PLAN_LEVELS.map((s) => (
                  <option key={s} value={s}>
                    {t(`plans.level.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
          </>
        ) : null}
        <div className="actions filters__actions">
          <button type="submit" className="btn btn--primary">
            {t('plans.apply')}
          </button>
          <button type="button" className="btn btn--secondary" onClick={clear}>
            {t('plans.clear')}
          </button>
        </div>
      </form>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} onLogin={() => void auth.login()} /> : null}
      {list.status === 'success' ? (
        <>
          <p className="muted" role="status">
            {list.items.length > 0 ? t('plans.results', { count: list.total ?? list.items.length }) : staff ? t('plans.empty') : t('plans.emptyPublic')}
          </p>
          <PlanCards items={list.items} showStatus={staff} hrefOf={(id) => (staff ? `/plans/${id}` : `/ke-hoach/${id}`)} />
          <LoadMore list={list} />
        </>
      ) : null}
    </section>
  );
}

export default function PlanListPage() {
  return <PlanList staff />;
}

export function PublicPlanList() {
  return <PlanList staff={false} />;
}
