import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { Fact } from '../../../ui/Fact';
import { formatDate, zonedParts } from '../../plans/format';
import type { GroupCount, Participant, RsvpStatus } from '../api/types';

export interface ListProps {
  items: Participant[];
  groups: GroupCount[];
  /** Staff who may answer for people and issue invitations. */
  canManage: boolean;
  selected: ReadonlySet<number>;
  onToggle: (id: number, on: boolean) => void;
  onRsvp: (p: Participant, response: RsvpStatus) => void;
  busyId: number | null;
  /** Opens a participant's consents and change history, for those who may see either. */
  onDetails?: (p: Participant) => void;
  detailsOf?: number | null;
}

export function timeOf(iso: string | null | undefined): string {
  return iso ? (zonedParts(iso)?.time ?? '') : '';
}

function useRowParts(props: ListProps) {
  const { t } = useTranslation();
  const groupOf = (p: Participant) => props.groups.find((g) => g.groupId != null && g.groupId === p.groupId)?.description ?? t('participants.composition.noGroup');
  const place = (p: Participant) => [p.village?.name, p.ward?.name].filter(Boolean).join(', ') || p.organisation?.name || '';
  const name = (p: Participant) => (
    <>
      <span className="participant__name">{p.displayName}</span>
      {p.title ? <span className="muted">, {p.title}</span> : null}
    </>
  );
  const details = (p: Participant) =>
    props.onDetails ? (
      <button
        type="button"
        className="btn btn--ghost btn--small participant__details"
        aria-expanded={props.detailsOf === p.id}
        aria-controls="participant-details"
        onClick={() => props.onDetails?.(p)}
      >
        {t('participants.details.open')}
        <span className="visually-hidden">: {p.displayName}</span>
      </button>
    ) : null;
  const invitation = (p: Participant) =>
    p.invitation ? (
      <>
        {t('participants.list.invitationNo', { number: p.invitation.number, date: formatDate(p.invitation.issuedOn) })}
        {p.invitation.late ? <span className="tag tag--late"> {t('participants.list.late')}</span> : null}
      </>
    ) : (
      <span className="muted">{t('participants.list.notInvited')}</span>
    );
  const attendance = (p: Participant) =>
    p.checkedInAt ? (
      <span className="tag tag--present">{t('participants.list.checkedIn', { time: timeOf(p.checkedInAt) })}</span>
    ) : (
      <span className="muted">{t('participants.list.notCheckedIn')}</span>
    );
  const select = (p: Participant) =>
    props.canManage && !p.invitation ? (
      <label className="check participant__select">
        <input type="checkbox" checked={props.selected.has(p.id)} onChange={(e) => props.onToggle(p.id, e.target.checked)} />
        <span className="visually-hidden">{t('participants.list.select', { name: p.displayName })}</span>
      </label>
    ) : null;
  const rsvp = (p: Participant) => (
    <div className="rsvp-cell">
      <span className={`rsvp rsvp--${p.rsvp.toLowerCase()}`}>{t(`participants.rsvp.${p.rsvp}`)}</span>
      {props.canManage ? (
        <span className="rsvp-cell__buttons">
          <button
            type="button"
            className="btn btn--secondary btn--small"
            aria-pressed={p.rsvp === 'ACCEPTED'}
            disabled={props.busyId === p.id}
            onClick={() => props.onRsvp(p, p.rsvp === 'ACCEPTED' ? 'PENDING' : 'ACCEPTED')}
          >
            {t('participants.list.accept')}
            <span className="visually-hidden">: {p.displayName}</span>
          </button>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            aria-pressed={p.rsvp === 'DECLINED'}
            disabled={props.busyId === p.id}
            onClick={() => props.onRsvp(p, p.rsvp === 'DECLINED' ? 'PENDING' : 'DECLINED')}
          >
            {t('participants.list.decline')}
            <span className="visually-hidden">: {p.displayName}</span>
          </button>
        </span>
      ) : null}
    </div>
  );
  return { t, groupOf, place, name, details, invitation, attendance, select, rsvp };
}

/** The participants as cards on a phone and as a table from 56em up; one layout in the DOM at a time. */
export function ParticipantList(props: ListProps) {
  const wide = useMediaQuery('(min-width: 56em)');
  const r = useRowParts(props);
  const { t } = r;
  if (props.items.length === 0) return <p className="muted">{t('participants.list.empty')}</p>;

  if (!wide) {
    return (
      <ul className="participant-cards">
        {props.items.map((p) => (
          <li key={p.id} className={`participant-card${p.checkedInAt ? ' participant-card--present' : ''}`}>
            <div className="participant-card__head">
              {r.select(p)}
              <h3 className="participant-card__name">{r.name(p)}</h3>
            </div>
            <dl className="participant-card__facts">
              <Fact label={t('participants.list.kindLevel')}>
                {t(`participants.kind.${p.kind}`)} · {t(`participants.level.${p.level}`)}
              </Fact>
              <Fact label={t('participants.list.group')}>{r.groupOf(p)}</Fact>
              <Fact label={t('participants.list.ward')}>{r.place(p)}</Fact>
              {p.phone ? (
                <Fact label={t('participants.list.contact')}>
                  <a href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</a>
                </Fact>
              ) : null}
              <Fact label={t('participants.list.invitation')}>{r.invitation(p)}</Fact>
              <Fact label={t('participants.list.attendance')}>{r.attendance(p)}</Fact>
              <Fact label={t('participants.list.matter')}>{p.matter}</Fact>
            </dl>
            {r.rsvp(p)}
            {r.details(p)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="table-scroll" role="region" aria-label={t('participants.list.caption')} tabIndex={0}>
      <table className="data-table participant-table">
        <caption className="visually-hidden">{t('participants.list.caption')}</caption>
        <thead>
          <tr>
            {props.canManage ? (
              <th scope="col">
                <span className="visually-hidden">{t('participants.list.selectColumn')}</span>
              </th>
            ) : null}
            <th scope="col">{t('participants.list.name')}</th>
            <th scope="col">{t('participants.list.kindLevel')}</th>
            <th scope="col">{t('participants.list.group')}</th>
            <th scope="col">{t('participants.list.ward')}</th>
            <th scope="col">{t('participants.list.contact')}</th>
            <th scope="col">{t('participants.list.invitation')}</th>
            <th scope="col">{t('participants.list.rsvpColumn')}</th>
            <th scope="col">{t('participants.list.attendance')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((p) => (
            <tr key={p.id}>
              {props.canManage ? <td>{r.select(p)}</td> : null}
              <th scope="row">
                {r.name(p)}
                {p.matter ? <p className="participant__matter">{p.matter}</p> : null}
                {r.details(p)}
              </th>
              <td>
                {t(`participants.kind.${p.kind}`)}
                <br />
                <span className="muted">{t(`participants.level.${p.level}`)}</span>
              </td>
              <td>{r.groupOf(p)}</td>
              <td>{r.place(p)}</td>
              <td>{p.phone ? <a href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</a> : null}</td>
              <td>{r.invitation(p)}</td>
              <td>{r.rsvp(p)}</td>
              <td>{r.attendance(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
