import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { PlanTemplate } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { PLAN_LEVELS } from '../../plans/labels';
import { listPlanTemplates } from '../api/planTemplates';

/** The plan templates the caller reads, by level: shared ones and their body's; administrators add and change them. */
export default function PlanTemplatesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const location = useLocation();
  const deleted = (location.state as { deleted?: string } | null)?.deleted;
  const [level, setLevel] = useState<PlanTemplate['level'] | ''>('');
  const templates = useAsync((signal) => listPlanTemplates(api, level || null, signal), [api, level]);
  useDocumentTitle(t('templates.title'));

  return (
    <section className="page">
      <h1>{t('templates.title')}</h1>
      <p className="muted">{t('templates.intro')}</p>
      {deleted ? (
        <Alert tone="success" live="polite">
          <p>{t('templates.deleted', { name: deleted })}</p>
        </Alert>
      ) : null}
      <div className="toolbar">
        <Field label={t('templates.filterLevel')}>
          <select value={level} onChange={(e) => setLevel(e.target.value as PlanTemplate['level'] | '')}>
            <option value="">{t('templates.allLevels')}</option>
            {PLAN_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`plans.level.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        {auth.roles.includes('admin') ? (
          <div className="actions">
            <Link className="btn btn--primary" to="/plan-templates/new">
              {t('templates.new')}
            </Link>
          </div>
        ) : null}
      </div>
      {templates.status === 'loading' ? <Loading /> : null}
      {templates.status === 'error' ? (
        <ErrorState error={templates.error} onRetry={templates.reload} onLogin={() => void auth.login()} />
      ) : null}
      {templates.status === 'success' ? (
        templates.data.length === 0 ? (
          <p>{t('templates.empty')}</p>
        ) : (
          <ul className="template-list" aria-label={t('templates.listLabel')}>
            {templates.data.map((tpl) => (
              <li key={tpl.code} className="template-list__item">
                <h3>
                  <Link to={`/plan-templates/${encodeURIComponent(tpl.code)}`}>{tpl.name}</Link>
                </h3>
                <p className="tree__meta">
                  <span className="tag">{t(`plans.level.${tpl.level}`)}</span>
                  <span className="tag tag--muted">{tpl.body ? tpl.body.name : t('templates.shared')}</span>
                  <span className="tree__code">
                    <span className="visually-hidden">{t('templates.fieldCode')}: </span>
                    {tpl.code}
                  </span>
                </p>
                {tpl.description ? <p>{tpl.description}</p> : null}
                <p className="muted">
                  {t('templates.summary', { agenda: tpl.content.agenda.length, tasks: tpl.content.tasks.length })}
                  {tpl.editable ? '' : ` ${t('templates.readOnlyShort')}`}
                </p>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
