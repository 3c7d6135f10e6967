import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../plans/format';
import type { MinutesSummary } from '../api/minutes';

/** Every version, newest first: status, what it corrects, what superseded it. */
export function VersionList({ planId, versions, selected }: { planId: number; versions: MinutesSummary[]; selected: number | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const byId = new Map(versions.map((v) => [v.id, v.versionNo]));
  return (
    <ul className="minutes-versions">
      {versions.map((v) => (
        <li key={v.id} className={v.id === selected ? 'minutes-versions__item minutes-versions__item--current' : 'minutes-versions__item'}>
          <Link to={`/plans/${planId}/minutes?v=${v.id}`} aria-current={v.id === selected ? 'page' : undefined}>
            {t('minutes.version', { n: v.versionNo })}
          </Link>{' '}
          <span className={`badge minutes-badge minutes-badge--${v.supersededById ? 'superseded' : v.status.toLowerCase()}`}>
            {v.supersededById ? t('minutes.status.SUPERSEDED') : t(`minutes.status.${v.status}`)}
          </span>
          <span className="muted">
            {' '}
            {v.finalisedAt ? t('minutes.finalisedAt', { time: formatDateTime(v.finalisedAt, lang) }) : t('minutes.updatedAt', { time: formatDateTime(v.updatedAt, lang) })}
            {' · '}
            {t('minutes.signatureCount', { count: v.signatureCount })}
          </span>
          {v.previousId ? <span className="minutes-versions__note">{t('minutes.corrects', { n: byId.get(v.previousId) ?? '?', reason: v.correctionReason ?? '' })}</span> : null}
        </li>
      ))}
    </ul>
  );
}
