import { clearDraft, loadDraft, saveDraft } from '../../../lib/drafts';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { getOrgUnitTree } from '../../orgunits/api/orgUnits';
import { answeredAtSession, approveAnswer, assign, classify, reject, returnAnswer, submitAnswer, writeAnswer } from '../api/feedback';
import type { Feedback, FeedbackPriority } from '../api/types';
import { allowedActions, type FeedbackAction } from '../logic';
import { loadPlanFocus } from '../planFocus';
import type { OrgUnitNode } from '../../../api/types';
import { ClassificationFields } from './ClassificationFields';
import { CoordinatingUnits } from './CoordinatingUnits';

const NOT_ANSWERING = ['TOWN', 'WARD', 'COMMUNE', 'VILLAGE', 'RESIDENTIAL_GROUP'];

/** Units that may prepare an answer (departments, party boards, the Front…), in tree order. */
export function answeringUnits(nodes: readonly OrgUnitNode[]): { code: string; name: string }[] {
  const out: { code: string; name: string }[] = [];
  const walk = (list: readonly OrgUnitNode[]) => {
    for (const n of list) {
      if (!NOT_ANSWERING.includes(n.kind)) out.push({ code: n.code, name: n.name });
      walk(n.children ?? []);
    }
  };
  walk(nodes);
  return out;
}

/** A 412 means someone else changed the item since it was read: reload, what was typed stays. */
function ActionError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 412)
    return (
      <Alert tone="error" title={t('feedback.actions.staleTitle')} live="assertive" headingLevel={3}>
        <p>{t('feedback.actions.staleDetail')}</p>
        <Button variant="secondary" onClick={onReload}>
          {t('feedback.actions.reload')}
        </Button>
      </Alert>
    );
  return (
    <>
      <ErrorState error={error} headingLevel={3} fieldLabel={(field) => t(`feedback.field.${field.split('.').pop()}`, { defaultValue: field })} />
      {error instanceof ApiError && error.status === 409 ? (
        <Button variant="secondary" onClick={onReload}>
          {t('feedback.actions.reload')}
        </Button>
      ) : null}
    </>
  );
}

function ActionForm({ title, children, onSubmit }: { title: string; children: ReactNode; onSubmit: (e: FormEvent) => void }) {
  return (
    <form className="fb-action" aria-label={title} onSubmit={onSubmit} noValidate>
      <h3>{title}</h3>
      {children}
    </form>
  );
}

export interface FeedbackActionsProps {
  item: Feedback;
  roles: readonly string[];
  /** The item as the server answered a write. */
  onChanged: (item: Feedback, notice: string) => void;
  /** Reads the item again (after a 412/409); typed text is kept. */
  onReload: () => void;
}

/**
 * The steps the caller's role may take on this item now. Each write sends If-Match with the version read;
 * on any error the typed text stays in its box.
 */
