import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { Fact } from '../../../ui/Fact';
import { formatDate, zonedParts } from '../../plans/format';
import type { Feedback } from '../api/types';
import { ItemBadges } from './Badges';
import { StatusBadge } from './StatusSteps';

const dayOf = (iso: string) => formatDate(zonedParts(iso)?.date ?? iso);
const placeOf = (f: Feedback) => [f.village?.name, f.ward?.name].filter(Boolean).join(', ');

/** The office picks items for a bulk action; a failed one shows why next to it. */
export interface ListSelection {
  selected: ReadonlySet<number>;
  toggle: (id: number) => void;
  failures: ReadonlyMap<number, string>;
}

/** Cards on a phone, a table on a desk; each title opens the item. */
export function FeedbackList({ items, selection }: { items: Feedback[]; selection?: ListSelection }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 56em)');
  if (items.length === 0) return <p className="muted">{t('feedback.list.empty')}</p>;
  const pick = (f: Feedback) =>
    selection ? (
      <input
        type="checkbox"
        className="fb-pick"
        checked={selection.selected.has(f.id)}
        onChange={() => selection.toggle(f.id)}
        aria-label={t('feedback.bulk.pick', { title: f.title })}
      />
    ) : null;
  const failure = (f: Feedback) =>
    selection?.failures.has(f.id) ? (
      <p className="field__error fb-failure" id={`fail-${f.id}`}>
        {selection.failures.get(f.id)}
      </p>
    ) : null;
  if (!wide) {
    return (
      <ul className="participant-cards fb-cards">
        {items.map((f) => (
          <li key={f.id} className={`participant-card fb-card${selection?.failures.has(f.id) ? ' fb-card--failed' : ''}`}>
            <div className="participant-card__head">
              {pick(f)}
              <StatusBadge status={f.status} />
              <span className="muted" translate="no">
                {f.trackingCode}
              </span>
            </div>
            <h3 className="participant-card__name">
              <Link to={`/feedback/${f.id}`}>{f.title}</Link>
            </h3>
            <ItemBadges item={f} />
            {failure(f)}
            <dl className="participant-card__facts">
              <Fact label={t('feedback.field.kind')}>
                {t(`feedback.kind.${f.kind}`)} · {t(`feedback.channel.${f.channel}`)}
              </Fact>
              <Fact label={t('feedback.field.place')}>{placeOf(f)}</Fact>
              <Fact label={t('feedback.field.focusArea')}>{f.focusArea?.title ?? <span className="muted">{t('feedback.notYet')}</span>}</Fact>
              <Fact label={t('feedback.field.unit')}>{f.unit?.name ?? <span className="muted">{t('feedback.notYet')}</span>}</Fact>
              <Fact label={t('feedback.field.receivedAt')}>{dayOf(f.createdAt)}</Fact>
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="table-scroll" role="region" aria-label={t('feedback.list.caption')} tabIndex={0}>
      <table className="data-table fb-table">
        <caption className="visually-hidden">{t('feedback.list.caption')}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col">
                <span className="visually-hidden">{t('feedback.bulk.pickColumn')}</span>
              </th>
            ) : null}
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
            <tr key={f.id} className={selection?.failures.has(f.id) ? 'fb-row--failed' : undefined}>
              {selection ? <td>{pick(f)}</td> : null}
              <th scope="row">
                <Link to={`/feedback/${f.id}`}>{f.title}</Link>
                <br />
                <span className="muted" translate="no">
                  {f.trackingCode}
                </span>
                <ItemBadges item={f} />
                {failure(f)}
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
