import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadLogQuery } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useCursorList } from '../../../lib/useCursorList';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadMore } from '../../../ui/LoadMore';
import { Loading } from '../../../ui/Loading';
import { formatDateTime } from '../../plans/format';
import { searchReadLog } from '../api/readLog';

const KINDS = ['CONTACT_FIELDS', 'PEOPLE_SEARCH', 'EXPORT', 'ATTACHMENT_DOWNLOAD'] as const;

/**
 * The read log (nhật ký truy cập dữ liệu cá nhân): who saw or took away citizens' personal data, when, from where and
 * for which plans. A body's office sees the reads of its bodies' data; the installation's administrator every read.
 */
export default function ReadLogPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.resolvedLanguage ?? 'vi';
  useDocumentTitle(t('privacy.readLog.title'));
  const [form, setForm] = useState({ plan: '', actor: '', what: '', from: '', to: '' });
  const [query, setQuery] = useState<ReadLogQuery>({ size: 50 });
  const result = useCursorList((after, signal) => searchReadLog(api, { ...query, after }, signal), JSON.stringify(query));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({
      size: 50,
      ...(form.plan.trim() ? { plan: form.plan.trim() } : {}),
      ...(form.actor.trim() ? { actor: form.actor.trim() } : {}),
      ...(form.what ? { what: form.what } : {}),
      ...(form.from ? { from: form.from } : {}),
      ...(form.to ? { to: form.to } : {}),
    });
  };

  return (
    <>
      <h1>{t('privacy.readLog.title')}</h1>
      <p className="muted">{t('privacy.readLog.intro')}</p>
      <form className="filters" onSubmit={submit} role="search" aria-label={t('privacy.readLog.filters')}>
        <label>
          {t('privacy.readLog.plan')}
          <input inputMode="numeric" value={form.plan} onChange={(e) => setForm({ ...form, plan: e.target.value })} />
        </label>
        <label>
          {t('privacy.readLog.actor')}
          <input value={form.actor} onChange={(e) => setForm({ ...form, actor: e.target.value })} />
        </label>
        <label>
          {t('privacy.readLog.what')}
          <select value={form.what} onChange={(e) => setForm({ ...form, what: e.target.value })}>
            <option value="">{t('privacy.readLog.anyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`privacy.readLog.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('privacy.readLog.fromDay')}
          <input type="date" value={form.from} max={form.to || undefined} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label>
          {t('privacy.readLog.toDay')}
          <input type="date" value={form.to} min={form.from || undefined} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <button type="submit" className="button">
          {t('privacy.readLog.search')}
        </button>
      </form>
      {result.status === 'loading' ? <Loading /> : null}
      {result.status === 'error' ? <ErrorState error={result.error} onRetry={result.reload} /> : null}
      {result.status === 'success' && result.items.length === 0 ? <p>{t('privacy.readLog.empty')}</p> : null}
      {result.status === 'success' && result.items.length > 0 ? (
        <>
          <div className="table-scroll" role="region" aria-label={t('privacy.readLog.title')} tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('privacy.readLog.at')}</th>
                  <th scope="col">{t('privacy.readLog.actor')}</th>
                  <th scope="col">{t('privacy.readLog.what')}</th>
                  <th scope="col">{t('privacy.readLog.operation')}</th>
                  <th scope="col">{t('privacy.readLog.plans')}</th>
                  <th scope="col">{t('privacy.readLog.from')}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                    </td>
                    <td>{e.actor}</td>
                    <td>
                      {t(`privacy.readLog.kinds.${e.what}`)} ({e.records})
                    </td>
                    <td>
                      <code>{e.operation}</code>
                    </td>
                    <td>{e.plans.length ? e.plans.join(', ') : e.bodies.join(', ')}</td>
                    <td>
                      {e.clientAddress}
                      {e.userAgent ? <div className="muted">{e.userAgent}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('privacy.readLog.count', { count: result.total ?? result.items.length })}</p>
          <LoadMore list={result} />
        </>
      ) : null}
    </>
  );
}
