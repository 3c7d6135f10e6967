import { useTranslation } from 'react-i18next';
import type { Composition, GroupCount } from '../api/types';
import { flaggedGroups, groupFlag } from '../composition';

function groupName(t: (k: string) => string, g: GroupCount): string {
  return g.groupId == null ? t('participants.composition.noGroup') : g.description;
}

/**
 * The plan's composition against the people listed: per group, target vs participants, invited,
 * confirmed and attended. Groups with nobody or below target are flagged in words, not only colour.
 */
export function CompositionPanel({ composition, headingId = 'composition-heading' }: { composition: Composition; headingId?: string }) {
  const { t } = useTranslation();
  const flagged = flaggedGroups(composition.groups);
  const rows = [...composition.groups, composition.total];
  return (
    <section className="composition" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participants.composition.title')}</h2>
      {flagged.length > 0 ? (
        <p className="composition__summary composition__summary--warn">
          <span aria-hidden="true">⚠ </span>
          {t('participants.composition.flaggedSummary', { count: flagged.length, names: flagged.map((g) => g.description).join('; ') })}
        </p>
      ) : (
        <p className="composition__summary">{t('participants.composition.allOk')}</p>
      )}
      <div className="table-scroll" role="region" aria-label={t('participants.composition.tableLabel')} tabIndex={0}>
        <table className="data-table composition__table">
          <caption className="visually-hidden">{t('participants.composition.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participants.composition.group')}</th>
              <th scope="col" className="num">{t('participants.composition.target')}</th>
              <th scope="col" className="num">{t('participants.composition.participants')}</th>
              <th scope="col" className="num">{t('participants.composition.invited')}</th>
              <th scope="col" className="num">{t('participants.composition.confirmed')}</th>
              <th scope="col" className="num">{t('participants.composition.attended')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g, i) => {
              const isTotal = i === rows.length - 1;
              const flag = isTotal || g.groupId == null ? 'ok' : groupFlag(g);
              return (
                <tr key={isTotal ? 'total' : (g.groupId ?? 'none')} className={`composition__row composition__row--${flag}${isTotal ? ' composition__row--total' : ''}`}>
                  <th scope="row">
                    {isTotal ? t('participants.composition.total') : groupName(t, g)}
                    {g.level && !isTotal ? <span className="composition__level"> ({t(`participants.level.${g.level}`)})</span> : null}
                    {flag !== 'ok' ? (
                      <span className={`flag flag--${flag}`}>
                        <span aria-hidden="true">⚠ </span>
                        {t(`participants.composition.${flag}`)}
                      </span>
                    ) : null}
                  </th>
                  <td className="num">{g.target ?? '—'}</td>
                  <td className="num">{g.participants}</td>
                  <td className="num">{g.invited}</td>
                  <td className="num">{g.confirmed}</td>
                  <td className="num">{g.attended}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
