import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { formatDate, formatDateTime } from '../../plans/format';
import { useAuth } from '../../auth/AuthProvider';
import { linkOf, listNotifications, markAllRead, markRead, type NotificationPage } from '../api/inbox';

/** The roles whose desks changes reach: a unit's officers, the office and the chair. */
const BELL_ROLES = ['secretariat', 'chair', 'unit'];
/** Checked this often while the page is in sight; after a failure less often, up to the longest wait. */
export const POLL_MS = 60_000;
export const MAX_POLL_MS = 10 * 60_000;
const SHOWN = 20;

/** The wait before the next check: a minute after a success, doubled after each failure up to the longest. */
export function nextPollWait(previous: number, ok: boolean): number {
  return ok ? POLL_MS : Math.min(Math.max(previous, POLL_MS) * 2, MAX_POLL_MS);
}

/**
 * The bell in the header: what changed for the caller (assigned to their unit, returned, approved, due tomorrow),
 * unread first to the eye, each linked to the item. Checked every minute while the page is visible, never in a hidden
 * tab, and less often after errors; opening it shows the latest list.
 */
export function NotificationBell() {
  const auth = useAuth();
  if (!auth.isAuthenticated || !auth.roles.some((r) => BELL_ROLES.includes(r))) return null;
  return <Bell />;
}

function Bell() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const api = useApi();
  const panelId = useId();
  const [page, setPage] = useState<NotificationPage | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const refresh = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setPage(await listNotifications(api, SHOWN, signal));
        setFailed(false);
        return true;
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') return true;
        setFailed(true);
        return false;
      }
    },
    [api],
  );

  // Light polling: one request a minute while visible; doubled after each failure, back to a minute after a success.
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wait = POLL_MS;
    const tick = async () => {
      if (document.visibilityState === 'visible') {
        const ok = await refresh(controller.signal);
        wait = nextPollWait(wait, ok);
      }
      if (!controller.signal.aborted) timer = setTimeout(() => void tick(), wait);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        clearTimeout(timer);
        void tick();
      }
    };
    void tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      controller.abort();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  useEffect(() => {
    if (!open) return;
    void refresh();
    const onOutside = (e: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    // Escape closes it from anywhere (the button that had focus may be gone, as "mark all read" is once used).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('mousedown', onOutside);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onOutside);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, refresh]);

  const unread = page?.unread ?? 0;
  const openItem = (id: number, read: boolean) => {
    setOpen(false);
    if (!read) {
      // Read as it is opened; the count follows at once, the server's word at the next check.
      setPage((p) => (p ? { ...p, unread: Math.max(0, p.unread - 1), items: p.items.map((n) => (n.id === id ? { ...n, read: true } : n)) } : p));
      markRead(api, id).catch(() => undefined);
    }
  };

  const readAll = async () => {
    try {
      await markAllRead(api);
    } finally {
      await refresh();
      buttonRef.current?.focus();
    }
  };

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn--ghost bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="bell__icon" aria-hidden="true" />
        <span className="visually-hidden">{unread > 0 ? t('inbox.bellUnread', { count: unread }) : t('inbox.bell')}</span>
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="bell__panel" hidden={!open}>
        <div className="bell__head">
          <h2 id={`${panelId}-title`} className="bell__title">
            {t('inbox.title')}
          </h2>
          {unread > 0 ? (
            <button type="button" className="btn btn--ghost" onClick={() => void readAll()}>
              {t('inbox.markAllRead')}
            </button>
          ) : null}
        </div>
        {failed ? <p role="status">{t('inbox.loadFailed')}</p> : null}
        {page && page.items.length === 0 ? <p>{t('inbox.empty')}</p> : null}
        {page && page.items.length > 0 ? (
          <ul className="bell__list" aria-labelledby={`${panelId}-title`}>
            {page.items.map((n) => (
              <li key={n.id} className={`bell__item${n.read ? '' : ' bell__item--unread'}`}>
                <Link to={linkOf(n)} onClick={() => openItem(n.id, n.read)} className="bell__link">
                  <span className="bell__kind">
                    {n.read ? null : <span className="visually-hidden">{t('inbox.unread')}: </span>}
                    {t(`inbox.kind.${n.kind}`)} · {t(`inbox.subject.${n.subject}`)}
                    {n.dueDate ? ` · ${t('inbox.due', { date: formatDate(n.dueDate) })}` : ''}
                  </span>
                  <span className="bell__text">{n.title}</span>
                  <span className="bell__time">{formatDateTime(n.createdAt, lang)}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
