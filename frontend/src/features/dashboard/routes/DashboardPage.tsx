import { useId, useState, type FormEvent, type JSX } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { listPlans } from '../../plans/api/plans';
import { formatDate, formatMonth } from '../../plans/format';
import { getFeedbackStatistics, getNextDialogue, getRulingStatistics } from '../api/statistics';
import type { DashboardFilters, FeedbackStatistics, NextDialogue, RulingStatistics, StatisticsCount } from '../api/types';
import { BarChart, MonthColumns, type Bar } from '../components/Charts';
import '../dashboard.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as the URL holds them; anything malformed is left out rather than sent. */
export function readFilters(params: URLSearchParams): DashboardFilters {
  const plan = params.get('plan');
  const from = params.get('from');
  const to = params.get('to');
  return {
    body: params.get('body')?.trim() || undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    plan: plan && /^\d+$/.test(plan) ? Number(plan) : undefined,
  };
}

function num(n: number | null | undefined): string {
  return n == null ? '—' : n.toLocaleString('vi-VN');
}

/** A headline figure: the number large, what it is below. */
function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="dash-figure">
      <dt>{label}</dt>
      <dd>
        <span className="dash-figure__value">{value}</span>
        {note ? <span className="dash-figure__note">{note}</span> : null}
      </dd>
    </div>
  );
}

