import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../plans/format';
import { statusSteps, type StepSource } from '../logic';

/** The item's way as a readable list: reached steps with their dates, the current one marked, the rest to come. */
export function StatusSteps({ item, rejectReason }: { item: StepSource; rejectReason?: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  return (
    <ol className="fb-steps" aria-label={t('feedback.steps.label')}>
      {statusSteps(item).map((s) => (
        <li key={s.key} className={`fb-step fb-step--${s.state}${s.key === 'REJECTED' ? ' fb-step--rejected' : ''}`} aria-current={s.state === 'current' ? 'step' : undefined}>
          <span className="fb-step__mark" aria-hidden="true" />
          <span className="fb-step__body">
            <span className="fb-step__label">{t(`feedback.step.${s.key}`)}</span>
            <span className="visually-hidden"> ({t(`feedback.stepState.${s.state}`)})</span>
            {s.at && s.state !== 'todo' ? <span className="fb-step__at">{formatDateTime(s.at, lang)}</span> : null}
            {s.key === 'REJECTED' && rejectReason ? (
              <span className="fb-step__note">
                {t('feedback.rejectReason')}: {rejectReason}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The status as a short coloured label. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge fb-badge fb-badge--${status.toLowerCase()}`}>{t(`feedback.status.${status}`)}</span>;
}
