import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { useAuth } from '../AuthProvider';

/** Shown when the session ended by itself: refresh failed, token expired or the API said 401. */
export function SessionExpiredNotice() {
  const { t } = useTranslation();
  const { login } = useAuth();
  return (
    <Alert tone="warning" live="assertive">
      <p className="alert__lead">{t('auth.sessionExpired')}</p>
      <div className="actions">
        <Button onClick={() => void login()}>{t('auth.login')}</Button>
      </div>
    </Alert>
  );
}
