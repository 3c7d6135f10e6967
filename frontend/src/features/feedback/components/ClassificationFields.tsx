import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import type { FeedbackPriority } from '../api/types';
import { FEEDBACK_PRIORITIES } from '../logic';

/** Focus area of the plan and priority: how the office classifies one item or many at once. */
export function ClassificationFields(props: {
  focusAreas: readonly { id: number; title: string }[];
  focusAreaId: string;
  onFocusArea: (id: string) => void;
  priority: FeedbackPriority;
  onPriority: (p: FeedbackPriority) => void;
  focusAreaError?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('feedback.field.focusArea')} error={props.focusAreaError} required>
        <select value={props.focusAreaId} onChange={(e) => props.onFocusArea(e.target.value)}>
          <option value="">{t('feedback.actions.chooseFocusArea')}</option>
          {props.focusAreas.map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.title}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('feedback.field.priority')} required>
        <select value={props.priority} onChange={(e) => props.onPriority(e.target.value as FeedbackPriority)}>
          {FEEDBACK_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`feedback.priority.${p}`)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
