import { useTranslation } from 'react-i18next';
import { StandingBadge } from '../../../ui/StandingBadge';
import type { FollowUp, FollowUpStatus } from '../api/types';

export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return <span className={`badge fu-badge--${status}`}>{t(`followUp.status.${status}`)}</span>;
}

/**
 * Where the ruling stands ("Quá hạn 7 ngày làm việc", "Chưa thực hiện"…, the words of every list), then "due today"
 * or "n working days left" while it is not late, as the server counted them.
 */
export function StandingBadges({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const deadline = followUp.ruling.deadline;
  const left = deadline?.standing === 'OVERDUE' ? null : deadline?.workingDaysLeft;
  return (
    <>
      {deadline ? <StandingBadge deadline={deadline} /> : null}
      {left === 0 ? <span className="badge fu-badge--overdue">{t('followUp.dueToday')}</span> : null}
      {left != null && left > 0 ? <span className="badge">{t('followUp.dueIn', { count: left })}</span> : null}
    </>
  );
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

export const isOverdue = (f: FollowUp) => f.ruling.deadline?.standing === 'OVERDUE';
