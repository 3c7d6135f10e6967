import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PlanTemplate } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useSubmission } from '../../../lib/api/useSubmission';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsAuditTrail, readsInstallationTrail } from '../../privacy/audit/readsTrail';
import { getOrgUnitTree } from '../../orgunits/api/orgUnits';
import { presentBodies } from '../../orgunits/tree';
import { createPlanTemplate, deletePlanTemplate, getPlanTemplate, updatePlanTemplate } from '../api/planTemplates';
import { PlanTemplateForm } from '../components/PlanTemplateForm';
import { TEMPLATE_FIELDS, draftFromTemplateForm, emptyTemplateForm, formFromTemplate, type TemplateForm } from '../form';

/**
 * A plan template to create (/plan-templates/new) or to read and change: its administrator changes and deletes it;
 * everyone else who reads it (an office, a chair, a body's administrator on a shared one) sees it read-only.
 */
export default function PlanTemplatePage() {
  const { code } = useParams();
  const creating = code === undefined;
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const navigate = useNavigate();
  // The installation's administrator chooses whose a new template is (shared, or a body's): the bodies come from the tree.
  const choosesBody = creating && auth.roles.includes('admin') && !auth.body;
  const loaded = useAsync(
    async (signal) => ({
      template: creating ? null : await getPlanTemplate(api, code, signal),
      bodies: choosesBody ? presentBodies(await getOrgUnitTree(api, signal)) : null,
    }),
    [api, code, choosesBody],
  );
  const [saved, setSaved] = useState<PlanTemplate | null>(null);
  const template = saved ?? (loaded.status === 'success' ? loaded.data.template : null);
  useDocumentTitle(template ? template.name : t('templates.newTitle'));

  return (
    <section className="page">
      <p>
        <Link to="/plan-templates">{t('templates.backToList')}</Link>
      </p>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.reload} onLogin={() => void auth.login()} /> : null}
      {loaded.status === 'success' ? (
        <Editor
          key={template ? `${template.code}@${template.version}` : 'new'}
          template={template}
          bodies={loaded.data.bodies}
          justSaved={saved !== null}
          onSaved={(tpl) => {
            setSaved(tpl);
            if (creating) void navigate(`/plan-templates/${encodeURIComponent(tpl.code)}`, { replace: true });
          }}
          onDeleted={(name) => void navigate('/plan-templates', { state: { deleted: name } })}
        />
      ) : null}
      {template && (template.body ? readsAuditTrail(auth.roles) : readsInstallationTrail(auth.roles, auth.body)) ? (
        <AuditTrail objectType="PlanTemplate" objectId={template.code} refreshKey={template.version} />
      ) : null}
    </section>
  );
}

function Editor({
  template,
  bodies,
  justSaved,
  onSaved,
  onDeleted,
}: {
  template: PlanTemplate | null;
  bodies: ReturnType<typeof presentBodies> | null;
  justSaved: boolean;
  onSaved: (template: PlanTemplate) => void;
  onDeleted: (name: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const creating = template === null;
  const [form, setForm] = useState<TemplateForm>(() => (template ? formFromTemplate(template) : emptyTemplateForm()));
  const { busy, error, fieldErrors, formRef, submit } = useSubmission(TEMPLATE_FIELDS);
  const deletion = useSubmission([]);
  const [confirming, setConfirming] = useState(false);
  const readOnly = template !== null && !template.editable;
  const heading = useMemo(() => (template ? template.name : t('templates.newTitle')), [template, t]);

  async function save() {
    const local: Record<string, string> = {};
    if (creating && !form.code.trim()) local.code = t('orgUnits.required');
    if (!form.name.trim()) local.name = t('orgUnits.required');
    const draft = draftFromTemplateForm(form, creating);
    const result = await submit(() => (template ? updatePlanTemplate(api, template, draft) : createPlanTemplate(api, draft)), local);
    if (result) onSaved(result);
  }

  async function remove() {
    if (!template) return;
    const done = await deletion.submit(async () => {
      await deletePlanTemplate(api, template);
      return true;
    });
    if (done) onDeleted(template.name);
    else setConfirming(false);
  }

  return (
    <>
      <h1>{heading}</h1>
      {template ? (
        <p className="tree__meta">
          <span className="tag">{t(`plans.level.${template.level}`)}</span>
          <span className="tag tag--muted">{template.body ? template.body.name : t('templates.shared')}</span>
        </p>
      ) : null}
      {readOnly ? <p className="muted">{template?.body ? t('templates.readOnlyBody') : t('templates.readOnlyShared')}</p> : null}
      {justSaved ? (
        <Alert tone="success" live="polite">
          <p>{t('templates.saved')}</p>
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={2} /> : null}
      <PlanTemplateForm
        form={form}
        onChange={setForm}
        errors={fieldErrors}
        creating={creating}
        bodies={bodies}
        readOnly={readOnly}
        busy={busy}
        onSubmit={() => void save()}
        formRef={formRef}
      />
      {template && template.editable ? (
        <section className="panel" aria-labelledby="tpl-delete">
          <h2 id="tpl-delete">{t('templates.deleteTitle')}</h2>
          <p className="muted">{t('templates.deleteIntro')}</p>
          {deletion.error ? <ErrorState error={deletion.error} headingLevel={3} /> : null}
          {confirming ? (
            <div className="confirm-panel">
              <p>{t('templates.deleteConfirm', { name: template.name })}</p>
              <div className="actions">
                <Button disabled={deletion.busy} onClick={() => void remove()}>
                  {t('templates.deleteYes')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t('orgUnits.cancel')}
                </Button>
              </div>
            </div>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('templates.delete')}
            </Button>
          )}
        </section>
      ) : null}
    </>
  );
}
