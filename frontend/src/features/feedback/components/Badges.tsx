import { useTranslation } from 'react-i18next';
import type { Feedback } from '../api/types';

/** "4 ý kiến · 3 công dân ở 2 phường": a merged group's counts, in words. */
export function useGroupWords() {
  const { t } = useTranslation();
  return (m: { count: number; submitters: number; wards: number }) =>
    `${t('feedback.merged.items', { count: m.count })} · ${t('feedback.merged.people', { count: m.submitters, wards: t('feedback.merged.wards', { count: m.wards }) })}`;
}

/** The marks an item carries in lists: raised before and still open, a group of duplicates, merged into another. */
export function ItemBadges({ item }: { item: Pick<Feedback, 'raisedBeforeUnresolved' | 'merged' | 'mergedIntoId'> }) {
  const { t } = useTranslation();
  const groupWords = useGroupWords();
  if (!item.raisedBeforeUnresolved && !item.merged && !item.mergedIntoId) return null;
  return (
    <span className="fb-badges">
      {item.raisedBeforeUnresolved ? <span className="badge badge--raised">{t('feedback.raisedBefore.badge')}</span> : null}
      {item.merged ? <span className="badge badge--group">{groupWords(item.merged)}</span> : null}
      {item.mergedIntoId ? <span className="badge">{t('feedback.merged.member')}</span> : null}
    </span>
  );
}