export function FeedbackActions({ item, roles, onChanged, onReload }: FeedbackActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const actions = allowedActions(roles, item.status);
  const can = (a: FeedbackAction) => actions.includes(a);
  const needsPlan = can('classify');
  const needsUnits = can('assign');
  const plan = useAsync((signal) => (needsPlan ? loadPlanFocus(api, item.planId, signal) : Promise.resolve(null)), [api, item.planId, needsPlan]);
  const units = useAsync((signal) => (needsUnits ? getOrgUnitTree(api, signal) : Promise.resolve([])), [api, needsUnits]);

  const [focusAreaId, setFocusAreaId] = useState(item.focusArea ? String(item.focusArea.id) : '');
  const [priority, setPriority] = useState<FeedbackPriority>(item.priority ?? 'NORMAL');
  const [unitCode, setUnitCode] = useState(item.unit?.code ?? '');
  const [coordinating, setCoordinating] = useState<string[]>(() => item.coordinatingUnits.map((u) => u.code));
  const [sessionNote, setSessionNote] = useState('');
  // An answer being written is kept on the device until saved: a session that ends mid-sentence loses nothing, and
  // the form offers it again after the login.
  const answerDraftKey = `doithoai.feedback.answer.${item.id}`;
  const [restoredAnswer] = useState(() => loadDraft(answerDraftKey, (v) => (typeof v === 'string' && v ? v : null)));
  const [answer, setAnswer] = useState(restoredAnswer ?? item.answer?.text ?? '');
  const typeAnswer = (text: string) => {
    setAnswer(text);
    if (text === (item.answer?.text ?? '')) clearDraft(answerDraftKey);
    else saveDraft(answerDraftKey, text);
  };
  const [rejectReason, setRejectReason] = useState('');
  const [returnReason, setReturnReason] = useState('');
  const [busy, setBusy] = useState<FeedbackAction | null>(null);
  const [failed, setFailed] = useState<{ action: FeedbackAction; error: unknown } | null>(null);
  const [missing, setMissing] = useState<FeedbackAction | null>(null);

  // A saved answer (or one read again) replaces the box only when nothing unsaved is in it.
  const savedText = item.answer?.text ?? '';
  const [lastSaved, setLastSaved] = useState(savedText);
  useEffect(() => {
    if (savedText !== lastSaved) {
      setAnswer((typed) => (typed === lastSaved ? savedText : typed));
      setLastSaved(savedText);
    }
  }, [savedText, lastSaved]);

  // A new version (saved, or read again after a conflict) clears the last error.
  useEffect(() => setFailed(null), [item.version]);

  if (actions.length === 0) return null;

  const run = async (action: FeedbackAction, send: () => Promise<Feedback>, notice: string, after?: () => void) => {
    setBusy(action);
    setFailed(null);
    setMissing(null);
    try {
      const next = await send();
      after?.();
      onChanged(next, notice);
    } catch (error) {
      setFailed({ action, error });
    } finally {
      setBusy(null);
    }
  };
  const required = (action: FeedbackAction, value: string) => {
    if (value.trim()) return true;
    setMissing(action);
    return false;
  };
  const errorFor = (action: FeedbackAction) => (failed?.action === action ? <ActionError error={failed.error} onReload={onReload} /> : null);
  const focusAreas = plan.status === 'success' && plan.data ? plan.data.focusAreas : [];
  const unitOptions = units.status === 'success' ? answeringUnits(units.data) : [];
  const answerAction: FeedbackAction | null = can('draftAnswer') ? 'draftAnswer' : can('editAnswer') ? 'editAnswer' : null;

  return (
    <section className="panel fb-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('feedback.actions.title')}</h2>

      {can('classify') ? (
        <ActionForm
          title={t('feedback.actions.classify')}
          onSubmit={(e) => {
            e.preventDefault();
            if (required('classify', focusAreaId))
              void run('classify', () => classify(api, item, Number(focusAreaId), priority), t('feedback.actions.classified'));
          }}
        >
          {plan.status === 'loading' ? <Loading /> : null}
          {plan.status === 'error' ? <ErrorState error={plan.error} onRetry={plan.reload} headingLevel={3} /> : null}
          <ClassificationFields
            focusAreas={focusAreas}
            focusAreaId={focusAreaId}
            onFocusArea={setFocusAreaId}
            priority={priority}
            onPriority={setPriority}
            focusAreaError={missing === 'classify' ? t('feedback.required') : undefined}
          />
          {errorFor('classify')}
          <Button type="submit" disabled={busy !== null}>
            {t('feedback.actions.saveClassification')}
          </Button>
        </ActionForm>
      ) : null}

      {can('assign') ? (
        <ActionForm
          title={t('feedback.actions.assign')}
          onSubmit={(e) => {
            e.preventDefault();
            if (required('assign', unitCode)) void run('assign', () => assign(api, item, unitCode, coordinating.filter((c) => c !== unitCode)), t('feedback.actions.assigned'));
          }}
        >
          {units.status === 'loading' ? <Loading /> : null}
          {units.status === 'error' ? <ErrorState error={units.error} onRetry={units.reload} headingLevel={3} /> : null}
          <Field label={t('feedback.field.unit')} error={missing === 'assign' ? t('feedback.required') : undefined} required>
            <select value={unitCode} onChange={(e) => setUnitCode(e.target.value)}>
              <option value="">{t('feedback.actions.chooseUnit')}</option>
              {unitOptions.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          <CoordinatingUnits units={unitOptions} lead={unitCode} value={coordinating} onChange={setCoordinating} />
          {errorFor('assign')}
          <Button type="submit" disabled={busy !== null}>
            {t('feedback.actions.saveAssignment')}
          </Button>
        </ActionForm>
      ) : null}

      {answerAction ? (
        <ActionForm
          title={answerAction === 'draftAnswer' ? t('feedback.actions.draftAnswer') : t('feedback.actions.editAnswer')}
          onSubmit={(e) => {
            e.preventDefault();
            if (required(answerAction, answer))
              void run(answerAction, () => writeAnswer(api, item, answer.trim()), t('feedback.actions.answerSaved'), () => clearDraft(answerDraftKey));
          }}
        >
          <Field label={t('feedback.field.answer')} hint={t('feedback.actions.answerHint')} error={missing === answerAction ? t('feedback.required') : undefined} required>
            <textarea rows={8} value={answer} maxLength={20000} onChange={(e) => typeAnswer(e.target.value)} />
          </Field>
          {restoredAnswer && answer === restoredAnswer ? <p className="field__hint">{t('feedback.actions.answerRestored')}</p> : null}
          {errorFor(answerAction)}
          <Button type="submit" disabled={busy !== null}>
            {t('feedback.actions.saveAnswer')}
          </Button>
        </ActionForm>
      ) : null}

      {can('submit') ? (
        <div className="fb-action">
          <h3>{t('feedback.actions.submit')}</h3>
          <p className="muted">{t('feedback.actions.submitHint')}</p>
          {answer.trim() !== savedText.trim() ? <p className="field__hint">{t('feedback.actions.unsavedAnswer')}</p> : null}
          {errorFor('submit')}
          <Button disabled={busy !== null} onClick={() => void run('submit', () => submitAnswer(api, item), t('feedback.actions.submitted'))}>
            {t('feedback.actions.submit')}
          </Button>
        </div>
      ) : null}

      {can('approve') ? (
        <div className="fb-action">
          <h3>{t('feedback.actions.approve')}</h3>
          <p className="muted">{t('feedback.actions.approveHint')}</p>
          {errorFor('approve')}
          <Button disabled={busy !== null} onClick={() => void run('approve', () => approveAnswer(api, item), t('feedback.actions.approved'))}>
            {t('feedback.actions.approve')}
          </Button>
        </div>
      ) : null}

      {can('answeredAtSession') ? (
        <ActionForm
          title={t('feedback.session.action')}
          onSubmit={(e) => {
            e.preventDefault();
            void run('answeredAtSession', () => answeredAtSession(api, item, sessionNote), t('feedback.session.done'), () => setSessionNote(''));
          }}
        >
          <p className="muted">{t('feedback.session.hint')}</p>
          <Field label={t('feedback.session.note')}>
            <textarea rows={3} value={sessionNote} maxLength={4000} onChange={(e) => setSessionNote(e.target.value)} />
          </Field>
          {errorFor('answeredAtSession')}
          <Button type="submit" disabled={busy !== null}>
            {t('feedback.session.button')}
          </Button>
        </ActionForm>
      ) : null}

      {can('returnToUnit') || can('returnToOffice') ? (
        <ActionForm
          title={can('returnToOffice') ? t('feedback.actions.returnToOffice') : t('feedback.actions.returnToUnit')}
          onSubmit={(e) => {
            e.preventDefault();
            const a: FeedbackAction = can('returnToOffice') ? 'returnToOffice' : 'returnToUnit';
            if (required(a, returnReason))
              void run(a, () => returnAnswer(api, item, returnReason.trim()), t('feedback.actions.returned'), () => setReturnReason(''));
          }}
        >
          <Field
            label={t('feedback.actions.returnReason')}
            error={missing === 'returnToOffice' || missing === 'returnToUnit' ? t('feedback.required') : undefined}
            required
          >
            <textarea rows={3} value={returnReason} maxLength={2000} onChange={(e) => setReturnReason(e.target.value)} />
          </Field>
          {errorFor('returnToOffice')}
          {errorFor('returnToUnit')}
          <Button type="submit" variant="secondary" disabled={busy !== null}>
            {t('feedback.actions.return')}
          </Button>
        </ActionForm>
      ) : null}

      {can('reject') ? (
        <ActionForm
          title={t('feedback.actions.reject')}
          onSubmit={(e) => {
            e.preventDefault();
            if (required('reject', rejectReason))
              void run('reject', () => reject(api, item, rejectReason.trim()), t('feedback.actions.rejected'), () => setRejectReason(''));
          }}
        >
          <Field
            label={t('feedback.rejectReason')}
            hint={t('feedback.actions.rejectHint')}
            error={missing === 'reject' ? t('feedback.required') : undefined}
            required
          >
            <textarea rows={3} value={rejectReason} maxLength={2000} onChange={(e) => setRejectReason(e.target.value)} />
          </Field>
          {errorFor('reject')}
          <Button type="submit" variant="secondary" disabled={busy !== null}>
            {t('feedback.actions.rejectButton')}
          </Button>
        </ActionForm>
      ) : null}
    </section>
  );
}
