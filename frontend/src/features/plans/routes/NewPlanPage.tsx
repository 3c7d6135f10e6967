import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { createPlan, listTemplates } from '../api/plans';
import { newDraft } from '../draft';
import { mapFieldErrors } from '../fieldErrors';
import { PLAN_LEVELS } from '../labels';

/**
 * Step one of a new plan: a template (or blank) and a title. The server creates the draft,
 * filling legal bases, agenda, participants and tasks from the template (task owners resolved
 * to units where it can); the editor then opens on it.
 */
export default function NewPlanPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const navigate = useNavigate();
  const templates = useAsync((signal) => listTemplates(api, signal), [api]);
  const [choice, setChoice] = useState<string>('');
  const [level, setLevel] = useState<string>('COMMUNE');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('plans.editor.newTitle'));

  // A plan is made from a shared template or one of the caller's body; those of the bodies they oversee are only read.
  const list = templates.status === 'success' ? templates.data.filter((tpl) => !tpl.body || !auth.body || tpl.body.code === auth.body) : [];
  const template = list.find((x) => x.code === choice);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!title.trim()) {
      setErrors({ title: t('plans.editor.required') });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.page [aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const plan = await createPlan(api, newDraft(template?.level ?? level, title, template?.code ?? null));
      navigate(`/plans/${plan.id}/edit`, { replace: true });
    } catch (err) {
      if (err instanceof ApiError) setErrors(mapFieldErrors(err.fieldErrors));
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/plans">{t('plans.backToList')}</Link>
      </p>
      <h1>{t('plans.editor.newTitle')}</h1>
      {templates.status === 'loading' ? <Loading /> : null}
      {templates.status === 'error' ? <ErrorState error={templates.error} onRetry={templates.reload} onLogin={() => void auth.login()} /> : null}
      {error ? <ErrorState error={error} /> : null}
      {templates.status === 'success' ? (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="choice-list">
            <legend>{t('plans.editor.templateLegend')}</legend>
            <p className="field__hint">{t('plans.editor.templateHint')}</p>
            {list.map((tpl) => (
              <label key={tpl.code} className="choice">
                <input type="radio" name="template" value={tpl.code} checked={choice === tpl.code} onChange={() => setChoice(tpl.code)} />
                <span>
                  <span className="choice__title">{tpl.name}</span>
                  <span className="choice__meta">
                    {t(`plans.level.${tpl.level}`)} · {tpl.content.tasks.length} {t('plans.editor.tasks').toLowerCase()}
                  </span>
                  {tpl.description ? <span className="choice__desc">{tpl.description}</span> : null}
                </span>
              </label>
            ))}
            <label className="choice">
              <input type="radio" name="template" value="" checked={choice === ''} onChange={() => setChoice('')} />
              <span>
                <span className="choice__title">{t('plans.editor.blank')}</span>
                <span className="choice__desc">{t('plans.editor.blankHint')}</span>
              </span>
            </label>
          </fieldset>
          {!template ? (
            <Field label={t('plans.editor.fieldLevel')} error={errors.level} required>
              <select value={level} onChange={(e) => setLevel(e.target.value)}>
                {PLAN_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`plans.level.${l}`)}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          <Field label={t('plans.editor.fieldTitle')} error={errors.title} required>
            <textarea rows={2} value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <div className="actions">
            <Button type="submit" disabled={busy}>
              {busy ? t('plans.editor.creating') : t('plans.editor.create')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
