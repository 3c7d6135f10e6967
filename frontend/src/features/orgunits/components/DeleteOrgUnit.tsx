import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useSubmission } from '../../../lib/api/useSubmission';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { deleteOrgUnit } from '../api/orgUnits';

/** Deletes a unit without units under it, after asking once; a unit with history is retired instead. */
export function DeleteOrgUnit({ unit, onDeleted }: { unit: OrgUnit; onDeleted: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, error, submit } = useSubmission([]);
  const [confirming, setConfirming] = useState(false);

  async function remove() {
    const done = await submit(async () => {
      await deleteOrgUnit(api, unit);
      return true;
    });
    if (done) onDeleted();
    else setConfirming(false);
  }

  return (
    <div>
      <p className="muted">{t('orgUnits.deleteIntro')}</p>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {confirming ? (
        <div className="confirm-panel">
          <p>{t('orgUnits.deleteConfirm', { name: unit.name })}</p>
          <div className="actions">
            <Button disabled={busy} onClick={() => void remove()}>
              {t('orgUnits.deleteYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('orgUnits.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('orgUnits.delete', { name: unit.name })}
        </Button>
      )}
    </div>
  );
}
