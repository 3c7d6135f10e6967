import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { getOrgUnitTree } from '../../orgunits/api/orgUnits';
import { can } from '../actions';
import { getPlan, isStale, updatePlan } from '../api/plans';
import { draftFromForm, formFromPlan, type PlanForm } from '../draft';
import { fieldLabel, mapFieldErrors, type FieldErrorMap } from '../fieldErrors';
import { PlanEditorForm } from '../components/PlanEditorForm';
import { StaleNotice } from '../components/StaleNotice';

function Editor({ plan, onReload }: { plan: Plan; onReload: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const units = useAsync((signal) => getOrgUnitTree(api, signal), [api]);
  const [form, setForm] = useState<PlanForm>(() => formFromPlan(plan));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setError(null);
    if (!form.title.trim()) {
      setErrors({ title: t('plans.editor.required') });
      return;
    }
    setBusy(true);
    try {
      const saved = await updatePlan(api, plan, draftFromForm(form));
      navigate(`/plans/${saved.id}`, { state: { notice: t('plans.editor.saved') } });
    } catch (err) {
      setErrors(err instanceof ApiError ? mapFieldErrors(err.fieldErrors) : {});
      setError(err);
      if (isStale(err)) window.scrollTo?.({ top: 0 });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error ? isStale(error) ? <StaleNotice onReload={onReload} message={t('plans.editor.staleEdit')} /> : <ErrorState error={error} fieldLabel={(f) => fieldLabel(t, f)} /> : null}
      {units.status === 'error' ? <ErrorState error={units.error} onRetry={units.reload} /> : null}
      <PlanEditorForm
        form={form}
        onChange={setForm}
        errors={errors}
        units={units.status === 'success' ? units.data : []}
        busy={busy}
        onSubmit={() => void save()}
        submitLabel={busy ? t('plans.editor.saving') : t('plans.editor.save')}
      />
    </>
  );
}

/** The office edits a draft; a 412 (someone saved in between) changes nothing and offers a reload. */
export default function EditPlanPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const id = Number(useParams().id);
  const [attempt, setAttempt] = useState(0);
  const plan = useAsync((signal) => getPlan(api, id, signal), [api, id, attempt]);
  useDocumentTitle(t('plans.editor.editTitle'));

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={`/plans/${id}`}>{t('plans.editor.cancel')}</Link>
      </p>
      <h1>{t('plans.editor.editTitle')}</h1>
      {plan.status === 'loading' ? <Loading /> : null}
      {plan.status === 'error' ? <ErrorState error={plan.error} onRetry={plan.reload} onLogin={() => void auth.login()} /> : null}
      {plan.status === 'success' ? (
        can(plan.data.allowedActions, 'EDIT') ? (
          // Remount on reload so the form starts again from the fresh copy.
          <Editor key={`${plan.data.id}-${plan.data.version}-${attempt}`} plan={plan.data} onReload={() => setAttempt((n) => n + 1)} />
        ) : (
          <Alert tone="info">
            <p>{t('plans.editor.onlyDraft')}</p>
          </Alert>
        )
      ) : null}
    </section>
  );
}
