import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { formatDate } from '../../plans/format';
import type { NoticeDeadline } from '../api/notice';

const TONE = { OK: 'info', NEAR: 'warning', OVERDUE: 'error', DONE: 'success' } as const;

/** The notice's deadline from the plan's rule; the level is said in words, the colour only repeats it. */
export function DeadlineBanner({ deadline }: { deadline: NoticeDeadline | null | undefined }) {
  const { t } = useTranslation();
  if (!deadline) {
    return (
      <Alert tone="info" title={t('notice.deadline.none')}>
        <p>{t('notice.deadline.noneDetail')}</p>
      </Alert>
    );
  }
  const { level, daysLeft, dueDate, rule } = deadline;
  const left =
    level === 'DONE'
      ? t('notice.deadline.done')
      : daysLeft < 0
        ? t('notice.deadline.late', { count: -daysLeft })
        : t('notice.deadline.left', { count: daysLeft });
  return (
    <Alert tone={TONE[level]} title={`${t(`notice.level.${level}`)}: ${t('notice.deadline.due', { date: formatDate(dueDate) })}`}>
      <p>
        {left} {t('notice.deadline.rule', { count: rule.offset, unit: t(`notice.unit.${rule.unit}`), direction: t(`notice.direction.${rule.direction}`) })}
      </p>
    </Alert>
  );
}
