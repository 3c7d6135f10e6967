import { useTranslation } from 'react-i18next';
import type { FollowUp, FollowUpStatus } from '../api/types';

export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return <span className={`badge fu-badge--${status}`}>{t(`followUp.status.${status}`)}</span>;
}

/** "n working days overdue", "due today" or "n working days left", as the server counted them. */
export function DueBadge({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const overdue = followUp.overdueWorkingDays ?? 0;
  if (overdue > 0) return <span className="badge fu-badge--overdue">{t('followUp.overdue', { count: overdue })}</span>;
  const left = followUp.dueInWorkingDays;
  if (left === 0) return <span className="badge fu-badge--overdue">{t('followUp.dueToday')}</span>;
  if (left != null) return <span className="badge">{t('followUp.dueIn', { count: left })}</span>;
  return null;
}

export function PercentBar({ percent }: { percent: number }) {
  const { t } = useTranslation();
  const label = t('followUp.percent', { percent });
  return (
    <div className="fu-progress">
      <progress max={100} value={percent} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

export const isOverdue = (f: FollowUp) => (f.overdueWorkingDays ?? 0) > 0;
