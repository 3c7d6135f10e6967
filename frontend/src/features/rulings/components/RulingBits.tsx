import { useTranslation } from 'react-i18next';
import type { Ruling } from '../api/rulings';

export function TypeBadge({ type }: { type: Ruling['type'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--rl-${type.toLowerCase()}`}>{t(`rulings.typeName.${type}`)}</span>;
}

/** A percentage as a bar, with the number in words for screen readers. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const p = Math.max(0, Math.min(100, percent));
  return (
    <span className="rl-progress" role="img" aria-label={label}>
      <span style={{ width: `${p}%` }} />
    </span>
  );
}
