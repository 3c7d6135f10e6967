import { useTranslation } from 'react-i18next';
import type { NoticeGroup } from '../api/notice';

/** The issued rulings as the notice will word them, by the plan's focus areas. */
export function RulingsPreview({ groups }: { groups: NoticeGroup[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="muted">{t('notice.preview.none')}</p>;
  return (
    <ol className="notice-groups">
      {groups.map((g) => (
        <li key={g.focusAreaId ?? 'other'}>
          <h3>{g.focusAreaId == null ? t('notice.preview.other') : g.title}</h3>
          <ul className="notice-rulings">
            {g.rulings.map((r) => (
              <li key={r.rulingId}>
                <span className="muted">{t('notice.preview.ruling', { number: r.number, type: t(`notice.type.${r.type}`) })}</span>
                {r.matters.length > 0 ? (
                  <>
                    {' '}
                    <em>{t('notice.preview.about', { matters: r.matters.join('; ') })}</em>
                  </>
                ) : null}{' '}
                {r.text}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
