import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { listAccountabilityPlans } from '../../accountability/api';
import { getMe } from '../../account/api/getMe';
import { useAuth } from '../../auth/AuthProvider';
import { formatDateTime, formatMonth, planTiming } from '../../plans/format';
import { calendarHref, localities, plansForLocality, rememberedLocality, rememberLocality } from '../api';

const RESULTS_SHOWN = 3;
const UPCOMING_SHOWN = 5;

/** One coming dialogue: when, where, and the two things a citizen does before it. */
function UpcomingCard({ plan }: { plan: PlanSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  return (
    <li className="plan-card citizen-home__card">
      <h3 className="plan-card__title">
        <Link to={`/ke-hoach/${plan.id}`}>{plan.title}</Link>
      </h3>
      <p className="citizen-home__when">
        <strong>{t('home.citizen.when')}: </strong>
        {plan.sessionAt
          ? formatDateTime(plan.sessionAt, lang)
          : plan.plannedMonth
            ? t('plans.sessionPlanned', { month: formatMonth(plan.plannedMonth) })
            : t('plans.notScheduled')}
      </p>
      {plan.venue ? (
        <p className="citizen-home__where">
          <strong>{t('home.citizen.where')}: </strong>
          {plan.venue}
        </p>
      ) : null}
      <p className="muted">{plan.body.name}</p>
      <p className="citizen-home__actions">
        <Link className="btn btn--primary" to={`/ke-hoach/${plan.id}/dang-ky`}>
          {t('registration.link')}
        </Link>
        <Link className="btn btn--secondary" to={`/ke-hoach/${plan.id}/gop-y`}>
          {t('feedback.submit.link')}
        </Link>
        {plan.sessionAt ? (
          <a className="link-touch" href={calendarHref(plan.id)} download={`doi-thoai-${plan.id}.ics`}>
            {t('home.citizen.addToCalendar')}
          </a>
        ) : null}
      </p>
    </li>
  );
}

/** The ward or commune whose dialogues come first: the citizen's own when their account names it, else their pick. */
function LocalityPicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = useAsync((signal) => localities(api, signal), [api]);
  return (
    <Field label={t('home.citizen.locality')} hint={t('home.citizen.localityHint')}>
      <select name="locality" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('home.citizen.anyLocality')}</option>
        {list.status === 'success'
          ? list.data.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))
          : null}
      </select>
    </Field>
  );
}

function TrackBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = code.trim().toUpperCase();
    void navigate(c ? `/tra-cuu/${encodeURIComponent(c)}` : '/tra-cuu');
  };
  return (
    <form className="citizen-home__track" onSubmit={submit} aria-labelledby="home-track">
      <h2 id="home-track">{t('nav.track')}</h2>
      <p className="muted">{t('home.citizen.trackIntro')}</p>
      <Field label={t('feedback.field.trackingCode')}>
        <input name="code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" placeholder="DT-2026-ABCDE" />
      </Field>
      <button type="submit" className="btn btn--primary">
        {t('home.citizen.trackButton')}
      </button>
    </form>
  );
}

/**
 * The home page for citizens and visitors: the coming dialogues of their ward or commune first (with registering and
 * sending an opinion one tap away), what came of past dialogues (giải trình), and following up one's own opinion.
 */
export function CitizenHome() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const api = useApi();
  const auth = useAuth();
  const isCitizen = auth.isAuthenticated && auth.roles.includes('citizen');
  const me = useAsync((signal) => (isCitizen ? getMe(api, signal) : Promise.resolve(null)), [api, isCitizen]);
  const [picked, setPicked] = useState<string | null>(() => rememberedLocality());
  // A choice made on this device wins; otherwise the account's own ward (the server also puts it first when none is named).
  const ownWard = me.status === 'success' ? (me.data?.ward?.code ?? null) : null;
  const locality = picked ?? ownWard ?? '';
  const plans = useAsync((signal) => plansForLocality(api, locality || undefined, signal), [api, locality]);
  const results = useAsync((signal) => listAccountabilityPlans(api, signal), [api]);

  const pick = (code: string) => {
    setPicked(code || null);
    rememberLocality(code || null);
  };
  const upcoming = plans.status === 'success' ? plans.data.items.filter((p) => planTiming(p) === 'upcoming').slice(0, UPCOMING_SHOWN) : [];

  return (
    <section className="page home citizen-home">
      <div className="hero">
        <p className="hero__kicker">{t('app.tagline')}</p>
        <h1>{t('home.title')}</h1>
        {auth.isAuthenticated && auth.displayName ? <p className="hero__welcome">{t('home.welcome', { name: auth.displayName })}</p> : null}
      </div>

      <section aria-labelledby="home-upcoming">
        <h2 id="home-upcoming">{t('home.citizen.upcoming')}</h2>
        <LocalityPicker value={locality} onChange={pick} />
        {plans.status === 'loading' ? <Loading /> : null}
        {plans.status === 'error' ? <ErrorState error={plans.error} onRetry={plans.reload} /> : null}
        {plans.status === 'success' ? (
          upcoming.length > 0 ? (
            <ul className="plan-cards">
              {upcoming.map((p) => (
                <UpcomingCard key={p.id} plan={p} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t('home.citizen.noUpcoming')}</p>
          )
        ) : null}
        <p>
          <Link className="link-touch" to="/ke-hoach">
            {t('home.citizen.allPlans')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="home-results">
        <h2 id="home-results">{t('home.citizen.results')}</h2>
        <p className="muted">{t('home.citizen.resultsIntro')}</p>
        {results.status === 'loading' ? <Loading /> : null}
        {results.status === 'error' ? <ErrorState error={results.error} onRetry={results.reload} /> : null}
        {results.status === 'success' ? (
          results.data.length > 0 ? (
            <ul className="citizen-home__results">
              {results.data.slice(0, RESULTS_SHOWN).map((r) => (
                <li key={r.id}>
                  <Link to={`/giai-trinh/${r.id}`}>{r.title}</Link>
                  <span className="muted">
                    {' '}
                    {r.sessionAt ? `${formatDateTime(r.sessionAt, lang)} · ` : ''}
                    {t('home.citizen.resolvedOf', { resolved: r.resolved, total: r.rulings })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('home.citizen.noResults')}</p>
          )
        ) : null}
        <p>
          <Link className="link-touch" to="/giai-trinh">
            {t('accountability.link')}
          </Link>
        </p>
      </section>

      <TrackBox />

      {auth.isAuthenticated ? null : (
        <p className="citizen-home__login">
          {t('home.citizen.loginHint')}{' '}
          <button type="button" className="btn btn--ghost" onClick={() => void auth.login('/')}>
            {t('auth.login')}
          </button>
        </p>
      )}
    </section>
  );
}
