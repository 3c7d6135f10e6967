import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../features/auth/AuthProvider';
import { SessionExpiredNotice } from '../features/auth/components/SessionExpiredNotice';
import { canReadPlans } from '../features/auth/roles';
import { NotificationBell } from '../features/inbox/components/NotificationBell';
import { Button } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { setLanguage } from '../lib/i18n';

/** Staff who work on feedback items (the admin does not). */
const FEEDBACK_STAFF = ['secretariat', 'chair', 'unit', 'ward'];
/** Staff who follow rulings until done: the units that carry them out, the office and the chair. */
const FOLLOW_UP_STAFF = ['secretariat', 'chair', 'unit'];
/** The chair and the office answer for the whole body's figures: they read the overview and report upward. */
const LEADING_STAFF = ['secretariat', 'chair'];

function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t('lang.switchToLang') === 'en' ? 'en' : 'vi';
  return (
    <Button
      variant="ghost"
      lang={target}
      title={t('lang.switchHint')}
      onClick={() => void setLanguage(target)}
    >
      {t('lang.switchTo')}
    </Button>
  );
}

function AccountTools() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.restoring) return null;
  if (!auth.isAuthenticated) {
    return <Button onClick={() => void auth.login()}>{t('auth.login')}</Button>;
  }
  return (
    <>
      {auth.displayName ? <span className="header__user">{t('auth.loggedInAs', { name: auth.displayName })}</span> : null}
      {auth.isStaff ? (
        <NavLink to="/me" className="nav__link header__account">
          {t('nav.me')}
        </NavLink>
      ) : null}
      <Button variant="secondary" onClick={() => void auth.logout()}>
        {t('auth.logout')}
      </Button>
    </>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const moreRef = useRef<HTMLDetailsElement>(null);

  // After client-side navigation: close the phone menu and move focus to the new content.
  useEffect(() => {
    setMenuOpen(false);
    if (moreRef.current) moreRef.current.open = false;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const navClass = ({ isActive }: { isActive: boolean }) => `nav__link${isActive ? ' nav__link--active' : ''}`;
  const leading = auth.roles.some((r) => LEADING_STAFF.includes(r));
  // The public pages, named as the public reads them: for staff they sit under "Thêm", next to their own "Kế hoạch".
  const publicLinks = (
    <>
      <li>
        <NavLink to="/ke-hoach" className={navClass}>
          {t('nav.publicPlans')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/tra-cuu" className={navClass}>
          {t('nav.track')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/giai-trinh" className={navClass}>
          {t('nav.accountability')}
        </NavLink>
      </li>
    </>
  );

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="container header__bar">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <NotificationBell />
          <button
            type="button"
            className="btn btn--ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-toggle__icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
          <div id="site-menu" className={`menu${menuOpen ? ' menu--open' : ''}`}>
            {/* Staff work from their own menu; the public pages are one click away under "Thêm", so a desk's header
                holds on one row and no two entries read "Kế hoạch". */}
            {auth.isStaff ? null : (
              <nav aria-label={t('nav.main')}>
                <ul className="nav">
                  <li>
                    <NavLink to="/" end className={navClass}>
                      {t('nav.home')}
                    </NavLink>
                  </li>
                  {publicLinks}
                  {auth.isAuthenticated ? (
                    <li>
                      <NavLink to="/feedback" className={navClass}>
                        {t('nav.myFeedback')}
                      </NavLink>
                    </li>
                  ) : null}
                  {auth.isAuthenticated && auth.roles.includes('citizen') ? (
                    <li>
                      <NavLink to="/me/personal-data" className={navClass}>
                        {t('nav.myData')}
                      </NavLink>
                    </li>
                  ) : null}
                  {auth.isAuthenticated ? (
                    <li>
                      <NavLink to="/me" className={navClass}>
                        {t('nav.me')}
                      </NavLink>
                    </li>
                  ) : null}
                </ul>
              </nav>
            )}
            {auth.isStaff ? (
              <nav aria-label={t('nav.staff')} className="nav--staff">
                <ul className="nav">
                  <li>
                    <NavLink to="/todo" className={navClass}>
                      {t('nav.todo')}
                    </NavLink>
                  </li>
                  {leading ? (
                    <li>
                      <NavLink to="/tong-quan" className={navClass}>
                        {t('nav.dashboard')}
                      </NavLink>
                    </li>
                  ) : null}
                  {canReadPlans(auth.roles) ? (
                    <li>
                      <NavLink to="/plans" className={navClass}>
                        {t('nav.plans')}
                      </NavLink>
                    </li>
                  ) : null}
                  {auth.roles.some((r) => FEEDBACK_STAFF.includes(r)) ? (
                    <li>
                      <NavLink to="/feedback" className={navClass}>
                        {t('nav.feedback')}
                      </NavLink>
                    </li>
                  ) : null}
                  {auth.roles.some((r) => FOLLOW_UP_STAFF.includes(r)) ? (
                    <li>
                      <NavLink to="/follow-up" className={navClass}>
                        {t('nav.followUp')}
                      </NavLink>
                    </li>
                  ) : null}
                  <li className="nav-more">
                    <details ref={moreRef}>
                      <summary className="nav__link">
                        {t('nav.more')}
                        <span className="nav-more__arrow" aria-hidden="true" />
                      </summary>
                      {/* A choice closes the list at once, before the page it opens has loaded. */}
                      <ul
                        className="nav nav-more__list"
                        onClick={(e) => {
                          if ((e.target as HTMLElement).closest('a') && moreRef.current) moreRef.current.open = false;
                        }}
                      >
                        {leading ? (
                          <li>
                            <NavLink to="/reports" className={navClass}>
                              {t('nav.reports')}
                            </NavLink>
                          </li>
                        ) : null}
                        <li>
                          <NavLink to="/org-units" className={navClass}>
                            {t('nav.orgUnits')}
                          </NavLink>
                        </li>
                        {canReadPlans(auth.roles) ? (
                          <li>
                            <NavLink to="/plan-templates" className={navClass}>
                              {t('nav.planTemplates')}
                            </NavLink>
                          </li>
                        ) : null}
                        {auth.roles.includes('admin') ? (
                          <li>
                            <NavLink to="/calendar" className={navClass}>
                              {t('nav.calendar')}
                            </NavLink>
                          </li>
                        ) : null}
                        {auth.roles.includes('admin') ? (
                          <li>
                            <NavLink to="/staff" className={navClass}>
                              {t('nav.staffAdmin')}
                            </NavLink>
                          </li>
                        ) : null}
                        {auth.roles.includes('admin') ? (
                          <li>
                            <NavLink to="/partners" className={navClass}>
                              {t('nav.partnersAdmin')}
                            </NavLink>
                          </li>
                        ) : null}
                        {auth.roles.includes('admin') ? (
                          <li>
                            <NavLink to="/webhooks" className={navClass}>
                              {t('nav.webhooks')}
                            </NavLink>
                          </li>
                        ) : null}
                        {auth.roles.includes('admin') || auth.roles.includes('secretariat') ? (
                          <li>
                            <NavLink to="/read-log" className={navClass}>
                              {t('nav.readLog')}
                            </NavLink>
                          </li>
                        ) : null}
                        {auth.roles.includes('secretariat') ? (
                          <li>
                            <NavLink to="/privacy" className={navClass}>
                              {t('nav.privacy')}
                            </NavLink>
                          </li>
                        ) : auth.roles.includes('admin') ? (
                          <li>
                            <NavLink to="/privacy/expiring" className={navClass}>
                              {t('nav.privacy')}
                            </NavLink>
                          </li>
                        ) : null}
                        {publicLinks}
                      </ul>
                    </details>
                  </li>
                </ul>
              </nav>
            ) : null}
            <div className="menu__tools">
              <LanguageSwitch />
              <AccountTools />
            </div>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container main">
        {auth.sessionExpired ? <SessionExpiredNotice /> : null}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
