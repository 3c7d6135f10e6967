import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../api/types';
import { Fact } from '../../../ui/Fact';
import { formatDate, formatDateTime, formatMonth, planTiming } from '../format';
import { planReference } from '../labels';
import { StatusBadge } from './StatusBadge';

/** Plans as a list of cards (a table does not fit a 360 px phone). */
export function PlanCards({ items, hrefOf, showStatus }: { items: PlanSummary[]; hrefOf: (id: number) => string; showStatus: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  return (
    <ul className="plan-cards">
      {items.map((p) => {
        const ref = planReference(p.number, p.symbol);
        return (
          <li key={p.id} className="plan-card">
            <h2 className="plan-card__title">
              <Link to={hrefOf(p.id)}>{p.title || t('plans.untitled')}</Link>
            </h2>
            <div className="plan-card__meta">
              {showStatus ? (
                <StatusBadge status={p.status} />
              ) : (
                <span className={`tag tag--${planTiming(p)}`}>{t(`plans.timing.${planTiming(p)}`)}</span>
              )}
              <span className="tag">{t(`plans.level.${p.level}`)}</span>
            </div>
            <dl className="facts plan-card__facts">
              <Fact label={t('plans.body')}>{p.body.name}</Fact>
              <Fact label={t('plans.numberSymbol')}>
                {ref || t('plans.noNumber')}
                {p.issueDate ? `, ${formatDate(p.issueDate)}` : ''}
              </Fact>
              <Fact label={t('plans.doc.issuedBy')}>{p.issuingUnit?.name}</Fact>
              <Fact label={t('plans.session')}>
                {p.sessionAt
                  ? formatDateTime(p.sessionAt, lang)
                  : p.plannedMonth
                    ? t('plans.sessionPlanned', { month: formatMonth(p.plannedMonth) })
                    : t('plans.notScheduled')}
              </Fact>
              <Fact label={t('plans.doc.venue')}>{p.venue}</Fact>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