function NextDialogueBlock({ data }: { data: NextDialogue }) {
  const { t } = useTranslation();
  if (!data.plan) {
    return <p>{t('dashboard.next.none')}</p>;
  }
  const inv = data.invitations;
  return (
    <>
      <p className="dash-next__plan">
        <Link to={`/plans/${data.plan.id}`}>{data.plan.title}</Link>
        <span className="muted"> · {data.plan.bodyName}</span>
      </p>
      <dl className="dash-figures">
        <Figure
          label={t('dashboard.next.countdown')}
          value={data.daysLeft == null ? '—' : t('dashboard.next.days', { count: data.daysLeft })}
          note={data.workingDaysLeft == null ? undefined : t('dashboard.next.workingDays', { count: data.workingDaysLeft })}
        />
        <Figure
          label={t('dashboard.next.tasks')}
          value={`${num(data.tasks?.done)}/${num(data.tasks?.total)}`}
          note={t('dashboard.next.tasksOverdue', { count: data.tasks?.overdue ?? 0 })}
        />
        <Figure
          label={t('dashboard.next.invitations')}
          value={`${num(inv?.invited)}/${num(inv?.participants)}`}
          note={
            inv?.deadline
              ? t(inv.workingDaysLeft != null && inv.workingDaysLeft < 0 ? 'dashboard.next.deadlinePast' : 'dashboard.next.deadline', {
                  date: formatDate(inv.deadline),
                  count: Math.abs(inv.workingDaysLeft ?? 0),
                })
              : t('dashboard.next.noDeadline')
          }
        />
      </dl>
      <div className="table-scroll" role="region" aria-label={t('dashboard.next.composition')} tabIndex={0}>
        <table className="dash-composition">
          <caption>{t('dashboard.next.composition')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.next.group')}</th>
              <th scope="col">{t('dashboard.next.target')}</th>
              <th scope="col">{t('dashboard.next.registered')}</th>
              <th scope="col">{t('dashboard.next.confirmed')}</th>
              <th scope="col">{t('dashboard.next.present')}</th>
            </tr>
          </thead>
          <tbody>
            {data.composition.map((g) => (
              <tr key={g.groupId ?? 'none'}>
                <th scope="row">{g.description || (g.level ? t(`plans.participantLevel.${g.level}`) : '')}</th>
                <td>{num(g.target)}</td>
                <td>{num(g.registered)}</td>
                <td>{num(g.confirmed)}</td>
                <td>{num(g.present)}</td>
              </tr>
            ))}
            {data.total ? (
              <tr className="dash-composition__total">
                <th scope="row">{t('dashboard.next.total')}</th>
                <td>{num(data.total.target)}</td>
                <td>{num(data.total.registered)}</td>
                <td>{num(data.total.confirmed)}</td>
                <td>{num(data.total.present)}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}

function FeedbackBlock({ data }: { data: FeedbackStatistics }) {
  const { t } = useTranslation();
  const bars = (counts: StatisticsCount[], label: (c: StatisticsCount) => string): Bar[] =>
    counts.filter((c) => c.count > 0).map((c) => ({ key: c.key ?? '∅', label: label(c), value: c.count }));
  const time = data.answerTime;
  return (
    <>
      <dl className="dash-figures">
        <Figure
          label={t('dashboard.feedback.total')}
          value={num(data.total)}
          note={t('dashboard.previousYear', { value: num(data.previousYearTotal) })}
        />
        <Figure
          label={t('dashboard.feedback.raisedBefore')}
          value={num(data.raisedBefore)}
          note={t('dashboard.feedback.raisedBeforeOpen', { count: data.raisedBeforeOpen })}
        />
        <Figure
          label={t('dashboard.feedback.answerTime')}
          value={time.medianDays == null ? '—' : t('dashboard.feedback.days', { value: time.medianDays.toLocaleString('vi-VN') })}
          note={
            time.p90Days == null
              ? t('dashboard.feedback.noneApproved')
              : t('dashboard.feedback.p90', { value: time.p90Days.toLocaleString('vi-VN'), count: time.approved })
          }
        />
      </dl>
      <div className="dash-grid">
        <BarChart
          title={t('dashboard.feedback.byStatus')}
          labelHead={t('dashboard.status')}
          rows={bars(data.byStatus, (c) => t(`feedback.status.${c.key}`))}
        />
        <BarChart
          title={t('dashboard.feedback.byFocusArea')}
          labelHead={t('dashboard.feedback.focusArea')}
          rows={bars(data.byFocusArea, (c) => c.label ?? t('dashboard.feedback.unclassified'))}
        />
        <BarChart
          title={t('dashboard.feedback.byWard')}
          labelHead={t('dashboard.feedback.ward')}
          rows={bars(data.byWard, (c) => c.label ?? t('dashboard.feedback.noWard'))}
        />
        <BarChart
          title={t('dashboard.feedback.byChannel')}
          labelHead={t('dashboard.feedback.channel')}
          rows={bars(data.byChannel, (c) => t(`feedback.channel.${c.key}`))}
        />
        <BarChart
          title={t('dashboard.feedback.byKind')}
          labelHead={t('dashboard.feedback.kind')}
          rows={bars(data.byKind, (c) => t(`feedback.kind.${c.key}`))}
        />
      </div>
    </>
  );
}

function RulingBlock({ data }: { data: RulingStatistics }) {
  const { t } = useTranslation();
  const bars = (counts: StatisticsCount[], prefix: string): Bar[] =>
    counts.filter((c) => c.count > 0).map((c) => ({ key: c.key ?? '∅', label: t(`${prefix}.${c.key}`), value: c.count }));
  const pct = (p: number | null | undefined) => (p == null ? '—' : `${p.toLocaleString('vi-VN')}%`);
  return (
    <>
      <dl className="dash-figures">
        <Figure label={t('dashboard.rulings.total')} value={num(data.total)} />
        <Figure
          label={t('dashboard.rulings.onTime')}
          value={pct(data.onTime.percent)}
          note={t('dashboard.rulings.onTimeNote', { onTime: data.onTime.onTime, late: data.onTime.late })}
        />
        <Figure label={t('dashboard.rulings.overdue')} value={num(data.overdue.total)} note={t('dashboard.rulings.overdueNote')} />
      </dl>
      <div className="dash-grid">
        <BarChart title={t('dashboard.rulings.byType')} labelHead={t('dashboard.rulings.type')} rows={bars(data.byType, 'rulings.typeName')} />
        <BarChart title={t('dashboard.rulings.byStatus')} labelHead={t('dashboard.status')} rows={bars(data.byStatus, 'rulings.status')} />
        <BarChart
          title={t('dashboard.rulings.byFollowUp')}
          labelHead={t('dashboard.status')}
          rows={bars(data.byFollowUp, 'rulings.followUp')}
        />
      </div>
      <div className="table-scroll" role="region" aria-label={t('dashboard.rulings.overdueByUnit')} tabIndex={0}>
        <table className="dash-overdue">
          <caption>{t('dashboard.rulings.overdueByUnit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.rulings.unit')}</th>
              <th scope="col">{t('dashboard.rulings.overdueCount')}</th>
              <th scope="col">{t('dashboard.rulings.maxLate')}</th>
              <th scope="col">{t('dashboard.rulings.totalLate')}</th>
            </tr>
          </thead>
          <tbody>
            {data.overdue.byUnit.length === 0 ? (
              <tr>
                <td colSpan={4}>{t('dashboard.rulings.noneOverdue')}</td>
              </tr>
            ) : (
              data.overdue.byUnit.map((u) => (
                <tr key={u.unitCode ?? 'none'}>
                  <th scope="row">
                    {u.unitCode ? (
                      <Link to={`/follow-up?overdue=true&unit=${encodeURIComponent(u.unitCode)}`}>{u.unitName}</Link>
                    ) : (
                      t('dashboard.rulings.escalated')
                    )}
                  </th>
                  <td>{num(u.count)}</td>
                  <td>{num(u.maxWorkingDaysLate)}</td>
                  <td>{num(u.totalWorkingDaysLate)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <MonthColumns
        title={t('dashboard.rulings.monthly')}
        monthHead={t('dashboard.rulings.month')}
        series={[t('dashboard.rulings.issued'), t('dashboard.rulings.resolved')]}
        months={data.monthly.map((m) => ({ label: formatMonth(m.month), values: [m.issued, m.resolved] }))}
      />
      <div className="table-scroll" role="region" aria-label={t('dashboard.rulings.yearOverYear')} tabIndex={0}>
        <table className="dash-yoy">
          <caption>{t('dashboard.rulings.yearOverYear')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.rulings.period')}</th>
              <th scope="col">{t('dashboard.rulings.issued')}</th>
              <th scope="col">{t('dashboard.rulings.resolved')}</th>
              <th scope="col">{t('dashboard.rulings.onTime')}</th>
            </tr>
          </thead>
          <tbody>
            {[
              [t('dashboard.rulings.thisPeriod', { from: formatDate(data.scope.from), to: formatDate(data.scope.to) }), data.onTime] as const,
              [t('dashboard.rulings.lastYear'), data.previousYear] as const,
            ].map(([label, o]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{num(o.issued)}</td>
                <td>{num(o.resolved)}</td>
                <td>{pct(o.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Block<T>({ title, state, children }: { title: string; state: ReturnType<typeof useAsync<T>>; children: (data: T) => JSX.Element }) {
  const auth = useAuth();
  const id = useId();
  return (
    <section className="dash-block" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorState error={state.error} onRetry={state.reload} onLogin={() => void auth.login()} headingLevel={3} /> : null}
      {state.status === 'success' ? children(state.data) : null}
    </section>
  );
}

/**
 * `/tong-quan`: how the dialogues are doing, for the chair and the office (a province's: its bodies, one or all): the
 * next dialogue's preparation, the feedback received and how fast it was answered, the rulings and which units are
 * late. The filters live in the URL, so a view can be bookmarked or sent.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const key = JSON.stringify(filters);
  useDocumentTitle(t('dashboard.title'));

  const next = useAsync((signal) => getNextDialogue(api, filters, signal), [api, key]);
  const feedback = useAsync((signal) => getFeedbackStatistics(api, filters, signal), [api, key]);
  const rulings = useAsync((signal) => getRulingStatistics(api, filters, signal), [api, key]);
  const plans = useAsync((signal) => listPlans(api, { size: 100 }, signal), [api]);

  const [body, setBody] = useState(filters.body ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [plan, setPlan] = useState(filters.plan ? String(filters.plan) : '');
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const nextParams = new URLSearchParams();
    for (const [k, v] of [['body', body], ['from', from], ['to', to], ['plan', plan]] as const) {
      if (v) nextParams.set(k, v);
    }
    setParams(nextParams);
  };
  const clear = () => {
    setBody('');
    setFrom('');
    setTo('');
    setPlan('');
    setParams(new URLSearchParams());
  };

  const scope = feedback.status === 'success' ? feedback.data.scope : null;
  const choices = scope?.choices ?? [];

  return (
    <div className="page dash-page">
      <h1>{t('dashboard.title')}</h1>
      {scope ? (
        <p className="muted" role="status">
          {t('dashboard.scope', {
            bodies: scope.bodies.length === 1 ? scope.bodies[0]?.name : t('dashboard.bodies', { count: scope.bodies.length }),
            from: formatDate(scope.from),
            to: formatDate(scope.to),
          })}
        </p>
      ) : null}
      <form className="filters dash-filters" role="search" aria-label={t('dashboard.filters')} onSubmit={apply}>
        {choices.length > 1 ? (
          <Field label={t('dashboard.body')}>
            <select value={body} onChange={(e) => setBody(e.target.value)}>
              <option value="">{t('dashboard.allBodies')}</option>
              {choices.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field label={t('dashboard.from')}>
          <DateInput value={from} onChange={setFrom} />
        </Field>
        <Field label={t('dashboard.to')}>
          <DateInput value={to} onChange={setTo} />
        </Field>
        <Field label={t('dashboard.plan')}>
          <select value={plan} onChange={(e) => setPlan(e.target.value)}>
            <option value="">{t('dashboard.allPlans')}</option>
            {plans.status === 'success'
              ? plans.data.items.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.number ? `${p.number}-${p.symbol ?? ''} · ` : ''}
                    {p.title}
                  </option>
                ))
              : null}
          </select>
        </Field>
        <div className="actions filters__actions">
          <button type="submit" className="btn btn--primary">
            {t('dashboard.apply')}
          </button>
          <button type="button" className="btn btn--secondary" onClick={clear}>
            {t('dashboard.clear')}
          </button>
        </div>
      </form>
      <Block title={t('dashboard.next.title')} state={next}>
        {(data) => <NextDialogueBlock data={data} />}
      </Block>
      <Block title={t('dashboard.feedback.title')} state={feedback}>
        {(data) => <FeedbackBlock data={data} />}
      </Block>
      <Block title={t('dashboard.rulings.title')} state={rulings}>
        {(data) => <RulingBlock data={data} />}
      </Block>
    </div>
  );
}
