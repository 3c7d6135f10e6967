import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';

/** 412: someone else saved the plan since we read it. Nothing was changed; offer to reload. */
export function StaleNotice({ onReload, message }: { onReload: () => void; message?: string }) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={t('plans.detail.staleTitle')} live="assertive">
      <p>{message ?? t('plans.detail.stale')}</p>
      <div className="actions">
        <Button onClick={onReload}>{t('plans.detail.reload')}</Button>
      </div>
    </Alert>
  );
}
