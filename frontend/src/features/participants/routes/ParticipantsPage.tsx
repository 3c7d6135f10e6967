import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useCursorList } from '../../../lib/useCursorList';
import { LoadMore } from '../../../ui/LoadMore';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { canReadPlans } from '../../auth/roles';
import { getOrgUnitTree } from '../../orgunits/api/orgUnits';
import { formatDateTime } from '../../plans/format';
import { downloadExport, getComposition, listInvitations, listParticipants, setRsvp, type ExportKind } from '../api/participants';
import type { InvitationBatch, Participant, ParticipantQuery, RsvpStatus } from '../api/types';
import { AddParticipantForm } from '../components/AddParticipantForm';
import { CompositionPanel } from '../components/CompositionPanel';
import { InvitationBatches } from '../components/InvitationBatches';
import { InvitationForm } from '../components/InvitationForm';
import { ParticipantDetails } from '../components/ParticipantDetails';
import { ParticipantList } from '../components/ParticipantList';
import { PendingRegistrations } from '../components/PendingRegistrations';
import { canManageParticipants, PARTICIPANT_KINDS, PARTICIPANT_LEVELS, RSVP_STATUSES, seesParticipantsData } from '../labels';
import { loadPlanHeader } from '../planTitle';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'kind', 'level', 'groupId', 'rsvp', 'invited', 'attended'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function readQuery(params: URLSearchParams): ParticipantQuery {
  const str = (k: string) => params.get(k)?.trim() || undefined;
  const bool = (k: string) => (params.get(k) === 'true' ? true : params.get(k) === 'false' ? false : undefined);
  const groupId = params.get('groupId');
  return {
    q: str('q'),
    kind: str('kind') as ParticipantQuery['kind'],
    level: str('level') as ParticipantQuery['level'],
    groupId: groupId && /^\d+$/.test(groupId) ? Number(groupId) : undefined,
    rsvp: str('rsvp') as ParticipantQuery['rsvp'],
    invited: bool('invited'),
    attended: bool('attended'),
    size: PAGE_SIZE,
  };
}

