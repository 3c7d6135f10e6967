import { useTranslation } from 'react-i18next';
import { standingLabel, type RulingDeadline } from '../lib/rulingStanding';

/** Where a ruling stands, as a badge; the same words on every page (see standingLabel). */
export function StandingBadge({ deadline }: { deadline: RulingDeadline }) {
  const { t } = useTranslation();
  return <span className={`badge standing standing--${deadline.standing.toLowerCase()}`}>{standingLabel(t, deadline)}</span>;
}
