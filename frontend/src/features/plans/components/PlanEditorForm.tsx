import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { ORG_UNIT_KINDS } from '../../orgunits/kinds';
import { flatten } from '../../orgunits/tree';
import { previewDeadlines } from '../api/plans';
import { describeRule, sessionWarning, type SessionWarning } from '../deadline';
import { newKey, ruleOf, type PlanForm, type RuleRow } from '../draft';
import { itemError, type FieldErrorMap } from '../fieldErrors';
import { formatDate, todayInVietnam } from '../format';
import { DEADLINE_DIRECTIONS, DEADLINE_UNITS, DIALOGUE_FORMATS, PLAN_LEVELS } from '../labels';
import { replaceItem } from '../reorder';
import { AgendaEditor, CompositionEditor, TextListEditor } from './ContentEditors';
import { ListEditor } from './ListEditor';
import { UnitOptions } from '../../orgunits/components/UnitOptions';

/** Due dates for the chosen session date, one per task (null for tasks without a rule), via deadline-preview. */
function useDeadlinePreview(form: PlanForm): (string | null)[] {
  const api = useApi();
  // One list: the tasks' rules, then the two invitation rules.
  const rules = [...form.tasks.map(ruleOf), ruleOf(form.invitationRule), ruleOf(form.citizenInvitationRule)];
  const key = JSON.stringify([form.sessionDate, rules]);
  const [result, setResult] = useState<{ key: string; dates: (string | null)[] }>({ key: '', dates: [] });
  useEffect(() => {
    const withRule = rules.map((r, i) => ({ r, i })).filter((x) => x.r !== null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.sessionDate) || withRule.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewDeadlines(api, form.sessionDate, withRule.map((x) => x.r!), controller.signal).then(
        (dates) => {
          const all: (string | null)[] = rules.map(() => null);
          withRule.forEach((x, j) => (all[x.i] = dates[j] ?? null));
          setResult({ key, dates: all });
        },
        () => {
          /* a preview that fails only hides the warnings; saving reports real errors */
        },
      );
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return result.key === key ? result.dates : [];
}

/** A deadline rule (a task's, the invitations'): checkbox, offset, unit, direction and the due date it gives. */
export function RuleEditor({
  legend,
  checkLabel,
  labels,
  hint,
  row,
  onChange,
  dueDate,
  error,
  children,
}: {
  legend: string;
  checkLabel: string;
  labels: { offset: string; unit: string; direction: string };
  hint?: string;
  row: RuleRow;
  onChange: (row: RuleRow) => void;
  dueDate: string | null | undefined;
  error?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const upd = (patch: Partial<RuleRow>) => onChange({ ...row, ...patch });
  return (
    <fieldset className="rule-editor">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <label className="check">
        <input type="checkbox" checked={row.hasRule} onChange={(e) => upd({ hasRule: e.target.checked })} />
        {checkLabel}
      </label>
      {row.hasRule ? (
        <div className="rule-editor__fields">
          <Field label={labels.offset} error={error}>
            <input type="number" min={0} inputMode="numeric" value={row.offset} onChange={(e) => upd({ offset: e.target.value })} />
          </Field>
          <Field label={labels.unit}>
            <select value={row.unit} onChange={(e) => upd({ unit: e.target.value })}>
              {DEADLINE_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`plans.unit.${u}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={labels.direction}>
            <select value={row.direction} onChange={(e) => upd({ direction: e.target.value })}>
              {DEADLINE_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`plans.direction.${d}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      ) : null}
      <p className="rule-editor__summary">
        {row.hasRule ? describeRule(t, ruleOf(row)) : (hint ?? describeRule(t, null))}
        {row.hasRule && dueDate ? ` — ${t('plans.editor.dueOn', { date: formatDate(dueDate) })}` : ''}
      </p>
      {children}
    </fieldset>
  );
}

/** Field labels of a stand-alone rule, named after its legend. */
const ruleLabels = (t: (key: string, options?: Record<string, unknown>) => string, rule: string) => ({
  offset: t('plans.editor.ruleOffset', { rule }),
  unit: t('plans.editor.ruleUnit', { rule }),
  direction: t('plans.editor.ruleDirection', { rule }),
});

/**
 * When invitations go out (thời hạn gửi giấy mời): to the delegates, and to the citizens (the delegates' rule when
 * none of their own), with the dates they give when a session date is known.
 */
export function InvitationRulesEditor({
  invitationRule,
  citizenInvitationRule,
  onChange,
  dueDates,
  errors,
}: {
  invitationRule: RuleRow;
  citizenInvitationRule: RuleRow;
  onChange: (field: 'invitationRule' | 'citizenInvitationRule', row: RuleRow) => void;
  dueDates: [string | null | undefined, string | null | undefined];
  errors: FieldErrorMap;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RuleEditor
        legend={t('plans.editor.invitationRule')}
        checkLabel={t('plans.editor.invitationHasRule')}
        labels={ruleLabels(t, t('plans.editor.invitationRule'))}
        row={invitationRule}
        onChange={(v) => onChange('invitationRule', v)}
        dueDate={dueDates[0]}
        error={itemError(errors, 'invitationRule')}
      />
      <RuleEditor
        legend={t('plans.editor.citizenInvitationRule')}
        checkLabel={t('plans.editor.citizenHasRule')}
        labels={ruleLabels(t, t('plans.editor.citizenInvitationRule'))}
        hint={citizenInvitationRule.hasRule ? undefined : t('plans.editor.citizenSameHint')}
        row={citizenInvitationRule}
        onChange={(v) => onChange('citizenInvitationRule', v)}
        dueDate={dueDates[1]}
        error={itemError(errors, 'citizenInvitationRule')}
      />
    </>
  );
}

/** Every field of a plan draft, in the document's order; server field errors next to their fields. */
export function PlanEditorForm({
  form,
  onChange,
  errors,
  units,
  busy,
  onSubmit,
  submitLabel,
  today = todayInVietnam(),
}: {
  form: PlanForm;
  onChange: (form: PlanForm) => void;
  errors: FieldErrorMap;
  units: OrgUnitNode[];
  busy: boolean;
  onSubmit: () => void;
  submitLabel: string;
  today?: string;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const flat = useMemo(() => flatten(units), [units]);
  const dueDates = useDeadlinePreview(form);
  const warnings: (SessionWarning | null)[] = form.tasks.map((task, i) => sessionWarning(ruleOf(task), dueDates[i], today));
  const warningCount = warnings.filter(Boolean).length;

  const set = <K extends keyof PlanForm>(k: K, v: PlanForm[K]) => onChange({ ...form, [k]: v });
  const text = (k: keyof PlanForm) => ({
    value: form[k] as string,
    onChange: (e: { target: { value: string } }) => set(k, e.target.value as never),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };

  // After a failed save, focus the first invalid field.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }, [errors]);

  const unitOptions = (
    <>
      <option value="">{t('plans.editor.noUnit')}</option>
      <UnitOptions units={flat} />
    </>
  );

  return (
    <form ref={formRef} className="form plan-form" onSubmit={submit} noValidate>
      <section aria-labelledby="ed-general">
        <h2 id="ed-general">{t('plans.editor.sectionGeneral')}</h2>
        <Field label={t('plans.editor.fieldTitle')} error={errors.title} required>
          <textarea rows={2} {...text('title')} />
        </Field>
        <div className="form__grid">
          <Field label={t('plans.editor.fieldLevel')} error={errors.level} required>
            <select {...text('level')}>
              {PLAN_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`plans.level.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('plans.editor.fieldIssueDate')} error={errors.issueDate}>
            <DateInput value={form.issueDate} onChange={(v) => set('issueDate', v)} />
          </Field>
          <Field label={t('plans.editor.fieldNumber')} hint={t('plans.editor.fieldNumberHint')} error={errors.number}>
            <input autoComplete="off" {...text('number')} />
          </Field>
          <Field label={t('plans.editor.fieldSymbol')} hint={t('plans.editor.fieldSymbolHint')} error={errors.symbol}>
            <input autoComplete="off" {...text('symbol')} />
          </Field>
          <Field label={t('plans.editor.fieldIssuingUnit')} error={errors.issuingUnitCode}>
            <select {...text('issuingUnitCode')}>{unitOptions}</select>
          </Field>
          <Field label={t('plans.editor.fieldIssuingBodyName')} error={errors.issuingBodyName}>
            <input {...text('issuingBodyName')} />
          </Field>
          <Field label={t('plans.editor.fieldChairTitle')} error={errors.chairTitle}>
            <input {...text('chairTitle')} />
          </Field>
          <Field label={t('plans.editor.fieldChairName')} error={errors.chairName}>
            <input {...text('chairName')} />
          </Field>
        </div>
        <TextListEditor field="legalBases" items={form.legalBases} onChange={(v) => set('legalBases', v)} errors={errors} />
      </section>

      <section aria-labelledby="ed-purposes">
        <h2 id="ed-purposes">{t('plans.editor.sectionPurposes')}</h2>
        <TextListEditor field="purposes" items={form.purposes} onChange={(v) => set('purposes', v)} errors={errors} />
      </section>

      <section aria-labelledby="ed-content">
        <h2 id="ed-content">{t('plans.editor.sectionContent')}</h2>
        <Field label={t('plans.editor.fieldTopic')} error={errors.topic}>
          <textarea rows={2} {...text('topic')} />
        </Field>
        <ListEditor
          legend={t('plans.editor.focusAreas')}
          items={form.focusAreas}
          onChange={(v) => set('focusAreas', v)}
          itemLabel={(i) => t('plans.editor.focusArea', { n: i + 1 })}
          addLabel={t('plans.editor.addFocusArea')}
          onAdd={() => set('focusAreas', [...form.focusAreas, { key: newKey(), title: '' }])}
          error={errors.focusAreas}
          renderItem={(item, i) => (
            <Field label={t('plans.editor.focusArea', { n: i + 1 })} error={itemError(errors, `focusAreas[${i}]`)}>
              <textarea rows={2} value={item.title} onChange={(e) => set('focusAreas', replaceItem(form.focusAreas, i, { ...item, title: e.target.value }))} />
            </Field>
          )}
        />
        <div className="form__grid">
          <Field label={t('plans.editor.fieldPlannedMonth')} error={errors.plannedMonth}>
            <input type="month" placeholder="2025-11" {...text('plannedMonth')} />
          </Field>
          <Field label={t('plans.editor.fieldSessionDate')} hint={t('plans.editor.fieldSessionHint')} error={errors.sessionAt}>
            <DateInput value={form.sessionDate} onChange={(v) => set('sessionDate', v)} />
          </Field>
          <Field label={t('plans.editor.fieldSessionTime')}>
            <input type="time" {...text('sessionTime')} />
          </Field>
          <Field label={t('plans.editor.fieldScheduleNote')} error={errors.scheduleNote}>
            <input {...text('scheduleNote')} />
          </Field>
          <Field label={t('plans.editor.fieldVenue')} error={errors.venue}>
            <input {...text('venue')} />
          </Field>
          <Field label={t('plans.editor.fieldFormat')} error={errors.format}>
            <select {...text('format')}>
              <option value="">{t('plans.editor.noChoice')}</option>
              {DIALOGUE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`plans.format.${f}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('plans.editor.fieldFormatNote')} error={errors.formatNote}>
          <input {...text('formatNote')} />
        </Field>
        {warningCount > 0 ? (
          <Alert tone="warning" live="polite">
            <p>{t('plans.editor.warnSummary', { count: warningCount })}</p>
          </Alert>
        ) : null}
      </section>

      <section aria-labelledby="ed-program">
        <h2 id="ed-program">{t('plans.editor.sectionProgram')}</h2>
        <AgendaEditor items={form.agenda} onChange={(v) => set('agenda', v)} errors={errors} />
        <Field label={t('plans.editor.fieldAgendaNote')} error={errors.agendaNote}>
          <textarea rows={2} {...text('agendaNote')} />
        </Field>
        <CompositionEditor items={form.composition} onChange={(v) => set('composition', v)} errors={errors} newLevel="TOWN" />
      </section>

      <section aria-labelledby="ed-invitations">
        <h2 id="ed-invitations">{t('plans.editor.sectionInvitations')}</h2>
        <InvitationRulesEditor
          invitationRule={form.invitationRule}
          citizenInvitationRule={form.citizenInvitationRule}
          onChange={set}
          dueDates={[dueDates[form.tasks.length], dueDates[form.tasks.length + 1]]}
          errors={errors}
        />
      </section>

      <section aria-labelledby="ed-tasks">
        <h2 id="ed-tasks">{t('plans.editor.sectionTasks')}</h2>
        <ListEditor
          legend={t('plans.editor.tasks')}
          items={form.tasks}
          onChange={(v) => set('tasks', v)}
          itemLabel={(i) => t('plans.editor.task', { n: i + 1 })}
          addLabel={t('plans.editor.addTask')}
          onAdd={() =>
            set('tasks', [
              ...form.tasks,
              { key: newKey(), ownerUnitCode: '', ownerKind: '', description: '', hasRule: true, offset: '7', unit: 'CALENDAR_DAYS', direction: 'BEFORE' },
            ])
          }
          error={errors.tasks}
          renderItem={(task, i) => {
            const upd = (patch: Partial<typeof task>) => set('tasks', replaceItem(form.tasks, i, { ...task, ...patch }));
            const warning = warnings[i];
            return (
              <>
                <Field label={t('plans.editor.taskOwner', { n: i + 1 })} error={errors[`tasks[${i}].ownerUnitCode`]}>
                  <select value={task.ownerUnitCode} onChange={(e) => upd({ ownerUnitCode: e.target.value })}>
                    {unitOptions}
                  </select>
                </Field>
                {task.ownerKind && !task.ownerUnitCode && (ORG_UNIT_KINDS as string[]).includes(task.ownerKind) ? (
                  <p className="muted">{t(`kind.${task.ownerKind}`)}</p>
                ) : null}
                <Field label={t('plans.editor.taskDescription', { n: i + 1 })} error={errors[`tasks[${i}].description`] ?? errors[`tasks[${i}]`]}>
                  <textarea rows={3} value={task.description} onChange={(e) => upd({ description: e.target.value })} />
                </Field>
                <RuleEditor
                  legend={t('plans.editor.taskRuleFor', { n: i + 1 })}
                  checkLabel={t('plans.editor.taskHasRule')}
                  labels={{
                    offset: t('plans.editor.taskOffset', { n: i + 1 }),
                    unit: t('plans.editor.taskUnit', { n: i + 1 }),
                    direction: t('plans.editor.taskDirection', { n: i + 1 }),
                  }}
                  row={task}
                  onChange={upd}
                  dueDate={dueDates[i]}
                  error={itemError(errors, `tasks[${i}].rule`)}
                >
                  {warning ? (
                    <p className={`deadline-warning deadline-warning--${warning.kind}`}>
                      <span aria-hidden="true">⚠ </span>
                      {warning.kind === 'past'
                        ? t('plans.editor.warnPast', { date: formatDate(warning.dueDate) })
                        : t('plans.editor.warnTight', { count: warning.days, date: formatDate(warning.dueDate) })}
                    </p>
                  ) : null}
                </RuleEditor>
              </>
            );
          }}
        />
      </section>

      <div className="actions form__submit">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
