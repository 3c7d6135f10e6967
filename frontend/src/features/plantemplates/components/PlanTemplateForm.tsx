import type { FormEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorMap } from '../../../lib/api/fieldErrors';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { ORG_UNIT_KINDS } from '../../orgunits/kinds';
import type { FlatNode } from '../../orgunits/tree';
import { AgendaEditor, CompositionEditor, TextListEditor } from '../../plans/components/ContentEditors';
import { ListEditor } from '../../plans/components/ListEditor';
import { InvitationRulesEditor, RuleEditor } from '../../plans/components/PlanEditorForm';
import { newKey } from '../../plans/draft';
import { itemError } from '../../plans/fieldErrors';
import { PLAN_LEVELS } from '../../plans/labels';
import { replaceItem } from '../../plans/reorder';
import type { TemplateForm } from '../form';

/**
 * Every part of a plan template, as a plan made from it starts: its level, legal bases and purposes, the agenda, the
 * composition of those invited, the preparation tasks with their deadline rules and the invitations' deadlines.
 * Read-only (a fieldset disabled) for those who may not change it; the server's messages next to the fields.
 */
export function PlanTemplateForm({
  form,
  onChange,
  errors,
  creating,
  bodies,
  readOnly,
  busy,
  onSubmit,
  formRef,
}: {
  form: TemplateForm;
  onChange: (form: TemplateForm) => void;
  errors: FieldErrorMap;
  creating: boolean;
  /** The bodies the installation's administrator may give a new template to; null: none to choose (a body's own). */
  bodies: FlatNode[] | null;
  readOnly: boolean;
  busy: boolean;
  onSubmit: () => void;
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof TemplateForm>(k: K, v: TemplateForm[K]) => onChange({ ...form, [k]: v });
  const text = (k: 'code' | 'name' | 'level' | 'description' | 'bodyCode') => ({
    value: form[k],
    onChange: (e: { target: { value: string } }) => set(k, e.target.value),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };

  return (
    <form ref={formRef} className="form plan-form" onSubmit={submit} noValidate>
      <fieldset className="form__plain" disabled={readOnly}>
        <legend className="visually-hidden">{t('templates.formLegend')}</legend>
        <section aria-labelledby="tpl-general">
          <h2 id="tpl-general">{t('templates.sectionGeneral')}</h2>
          <div className="form__grid">
            {creating ? (
              <Field label={t('templates.fieldCode')} hint={t('templates.fieldCodeHint')} error={errors.code} required>
                <input autoComplete="off" {...text('code')} />
              </Field>
            ) : null}
            <Field label={t('templates.fieldName')} error={errors.name} required>
              <input autoComplete="off" {...text('name')} />
            </Field>
            <Field label={t('templates.fieldLevel')} error={errors.level} required>
              <select {...text('level')}>
                {PLAN_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`plans.level.${l}`)}
                  </option>
                ))}
              </select>
            </Field>
            {creating && bodies ? (
              <Field label={t('templates.fieldBody')} hint={t('templates.fieldBodyHint')} error={errors.bodyCode}>
                <select {...text('bodyCode')}>
                  <option value="">{t('templates.shared')}</option>
                  {bodies.map((b) => (
                    <option key={b.code} value={b.code}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
          </div>
          <Field label={t('templates.fieldDescription')} error={errors.description}>
            <textarea rows={2} {...text('description')} />
          </Field>
          <TextListEditor field="legalBases" items={form.legalBases} onChange={(v) => set('legalBases', v)} errors={errors} />
          <TextListEditor field="purposes" items={form.purposes} onChange={(v) => set('purposes', v)} errors={errors} />
        </section>

        <section aria-labelledby="tpl-program">
          <h2 id="tpl-program">{t('plans.editor.sectionProgram')}</h2>
          <AgendaEditor items={form.agenda} onChange={(v) => set('agenda', v)} errors={errors} />
          <CompositionEditor items={form.composition} onChange={(v) => set('composition', v)} errors={errors} newLevel="WARD" />
        </section>

        <section aria-labelledby="tpl-invitations">
          <h2 id="tpl-invitations">{t('plans.editor.sectionInvitations')}</h2>
          <InvitationRulesEditor
            invitationRule={form.invitationRule}
            citizenInvitationRule={form.citizenInvitationRule}
            onChange={set}
            dueDates={[null, null]}
            errors={errors}
          />
        </section>

        <section aria-labelledby="tpl-tasks">
          <h2 id="tpl-tasks">{t('plans.editor.sectionTasks')}</h2>
          <ListEditor
            legend={t('plans.editor.tasks')}
            items={form.tasks}
            onChange={(v) => set('tasks', v)}
            itemLabel={(i) => t('plans.editor.task', { n: i + 1 })}
            addLabel={t('plans.editor.addTask')}
            onAdd={() =>
              set('tasks', [
                ...form.tasks,
                { key: newKey(), ownerKind: 'PEOPLES_COMMITTEE', description: '', hasRule: true, offset: '7', unit: 'CALENDAR_DAYS', direction: 'BEFORE' },
              ])
            }
            error={errors.tasks}
            renderItem={(task, i) => {
              const upd = (patch: Partial<typeof task>) => set('tasks', replaceItem(form.tasks, i, { ...task, ...patch }));
              return (
                <>
                  <Field label={t('templates.taskOwnerKind', { n: i + 1 })} error={errors[`tasks[${i}].ownerKind`]}>
                    <select value={task.ownerKind} onChange={(e) => upd({ ownerKind: e.target.value })}>
                      {ORG_UNIT_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`kind.${kind}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label={t('plans.editor.taskDescription', { n: i + 1 })} error={errors[`tasks[${i}].description`] ?? errors[`tasks[${i}]`]}>
                    <textarea rows={2} value={task.description} onChange={(e) => upd({ description: e.target.value })} />
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
                    dueDate={null}
                    error={itemError(errors, `tasks[${i}].rule`)}
                  />
                </>
              );
            }}
          />
        </section>
      </fieldset>
      {readOnly ? null : (
        <div className="actions form__submit">
          <Button type="submit" disabled={busy}>
            {creating ? t('templates.create') : t('templates.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
