import type { PlanTemplate, PlanTemplateDraft } from '../../api/types';
import { newKey, ruleOf, type RuleRow } from '../plans/draft';

type Row<T> = T & { key: string };

interface TemplateTaskRow {
  ownerKind: string;
  description: string;
  hasRule: boolean;
  offset: string;
  unit: string;
  direction: string;
}

/** The template editor's state: strings for inputs, lists with keys (stable across reorders). */
export interface TemplateForm {
  code: string;
  name: string;
  level: string;
  description: string;
  bodyCode: string;
  legalBases: Row<{ text: string }>[];
  purposes: Row<{ text: string }>[];
  agenda: Row<{ title: string; responsible: string }>[];
  composition: Row<{ level: string; description: string; targetCount: string }>[];
  tasks: Row<TemplateTaskRow>[];
  invitationRule: RuleRow;
  citizenInvitationRule: RuleRow;
}

/** Top-level members of the form: a server path ("create.request.content.agenda[0].title") is cut down to one of them. */
export const TEMPLATE_FIELDS = [
  'code', 'name', 'level', 'description', 'bodyCode', 'legalBases', 'purposes', 'agenda', 'composition', 'tasks',
  'invitationRule', 'citizenInvitationRule',
] as const;

type RuleValue = { offset: number; unit: string; direction: string } | null | undefined;

function ruleRow(rule: RuleValue): RuleRow {
  return rule
    ? { hasRule: true, offset: String(rule.offset), unit: rule.unit, direction: rule.direction }
    : { hasRule: false, offset: '3', unit: 'WORKING_DAYS', direction: 'BEFORE' };
}

export function emptyTemplateForm(level = 'COMMUNE'): TemplateForm {
  return {
    code: '',
    name: '',
    level,
    description: '',
    bodyCode: '',
    legalBases: [],
    purposes: [],
    agenda: [],
    composition: [],
    tasks: [],
    invitationRule: ruleRow(null),
    citizenInvitationRule: ruleRow(null),
  };
}

export function formFromTemplate(template: PlanTemplate): TemplateForm {
  const c = template.content;
  return {
    code: template.code,
    name: template.name,
    level: template.level,
    description: template.description ?? '',
    bodyCode: template.body?.code ?? '',
    legalBases: c.legalBases.map((text) => ({ key: newKey(), text })),
    purposes: c.purposes.map((text) => ({ key: newKey(), text })),
    agenda: c.agenda.map((a) => ({ key: newKey(), title: a.title, responsible: a.responsible ?? '' })),
    composition: c.composition.map((g) => ({
      key: newKey(),
      level: g.level,
      description: g.description,
      targetCount: g.targetCount == null ? '' : String(g.targetCount),
    })),
    tasks: c.tasks.map((task) => ({ key: newKey(), ownerKind: task.ownerKind, description: task.description, ...ruleRow(task.rule) })),
    invitationRule: ruleRow(c.invitationRule),
    citizenInvitationRule: ruleRow(c.citizenInvitationRule),
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

/** A number the user typed, or the text itself when it is none, for the server to name the field. */
function count(v: string): number | null {
  if (!v.trim()) return null;
  const n = Number(v.trim());
  return Number.isInteger(n) ? n : (v as unknown as number);
}

/** The body of POST (with code and body) or PUT /plan-templates: every field the admin writes. */
export function draftFromTemplateForm(form: TemplateForm, creating: boolean): PlanTemplateDraft {
  return {
    ...(creating ? { code: form.code.trim(), bodyCode: orNull(form.bodyCode) } : {}),
    name: form.name.trim(),
    level: form.level as PlanTemplateDraft['level'],
    description: orNull(form.description),
    content: {
      legalBases: form.legalBases.map((r) => r.text.trim()),
      purposes: form.purposes.map((r) => r.text.trim()),
      agenda: form.agenda.map((a) => ({ title: a.title.trim(), responsible: orNull(a.responsible) })),
      composition: form.composition.map((g) => ({
        level: g.level as PlanTemplateDraft['content']['composition'][number]['level'],
        description: g.description.trim(),
        targetCount: count(g.targetCount),
      })),
      tasks: form.tasks.map((task) => ({
        ownerKind: task.ownerKind as PlanTemplateDraft['content']['tasks'][number]['ownerKind'],
        description: task.description.trim(),
        rule: ruleOf(task),
      })),
      invitationRule: ruleOf(form.invitationRule),
      citizenInvitationRule: ruleOf(form.citizenInvitationRule),
    },
  };
}