/** The office's (and a ward officer's) page for who comes: composition, list, additions, invitations, exports. */
export default function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const queryKey = JSON.stringify(query);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const canManage = canManageParticipants(auth.roles);
  const canSeePending = seesParticipantsData(auth.roles);
  // On a phone the filters fold away (open when some are in use); on a desk they stay open.
  const wide = useMediaQuery('(min-width: 56em)');

  const plan = useAsync((signal) => loadPlanHeader(api, id, signal), [api, id]);
  const composition = useAsync((signal) => getComposition(api, id, signal), [api, id, version]);
  const list = useCursorList((after, signal) => listParticipants(api, id, { ...query, after }, signal), `${id}:${queryKey}:${version}`);
  const batches = useAsync((signal) => listInvitations(api, id, signal), [api, id, version]);
  const [adding, setAdding] = useState(false);
  const units = useAsync((signal) => (adding ? getOrgUnitTree(api, signal) : Promise.resolve([])), [api, adding]);

  const [filters, setFilters] = useState<Filters>(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [inviting, setInviting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [changed, setChanged] = useState<Record<number, Participant>>({});
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  const [detailsId, setDetailsId] = useState<number | null>(null);
  // Consents: the office and ward officers (for their ward); the change audit: those who read plans.
  const keepsConsents = auth.roles.includes('secretariat') || auth.roles.includes('ward');
  const readsHistory = canReadPlans(auth.roles);

  const title = t('participants.title');
  useDocumentTitle(plan.status === 'success' ? `${title}: ${plan.data.title}` : title);
  const lang = i18n.resolvedLanguage ?? 'vi';

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v.trim()) next.set(k, v.trim());
    setParams(next);
    setSelected(new Set());
  };
  const clear = () => {
    setFilters(Object.fromEntries(FILTERS.map((k) => [k, ''])) as Filters);
    setParams(new URLSearchParams());
    setSelected(new Set());
  };
  const setF = (k: keyof Filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [k]: e.target.value }));

  const items = list.status === 'success' ? list.items.map((p) => (changed[p.id] && changed[p.id].version >= p.version ? changed[p.id] : p)) : [];
  const uninvited = items.filter((p) => !p.invitation);
  const detailsOf = items.find((p) => p.id === detailsId) ?? null;
  const groups = composition.status === 'success' ? composition.data.groups : [];

  const onRsvp = async (p: Participant, response: RsvpStatus) => {
    setBusyId(p.id);
    setError(null);
    try {
      const next = await setRsvp(api, id, p.id, { response });
      setChanged((c) => ({ ...c, [next.id]: next }));
      setNotice(t('participants.list.rsvpSaved', { name: next.displayName, status: t(`participants.rsvp.${next.rsvp}`) }));
      composition.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusyId(null);
    }
  };

  const onIssued = (batch: InvitationBatch) => {
    setInviting(false);
    setSelected(new Set());
    setNotice(t('participants.invite.issued', { count: batch.participantCount, number: batch.number }));
    setError(null);
    refresh();
  };

  const exportFile = async (kind: ExportKind) => {
    setExporting(kind);
    setError(null);
    try {
      await downloadExport(api, id, kind);
    } catch (e) {
      setError(e);
    } finally {
      setExporting(null);
    }
  };

  const toggle = (pid: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(pid);
      else next.delete(pid);
      return next;
    });
  const allSelected = uninvited.length > 0 && uninvited.every((p) => selected.has(p.id));

  return (
    <div className="page participants-page">
      <p className="breadcrumb">
        <Link to={canReadPlans(auth.roles) ? `/plans/${id}` : '/'}>{canReadPlans(auth.roles) ? t('participants.backToPlan') : t('auth.backHome')}</Link>
      </p>
      <h1>{title}</h1>
      {plan.status === 'success' ? (
        <p className="participants-page__plan">
          <strong>{plan.data.title}</strong>
          {plan.data.sessionAt ? <span className="muted"> — {formatDateTime(plan.data.sessionAt, lang)}</span> : null}
        </p>
      ) : null}
      {plan.status === 'error' ? <ErrorState error={plan.error} onRetry={plan.reload} onLogin={() => void auth.login()} /> : null}
      {canManage ? (
        <p>
          <Link className="btn btn--primary" to={`/plans/${id}/check-in`}>
            {t('participants.checkInLink')}
          </Link>
        </p>
      ) : null}

      {notice ? (
        <Alert tone="success" live="polite">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} onLogin={() => void auth.login()} /> : null}

      {composition.status === 'loading' ? <Loading /> : null}
      {composition.status === 'error' ? <ErrorState error={composition.error} onRetry={composition.reload} onLogin={() => void auth.login()} /> : null}
      {composition.status === 'success' ? <CompositionPanel composition={composition.data} /> : null}

      {canSeePending ? (
        <PendingRegistrations
          planId={id}
          canDecide={canManage}
          history={readsHistory}
          version={version}
          onDecided={(decided) => {
            // A confirmed or separate registration is now on the list and counts toward the composition.
            if (decided.participantId != null) {
              composition.reload();
              list.reload();
            }
          }}
        />
      ) : null}

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('participants.list.title')}</h2>
        <details className="filters-toggle" open={wide || FILTERS.some((k) => params.get(k))}>
          <summary>{t('participants.filters.label')}</summary>
          <form className="filters" role="search" aria-label={t('participants.filters.label')} onSubmit={apply}>
            <Field label={t('participants.filters.q')}>
              <input type="search" value={filters.q} onChange={setF('q')} autoComplete="off" />
            </Field>
            <Field label={t('participants.filters.kind')}>
              <select value={filters.kind} onChange={setF('kind')}>
                <option value="">{t('participants.filters.all')}</option>
                {PARTICIPANT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`participants.kind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('participants.filters.level')}>
              <select value={filters.level} onChange={setF('level')}>
                <option value="">{t('participants.filters.all')}</option>
                {PARTICIPANT_LEVELS.map((k) => (
                  <option key={k} value={k}>
                    {t(`participants.level.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('participants.filters.group')}>
              <select value={filters.groupId} onChange={setF('groupId')}>
                <option value="">{t('participants.filters.all')}</option>
                {groups
                  .filter((g) => g.groupId != null)
                  .map((g) => (
                    <option key={g.groupId} value={String(g.groupId)}>
                      {g.description}
                    </option>
                  ))}
              </select>
            </Field>
            <Field label={t('participants.filters.rsvp')}>
              <select value={filters.rsvp} onChange={setF('rsvp')}>
                <option value="">{t('participants.filters.all')}</option>
                {RSVP_STATUSES.map((k) => (
                  <option key={k} value={k}>
                    {t(`participants.rsvp.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('participants.filters.invited')}>
              <select value={filters.invited} onChange={setF('invited')}>
                <option value="">{t('participants.filters.all')}</option>
                <option value="true">{t('participants.filters.invitedYes')}</option>
                <option value="false">{t('participants.filters.invitedNo')}</option>
              </select>
            </Field>
            <Field label={t('participants.filters.attended')}>
              <select value={filters.attended} onChange={setF('attended')}>
                <option value="">{t('participants.filters.all')}</option>
                <option value="true">{t('participants.filters.attendedYes')}</option>
                <option value="false">{t('participants.filters.attendedNo')}</option>
              </select>
            </Field>
            <div className="actions filters__actions">
              <button type="submit" className="btn btn--primary">
                {t('participants.filters.apply')}
              </button>
              <button type="button" className="btn btn--secondary" onClick={clear}>
                {t('participants.filters.clear')}
              </button>
            </div>
          </form>
        </details>

        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} onLogin={() => void auth.login()} /> : null}
        {list.status === 'success' ? (
          <>
            <p className="muted" role="status">
              {t('participants.list.results', { count: list.total ?? items.length })}
            </p>
            {canManage ? (
              <div className="selection-bar">
                <p className="muted">{t('participants.invite.selectHint')}</p>
                <div className="actions">
                  {uninvited.length > 0 ? (
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={allSelected}
                        onChange={(e) => setSelected(e.target.checked ? new Set(uninvited.map((p) => p.id)) : new Set())}
                      />
                      {t('participants.list.selectAll')}
                    </label>
                  ) : null}
                  <Button onClick={() => setInviting(true)} disabled={selected.size === 0} aria-expanded={inviting}>
                    {t('participants.invite.start', { count: selected.size })}
                  </Button>
                </div>
                {inviting && selected.size > 0 ? (
                  <InvitationForm planId={id} participantIds={[...selected]} onIssued={onIssued} onCancel={() => setInviting(false)} />
                ) : null}
              </div>
            ) : null}
            <ParticipantList
              items={items}
              groups={groups}
              canManage={canManage}
              selected={selected}
              onToggle={toggle}
              onRsvp={(p, r) => void onRsvp(p, r)}
              busyId={busyId}
              onDetails={keepsConsents || readsHistory ? (p) => setDetailsId(detailsId === p.id ? null : p.id) : undefined}
              detailsOf={detailsId}
            />
            <LoadMore list={list} />
            {detailsOf ? (
              <ParticipantDetails participant={detailsOf} consents={keepsConsents} history={readsHistory} onClose={() => setDetailsId(null)} />
            ) : null}
          </>
        ) : null}
      </section>

      {canManage ? (
        <div className="panel">
          <p>
            <Button variant={adding ? 'secondary' : 'primary'} aria-expanded={adding} aria-controls="add-participant" onClick={() => setAdding((a) => !a)}>
              {adding ? t('participants.add.close') : t('participants.add.open')}
            </Button>
          </p>
          <div id="add-participant">
            {adding && units.status === 'loading' ? <Loading /> : null}
            {adding && units.status === 'error' ? <ErrorState error={units.error} onRetry={units.reload} headingLevel={3} /> : null}
            {adding && units.status === 'success' ? (
              <AddParticipantForm
                planId={id}
                units={units.data}
                groups={groups}
                defaultKind={auth.roles.includes('secretariat') ? 'DELEGATE' : 'CITIZEN'}
                onAdded={() => refresh()}
              />
            ) : null}
          </div>
        </div>
      ) : null}

      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading">{t('participants.batches.title')}</h2>
        {batches.status === 'loading' ? <Loading /> : null}
        {batches.status === 'error' ? <ErrorState error={batches.error} onRetry={batches.reload} headingLevel={3} /> : null}
        {batches.status === 'success' ? <InvitationBatches planId={id} batches={batches.data} canPrint={seesParticipantsData(auth.roles)} onError={setError} /> : null}
      </section>

      <section aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t('participants.exports.title')}</h2>
        <ul className="export-links">
          {(['csv', 'xlsx', 'attendance'] as const).map((k) => (
            <li key={k}>
              <button type="button" className="btn btn--secondary" disabled={exporting === k} onClick={() => void exportFile(k)}>
                {exporting === k ? t('participants.exports.downloading') : t(`participants.exports.${k}`)}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
