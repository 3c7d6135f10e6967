import { useTranslation } from 'react-i18next';

/** Checkboxes for the units working with the lead unit (đơn vị phối hợp); the lead unit is not offered. */
export function CoordinatingUnits({
  units,
  lead,
  value,
  onChange,
}: {
  units: readonly { code: string; name: string }[];
  lead: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const offered = units.filter((u) => u.code !== lead);
  if (offered.length === 0) return null;
  return (
    <details className="fb-coord" open={value.length > 0}>
      <summary>
        {t('feedback.coordinating.label')}
        {value.length > 0 ? ` (${value.length})` : ''}
      </summary>
      <fieldset className="fb-coord__list">
        <legend className="visually-hidden">{t('feedback.coordinating.label')}</legend>
        {offered.map((u) => (
          <label key={u.code} className="check">
            <input
              type="checkbox"
              checked={value.includes(u.code)}
              onChange={(e) => onChange(e.target.checked ? [...value, u.code] : value.filter((c) => c !== u.code))}
            />
            <span>{u.name}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
