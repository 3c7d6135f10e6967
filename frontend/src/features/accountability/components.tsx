import { useTranslation } from 'react-i18next';
import { StandingBadge } from '../../ui/StandingBadge';
import { formatDate } from '../plans/format';
import type { PublicRuling } from './api';

export function Bar({ percent, label }: { percent: number; label: string }) {
  const p = Math.max(0, Math.min(100, percent));
  return (
    <span className="ac-bar" role="img" aria-label={label}>
      <span style={{ width: `${p}%` }} />
    </span>
  );
}

/** One ruling as the public reads it: what, who, by when, how far. */
export function PublicRulingCard({ ruling, headingLevel = 3 }: { ruling: PublicRuling; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const followed = ruling.followUp != null;
  return (
    <li className="ac-card">
      <H>{t('accountability.number', { number: ruling.number })}</H>
      <p>
        <StandingBadge deadline={ruling.deadline} />
      </p>
      <p>{ruling.content}</p>
      {ruling.leadUnit ? <p>{t('accountability.lead', { unit: [ruling.leadUnit, ...ruling.coordinatingUnits].join(', ') })}</p> : null}
      {ruling.dueDate ? <p>{t('accountability.due', { date: formatDate(ruling.dueDate) })}</p> : null}
      {ruling.escalatedTo ? <p>{t('accountability.escalatedTo', { body: ruling.escalatedTo })}</p> : null}
      {ruling.reply ? <p>{t('accountability.reply', { date: formatDate(ruling.repliedOn), reply: ruling.reply })}</p> : null}
      {ruling.reason ? <p>{t('accountability.reason', { reason: ruling.reason })}</p> : null}
      {ruling.cannotResolveReason ? <p>{t('accountability.reason', { reason: ruling.cannotResolveReason })}</p> : null}
      {followed ? (
        <>
          <Bar percent={ruling.progressPercent} label={t('accountability.percent', { percent: ruling.progressPercent })} />
          <p className="muted">{t('accountability.percent', { percent: ruling.progressPercent })}</p>
        </>
      ) : null}
      {ruling.progressNote ? <p>{t('accountability.latest', { note: ruling.progressNote })}</p> : null}
      {ruling.resolvedOn ? <p>{t('accountability.resolvedOn', { date: formatDate(ruling.resolvedOn) })}</p> : null}
      {ruling.items.length > 0 ? (
        <details>
          <summary>{t('accountability.items')}</summary>
          <ul>
            {ruling.items.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
