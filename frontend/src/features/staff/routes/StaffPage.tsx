import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useCursorList } from '../../../lib/useCursorList';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/LoadMore';
import { useAuth } from '../../auth/AuthProvider';
import { getOrgUnitTree } from '../../orgunits/api/orgUnits';
import { readsInstallationTrail } from '../../privacy/audit/readsTrail';
import { getBody, getStaff } from '../api/staff';
import { AdministeredBody } from '../components/AdministeredBody';
import { FoundBodyForm } from '../components/FoundBodyForm';
import { InviteForm } from '../components/InviteForm';
import { StaffCard } from '../components/StaffCard';

/**
 * Cán bộ: a body's administrator manages the body's people (invite by e-mail, roles, disable); the installation's
 * administrator (no body of their own) picks any body to do the same, and founds new bodies.
 */
export default function StaffPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.title'));

  return (
    <section className="page">
      <h1>{t('staff.title')}</h1>
      <p className="muted">{t('staff.intro')}</p>
      <AdministeredBody label={t('staff.body')} hint={t('staff.bodyHint')} adminsOnly={t('staff.adminsOnly')}
        more={(choose) => <FoundBody onFounded={choose} />}>
        {(code) => <BodyStaff code={code} />}
      </AdministeredBody>
    </section>
  );
}

/** The installation's administrator founds a new body, then works on it. */
function FoundBody({ onFounded }: { onFounded: (code: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const tree = useAsync((signal) => getOrgUnitTree(api, signal), [api]);
  return (
    <section className="panel" aria-labelledby="found-body-heading">
      <h2 id="found-body-heading">{t('staff.foundTitle')}</h2>
      <p className="muted">{t('staff.foundIntro')}</p>
      {tree.status === 'error' ? <ErrorState error={tree.error} onRetry={tree.reload} headingLevel={3} /> : null}
      {tree.status === 'success' ? <FoundBodyForm tree={tree.data} onFounded={onFounded} /> : null}
    </section>
  );
}

/** One body's people, with the invitation form. */
function BodyStaff({ code }: { code: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const detail = useAsync((signal) => getBody(api, code, signal), [api, code]);
  const staff = useCursorList((after, signal) => getStaff(api, code, after, signal), code);
  const [message, setMessage] = useState<string | null>(null);

  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <ErrorState error={detail.error} onRetry={detail.reload} />;
  const body = detail.data.body;

  const changed = (_member: StaffMember, text: string) => {
    setMessage(text);
    staff.reload();
  };

  return (
    <>
      <section aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading">{t('staff.listTitle', { body: body.name })}</h2>
        <div role="status" aria-live="polite">
          {message ? <p className="muted">{message}</p> : null}
        </div>
        {staff.status === 'loading' ? <Loading /> : null}
        {staff.status === 'error' ? <ErrorState error={staff.error} onRetry={staff.reload} headingLevel={3} /> : null}
        {staff.status === 'success' ? (
          <>
            <p className="muted">{t('staff.count', { count: staff.total ?? staff.items.length })}</p>
            {staff.items.length > 0 ? (
              <ul className="staff-list">
                {staff.items.map((m) => (
                  <StaffCard
                    key={`${m.id}-${m.version}`}
                    member={m}
                    detail={detail.data}
                    onChanged={changed}
                    history={readsInstallationTrail(auth.roles, auth.body)}
                  />
                ))}
              </ul>
            ) : (
              <p>{t('staff.empty')}</p>
            )}
            <LoadMore list={staff} />
          </>
        ) : null}
      </section>
      {body.retiredOn ? null : (
        <section className="panel" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('staff.inviteTitle')}</h2>
          <p className="muted">{t('staff.inviteIntro')}</p>
          <InviteForm detail={detail.data} onInvited={staff.reload} />
        </section>
      )}
    </>
  );
}
