import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { isKnownRole } from '../../auth/roles';
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
          <dt>{t('me.username')}</dt>
          <dd>{me.data.username}</dd>
          <dt>{t('me.name')}</dt>
          <dd>{me.data.name ?? t('me.none')}</dd>
          <dt>{t('me.roles')}</dt>
          <dd>
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
          </dd>
          <dt>{t('me.orgUnit')}</dt>
          <dd>{me.data.orgUnit ? `${me.data.orgUnit.name} (${me.data.orgUnit.code})` : t('me.none')}</dd>
          <dt>{t('me.ward')}</dt>
          <dd>{me.data.ward ? `${me.data.ward.name} (${me.data.ward.code})` : t('me.none')}</dd>
        </dl>
      ) : null}
    </section>
  );
}
