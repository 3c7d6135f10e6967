import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrgUnit, OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsAuditTrail, readsInstallationTrail } from '../../privacy/audit/readsTrail';
import { formatDate } from '../../plans/format';
import { getOrgUnit, getOrgUnitTree } from '../api/orgUnits';
import { DeleteOrgUnit } from '../components/DeleteOrgUnit';
import { EditOrgUnitForm } from '../components/EditOrgUnitForm';
import { OwnerForm } from '../components/OwnerForm';
import { RetireOrgUnitForm } from '../components/RetireOrgUnitForm';
import { findNode } from '../tree';

/**
 * One unit, for its administrator: what it is, and what they may do with it now (the server's allowedActions):
 * change or move it, record its merger or abolition (with its successor) or take that back, say which body keeps
 * it, delete it. Each form shows the server's messages next to its fields.
 */
export default function OrgUnitPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const navigate = useNavigate();
  const loaded = useAsync(async (signal) => {
    const [unit, tree] = await Promise.all([getOrgUnit(api, code, signal), getOrgUnitTree(api, signal)]);
    return { unit, tree };
  }, [api, code]);
  // The unit as the last change answered it (its new version), over the one loaded.
  const [changed, setChanged] = useState<OrgUnit | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const unit = changed && changed.code === code ? changed : loaded.status === 'success' ? loaded.data.unit : null;
  useDocumentTitle(unit ? unit.name : t('orgUnits.title'));

  const onChanged = (next: OrgUnit, message: string) => {
    setChanged(next);
    setSaved(message);
  };

  return (
    <section className="page">
      <p>
        <Link to="/org-units">{t('orgUnits.backToTree')}</Link>
      </p>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.reload} onLogin={() => void auth.login()} /> : null}
      {unit && loaded.status === 'success' ? (
        <>
          <h1>{unit.name}</h1>
          <UnitFacts unit={unit} tree={loaded.data.tree} />
          {saved ? (
            <Alert tone="success" live="polite">
              <p>{saved}</p>
            </Alert>
          ) : null}
          {unit.allowedActions.length === 0 ? <p className="muted">{t('orgUnits.readOnly')}</p> : null}
          {unit.allowedActions.includes('EDIT') ? (
            <section className="panel" aria-labelledby="edit-unit-heading">
              <h2 id="edit-unit-heading">{t('orgUnits.editTitle')}</h2>
              <EditOrgUnitForm key={unit.version} unit={unit} tree={loaded.data.tree} onSaved={(u) => onChanged(u, t('orgUnits.saved'))} />
            </section>
          ) : null}
          {unit.allowedActions.includes('RETIRE') || unit.allowedActions.includes('REINSTATE') ? (
            <section className="panel" aria-labelledby="retire-unit-heading">
              <h2 id="retire-unit-heading">{t('orgUnits.retireTitle')}</h2>
              <RetireOrgUnitForm key={unit.version} unit={unit} tree={loaded.data.tree} onSaved={(u, message) => onChanged(u, message)} />
            </section>
          ) : null}
          {unit.allowedActions.includes('SET_OWNER') ? (
            <section className="panel" aria-labelledby="owner-unit-heading">
              <h2 id="owner-unit-heading">{t('orgUnits.ownerTitle')}</h2>
              <OwnerForm key={unit.version} unit={unit} tree={loaded.data.tree} onSaved={(u) => onChanged(u, t('orgUnits.saved'))} />
            </section>
          ) : null}
          {unit.allowedActions.includes('DELETE') ? (
            <section className="panel" aria-labelledby="delete-unit-heading">
              <h2 id="delete-unit-heading">{t('orgUnits.deleteTitle')}</h2>
              <DeleteOrgUnit unit={unit} onDeleted={() => void navigate('/org-units', { state: { deleted: unit.name } })} />
            </section>
          ) : null}
          {(unit.ownerBody ? readsAuditTrail(auth.roles) : readsInstallationTrail(auth.roles, auth.body)) ? (
            <AuditTrail objectType="OrgUnit" objectId={unit.code} refreshKey={unit.version} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function UnitFacts({ unit, tree }: { unit: OrgUnit; tree: OrgUnitNode[] }) {
  const { t } = useTranslation();
  const parent = unit.parentCode ? findNode(tree, unit.parentCode) : null;
  return (
    <dl className="facts">
      <Fact label={t('orgUnits.code')}>{unit.code}</Fact>
      <Fact label={t('orgUnits.fieldKind')}>{t(`kind.${unit.kind}`, { defaultValue: unit.kind })}</Fact>
      <Fact label={t('orgUnits.fieldParent')}>{parent ? parent.name : (unit.parentCode ?? t('orgUnits.topLevel'))}</Fact>
      <Fact label={t('orgUnits.owner')}>
        {unit.body ? t('orgUnits.isBody') : unit.ownerBody ? unit.ownerBody.name : t('orgUnits.shared')}
      </Fact>
      <Fact label={t('orgUnits.state')}>
        {unit.retiredOn
          ? unit.successor
            ? t('orgUnits.retiredInto', { date: formatDate(unit.retiredOn), name: unit.successor.name })
            : t('orgUnits.retiredOn', { date: formatDate(unit.retiredOn) })
          : t('orgUnits.present')}
      </Fact>
    </dl>
  );
}
