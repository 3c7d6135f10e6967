import { useEffect, useRef, useState } from 'react';
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

/** A plan's name for the plan column of a list across plans. */
export type PlanNames = ReadonlyMap<number, string>;

/**
 * Compact cards on a phone (a line of status and date, the title, the rest on tap); on a desk, one-line rows with the
 * plan column across plans, each opening a side panel with the item's details (the title still opens its page).
 */
export function FeedbackList({ items, selection, plans }: { items: Feedback[]; selection?: ListSelection; plans?: PlanNames }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 56em)');
  const [open, setOpen] = useState<Feedback | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Phone cards opened on tap to show the rest.
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggleCard = (id: number) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
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
  const planOf = (f: Feedback) => plans?.get(f.planId);
  if (!wide) {
    return (
      <ul className="fb-cards">
        {items.map((f) => (
          <li key={f.id} className={`fb-card${selection?.failures.has(f.id) ? ' fb-card--failed' : ''}`}>
            <p className="fb-card__line">
              {pick(f)}
              <StatusBadge status={f.status} />
              <span className="fb-card__date">{dayOf(f.createdAt)}</span>
              <button
                type="button"
                className="link-button fb-card__toggle"
                aria-expanded={expanded.has(f.id)}
                aria-controls={`fb-card-more-${f.id}`}
                onClick={() => toggleCard(f.id)}
              >
                {t('feedback.list.more')}
              </button>
            </p>
            <h3 className="fb-card__title">
              <Link to={`/feedback/${f.id}`}>{f.title}</Link>
            </h3>
            {failure(f)}
            <div className="fb-card__more" id={`fb-card-more-${f.id}`} hidden={!expanded.has(f.id)}>
              <p className="muted fb-card__code" translate="no">
                {f.trackingCode}
              </p>
              <ItemBadges item={f} />
              <dl className="participant-card__facts">
                {plans ? <Fact label={t('feedback.list.plan')}>{planOf(f)}</Fact> : null}
                <Fact label={t('feedback.field.kind')}>
                  {t(`feedback.kind.${f.kind}`)} · {t(`feedback.channel.${f.channel}`)}
                </Fact>
                <Fact label={t('feedback.field.place')}>{placeOf(f)}</Fact>
                <Fact label={t('feedback.field.focusArea')}>{f.focusArea?.title ?? <span className="muted">{t('feedback.notYet')}</span>}</Fact>
                <Fact label={t('feedback.field.unit')}>{f.unit?.name ?? <span className="muted">{t('feedback.notYet')}</span>}</Fact>
              </dl>
            </div>
          </li>
        ))}
      </ul>
    );
  }
  const show = (f: Feedback, from: HTMLElement) => {
    opener.current = from;
    setOpen(f);
  };
  return (
    <>
      <div className="table-scroll" role="region" aria-label={t('feedback.list.caption')} tabIndex={0}>
        <table className="data-table fb-table fb-table--compact">
          <caption className="visually-hidden">{t('feedback.list.caption')}</caption>
          <thead>
            <tr>
              {selection ? (
                <th scope="col" className="fb-col--pick">
                  <span className="visually-hidden">{t('feedback.bulk.pickColumn')}</span>
                </th>
              ) : null}
              <th scope="col" className="fb-col--code">{t('feedback.list.code')}</th>
              <th scope="col" className="fb-col--title">{t('feedback.field.title')}</th>
              {plans ? <th scope="col" className="fb-col--plan">{t('feedback.list.plan')}</th> : null}
              <th scope="col" className="fb-col--status">{t('feedback.field.status')}</th>
              <th scope="col" className="fb-col--place">{t('feedback.field.place')}</th>
              <th scope="col" className="fb-col--unit">{t('feedback.field.unit')}</th>
              <th scope="col" className="fb-col--date">{t('feedback.field.receivedAt')}</th>
              <th scope="col" className="fb-col--view">
                <span className="visually-hidden">{t('feedback.list.quickView')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr
                key={f.id}
                className={`fb-row${selection?.failures.has(f.id) ? ' fb-row--failed' : ''}${open?.id === f.id ? ' fb-row--open' : ''}`}
                onClick={(e) => {
                  // The whole row opens the panel, except what does something of its own (the link, the check box).
                  const target = e.target as HTMLElement;
                  if (target.closest('a, button, input, label')) return;
                  show(f, e.currentTarget.querySelector<HTMLElement>('.fb-row__view') ?? e.currentTarget);
                }}
              >
                {selection ? <td>{pick(f)}</td> : null}
                <td className="fb-row__code" translate="no">
                  {f.trackingCode}
                </td>
                <th scope="row" className="fb-row__title">
                  <Link to={`/feedback/${f.id}`} title={f.title}>
                    {f.title}
                  </Link>
                  {failure(f)}
                </th>
                {plans ? <td className="fb-row__plan">{planOf(f)}</td> : null}
                <td>
                  <StatusBadge status={f.status} />
                </td>
                <td className="fb-row__clip">{placeOf(f)}</td>
                <td className="fb-row__clip">{f.unit?.name ?? ''}</td>
                <td className="fb-row__date">{dayOf(f.createdAt)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn--secondary btn--small fb-row__view"
                    aria-label={t('feedback.list.quickViewOf', { title: f.title })}
                    aria-haspopup="dialog"
                    onClick={(e) => show(f, e.currentTarget)}
                  >
                    {t('feedback.list.quickView')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open ? (
        <FeedbackPanel
          item={open}
          plan={planOf(open)}
          onClose={() => {
            setOpen(null);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

/** The item's details beside the list: Escape or the close button shuts it and focus goes back to its row. */
function FeedbackPanel({ item: f, plan, onClose }: { item: Feedback; plan?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    // Into the panel, on its close button: Escape and Tab then work from there, wherever the panel was opened from.
    dialog.querySelector<HTMLElement>('.side-panel__close')?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, [f.id]);
  // Out of the modal state first: focus cannot go back to the row while the rest of the page is still inert.
  const close = () => {
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    onClose();
  };
  const titleId = `fb-panel-title-${f.id}`;
  return (
    <dialog
      ref={ref}
      className="side-panel"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog itself, outside its content) closes it.
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="side-panel__body">
        <div className="side-panel__head">
          <h2 id={titleId}>{f.title}</h2>
          <button type="button" className="btn btn--secondary btn--small side-panel__close" onClick={close}>
            {t('feedback.list.panelClose')}
          </button>
        </div>
        <p className="fb-card__line">
          <StatusBadge status={f.status} />
          <span translate="no">{f.trackingCode}</span>
        </p>
        <ItemBadges item={f} />
        <dl className="participant-card__facts">
          {plan ? <Fact label={t('feedback.list.plan')}>{plan}</Fact> : null}
          <Fact label={t('feedback.field.kind')}>
            {t(`feedback.kind.${f.kind}`)} · {t(`feedback.channel.${f.channel}`)}
          </Fact>
          <Fact label={t('feedback.field.place')}>{placeOf(f)}</Fact>
          <Fact label={t('feedback.field.focusArea')}>{f.focusArea?.title ?? <span className="muted">{t('feedback.notYet')}</span>}</Fact>
          <Fact label={t('feedback.field.unit')}>{f.unit?.name ?? <span className="muted">{t('feedback.notYet')}</span>}</Fact>
          <Fact label={t('feedback.field.receivedAt')}>{dayOf(f.createdAt)}</Fact>
        </dl>
        <p className="side-panel__content">{f.content}</p>
        {f.answer?.text ? <p className="side-panel__content">{f.answer.text}</p> : null}
        <p>
          <Link className="btn btn--primary" to={`/feedback/${f.id}`}>
            {t('feedback.list.panelOpen')}
          </Link>
        </p>
      </div>
    </dialog>
  );
}
