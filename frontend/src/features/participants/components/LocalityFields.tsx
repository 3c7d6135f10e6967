import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import type { Ward } from '../places';

/**
 * The ward (required) and village pickers of the public forms, fed by /public/localities: when that list could not
 * be loaded the citizen is told so and can retry, rather than facing an empty required select.
 */
export function LocalityFields(props: {
  wards: readonly Ward[];
  failed: boolean;
  onRetry: () => void;
  wardLabel: string;
  wardCode: string;
  villageCode: string;
  onWard: (code: string) => void;
  onVillage: (code: string) => void;
  errors: { wardCode?: string; villageCode?: string };
}) {
  const { t } = useTranslation();
  const villages = props.wards.find((w) => w.code === props.wardCode)?.villages ?? [];
  return (
    <>
      <Field label={props.wardLabel} error={props.errors.wardCode} required>
        <select value={props.wardCode} onChange={(e) => props.onWard(e.target.value)}>
          <option value="">{t('registration.chooseWard')}</option>
          {props.wards.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
      </Field>
      {props.failed && props.wards.length === 0 ? (
        <Alert tone="warning">
          <p>{t('registration.wardsUnavailable')}</p>
          <Button variant="secondary" onClick={props.onRetry}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : null}
      <Field label={t('registration.village')} error={props.errors.villageCode}>
        <select value={props.villageCode} onChange={(e) => props.onVillage(e.target.value)} disabled={villages.length === 0}>
          <option value="">{t('registration.noVillage')}</option>
          {villages.map((v) => (
            <option key={v.code} value={v.code}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
