import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { isKnownRole } from '../../auth/roles';
import { OwnContacts } from '../../privacy/contact/OwnContacts';
import { getMe } from '../api/getMe';

export default function MePage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const me = useAsync((signal) => getMe(api, signal), [api]);
  useDocumentTitle(t('me.title'));

  return (
    <section className="page">
      <h1>{t('me.title')}</h1>
      {me.status === 'loading' ? <Loading /> : null}
      {me.status === 'error' ? (
        <ErrorState error={me.error} onRetry={me.reload} onLogin={() => void auth.login()} />
      ) : null}
      {me.status === 'success' ? (
        <dl className="facts">
          <Fact label={t('me.username')}>{me.data.username}</Fact>
          <Fact label={t('me.name')}>{me.data.name ?? t('me.none')}</Fact>
          <Fact label={t('me.roles')}>
            {me.data.roles.length === 0 ? (
              t('me.none')
            ) : (
              <ul className="tags">
                {me.data.roles.map((role) => (
                  <li key={role} className="tag">
                    {isKnownRole(role) ? t(`roles.${role}`) : role}
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact label={t('me.orgUnit')}>{me.data.orgUnit ? me.data.orgUnit.name : t('me.none')}</Fact>
          <Fact label={t('me.ward')}>{me.data.ward ? me.data.ward.name : t('me.none')}</Fact>
          <Fact label={t('me.body')}>{me.data.body ? me.data.body.name : t('me.none')}</Fact>
          {me.data.overseenBodies > 0 ? (
            <Fact label={t('me.oversight')}>{t('me.overseen', { count: me.data.overseenBodies })}</Fact>
          ) : null}
        </dl>
      ) : null}
      {me.status === 'success' && me.data.roles.includes('citizen') ? <OwnContacts /> : null}
    </section>
  );
}
