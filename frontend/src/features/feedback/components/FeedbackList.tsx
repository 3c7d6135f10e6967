import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { formatDate, zonedParts } from '../../plans/format';
import type { Feedback } from '../api/types';
import { StatusBadge } from './StatusSteps';

const dayOf = (iso: string) => formatDate(zonedParts(iso)?.date ?? iso);
const placeOf = (f: Feedback) => [f.village?.name, f.ward?.name].filter(Boolean).join(', ');

/** Cards on a phone, a table on a desk; each title opens the item. */
export function FeedbackList({ items }: { items: Feedback[] }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 56em)');
  if (items.length === 0) return <p className="muted">{t('feedback.list.empty')}</p>;
  if (!wide) {
    return (
      <ul className="participant-cards fb-cards">
        {items.map((f) => (
          <li key={f.id} className="participant-card fb-card">
            <div className="participant-card__head">
              <StatusBadge status={f.status} />
              <span className="muted" translate="no">
                {f.trackingCode}
              </span>
            </div>
            <h3 className="participant-card__name">
              <Link to={`/feedback/${f.id}`}>{f.title}</Link>
            </h3>
            <dl className="participant-card__facts">
              <dt>{t('feedback.field.kind')}</dt>
              <dd>
                {t(`feedback.kind.${f.kind}`)} · {t(`feedback.channel.${f.channel}`)}
              </dd>
              {placeOf(f) ? (
                <>
                  <dt>{t('feedback.field.place')}</dt>
                  <dd>{placeOf(f)}</dd>
                </>
              ) : null}
              <dt>{t('feedback.field.focusArea')}</dt>
              <dd>{f.focusArea?.title ?? <span className="muted">{t('feedback.notYet')}</span>}</dd>
              <dt>{t('feedback.field.unit')}</dt>
              <dd>{f.unit?.name ?? <span className="muted">{t('feedback.notYet')}</span>}</dd>
              <dt>{t('feedback.field.receivedAt')}</dt>
              <dd>{dayOf(f.createdAt)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table fb-table">
        <caption className="visually-hidden">{t('feedback.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.field.title')}</th>
            <th scope="col">{t('feedback.field.status')}</th>
            <th scope="col">{t('feedback.field.kind')}</th>
            <th scope="col">{t('feedback.field.place')}</th>
            <th scope="col">{t('feedback.field.focusArea')}</th>
            <th scope="col">{t('feedback.field.unit')}</th>
            <th scope="col">{t('feedback.field.receivedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <Link to={`/feedback/${f.id}`}>{f.title}</Link>
                <br />
                <span className="muted" translate="no">
                  {f.trackingCode}
                </span>
              </th>
              <td>
                <StatusBadge status={f.status} />
              </td>
              <td>
                {t(`feedback.kind.${f.kind}`)}
                <br />
                <span className="muted">{t(`feedback.channel.${f.channel}`)}</span>
              </td>
              <td>{placeOf(f)}</td>
              <td>{f.focusArea?.title ?? ''}</td>
              <td>{f.unit?.name ?? ''}</td>
              <td>{dayOf(f.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
