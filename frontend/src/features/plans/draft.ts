import type { Plan, PlanDraft } from '../../api/types';
import { toVietnamInstant, zonedParts } from './format';

/** A list row in the editor: `key` is the React key (stable across reorders), `id` the server's item id. */
type Row<T> = T & { key: string; id?: number };

let seq = 0;
export function newKey(): string {
  seq += 1;
  return `new-${seq}`;
}

export interface TaskRow {
  ownerUnitCode: string;
  ownerKind: string;
  description: string;
  hasRule: boolean;
  offset: string;
  unit: string;
  direction: string;
}

/** A deadline rule in the editor: a checkbox (has a rule) and the three inputs, as strings. */
export interface RuleRow {
  hasRule: boolean;
  offset: string;
  unit: string;
  direction: string;
}

type RuleValue = { offset: number; unit: string; direction: string } | null | undefined;

function ruleRow(rule: RuleValue, fallback: Omit<RuleRow, 'hasRule'> = { offset: '3', unit: 'WORKING_DAYS', direction: 'BEFORE' }): RuleRow {
  return rule
    ? { hasRule: true, offset: String(rule.offset), unit: rule.unit, direction: rule.direction }
    : { hasRule: false, ...fallback };
}

/** The editor's state: strings for inputs, lists with keys. */
export interface PlanForm {
  level: string;
  title: string;
  number: string;
  symbol: string;
  issueDate: string;
  issuingUnitCode: string;
  issuingBodyName: string;
  chairTitle: string;
  chairName: string;
  topic: string;
  plannedMonth: string;
  sessionDate: string;
  sessionTime: string;
  scheduleNote: string;
  venue: string;
  format: string;
  formatNote: string;
  agendaNote: string;
  legalBases: Row<{ text: string }>[];
  purposes: Row<{ text: string }>[];
  focusAreas: Row<{ title: string }>[];
  agenda: Row<{ title: string; responsible: string }>[];
  composition: Row<{ level: string; description: string; targetCount: string }>[];
  tasks: Row<TaskRow>[];
  invitationRule: RuleRow;
  citizenInvitationRule: RuleRow;
}

const s = (v: string | null | undefined) => v ?? '';

export function formFromPlan(plan: Plan): PlanForm {
  const session = plan.sessionAt ? zonedParts(plan.sessionAt) : null;
  return {
    level: plan.level,
    title: plan.title,
    number: s(plan.number),
    symbol: s(plan.symbol),
    issueDate: s(plan.issueDate),
    issuingUnitCode: s(plan.issuingUnit?.code),
    issuingBodyName: s(plan.issuingBodyName),
    chairTitle: s(plan.chairTitle),
    chairName: s(plan.chairName),
    topic: s(plan.topic),
    plannedMonth: s(plan.plannedMonth),
    sessionDate: session?.date ?? '',
    sessionTime: session?.time ?? '',
    scheduleNote: s(plan.scheduleNote),
    venue: s(plan.venue),
    format: s(plan.format),
    formatNote: s(plan.formatNote),
    agendaNote: s(plan.agendaNote),
    legalBases: plan.legalBases.map((text) => ({ key: newKey(), text })),
    purposes: plan.purposes.map((text) => ({ key: newKey(), text })),
    focusAreas: plan.focusAreas.map((f) => ({ key: `f${f.id}`, id: f.id, title: f.title })),
    agenda: plan.agenda.map((a) => ({ key: `a${a.id}`, id: a.id, title: a.title, responsible: s(a.responsible) })),
    composition: plan.composition.map((c) => ({
      key: `c${c.id}`,
      id: c.id,
      level: c.level,
      description: c.description,
      targetCount: c.targetCount == null ? '' : String(c.targetCount),
    })),
    tasks: plan.tasks.map((task) => ({
      key: `t${task.id}`,
      id: task.id,
      ownerUnitCode: s(task.owner?.code),
      ownerKind: s(task.ownerKind),
      description: task.description,
      hasRule: task.rule != null,
      offset: task.rule ? String(task.rule.offset) : '0',
      unit: task.rule?.unit ?? 'CALENDAR_DAYS',
      direction: task.rule?.direction ?? 'BEFORE',
    })),
    invitationRule: ruleRow(plan.invitationRule),
    citizenInvitationRule: ruleRow(plan.citizenInvitationRule, { offset: '3', unit: 'CALENDAR_DAYS', direction: 'BEFORE' }),
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

export function ruleOf(task: Pick<TaskRow, 'hasRule' | 'offset' | 'unit' | 'direction'>) {
  if (!task.hasRule) return null;
  const offset = Number.parseInt(task.offset, 10);
  return {
    offset: Number.isFinite(offset) && offset >= 0 ? offset : 0,
    unit: task.unit as 'CALENDAR_DAYS' | 'WORKING_DAYS',
    direction: task.direction as 'BEFORE' | 'AFTER',
  };
}

/** The body of PUT /plans/{id} (and POST): every editable field; items keep their ids. */
export function draftFromForm(form: PlanForm): PlanDraft {
  const sessionAt = form.sessionDate ? toVietnamInstant(form.sessionDate, form.sessionTime) : null;
  const body = {
    level: form.level,
    title: form.title.trim(),
    number: orNull(form.number),
    symbol: orNull(form.symbol),
    issueDate: orNull(form.issueDate),
    issuingUnitCode: orNull(form.issuingUnitCode),
    issuingBodyName: orNull(form.issuingBodyName),
    legalBases: form.legalBases.map((b) => b.text.trim()).filter(Boolean),
    chairTitle: orNull(form.chairTitle),
    chairName: orNull(form.chairName),
    purposes: form.purposes.map((p) => p.text.trim()).filter(Boolean),
    topic: orNull(form.topic),
    focusAreas: form.focusAreas.map((f) => ({ ...(f.id ? { id: f.id } : {}), title: f.title.trim() })),
    plannedMonth: orNull(form.plannedMonth),
    sessionAt,
    scheduleNote: orNull(form.scheduleNote),
    venue: orNull(form.venue),
    format: orNull(form.format),
    formatNote: orNull(form.formatNote),
    agenda: form.agenda.map((a) => ({ ...(a.id ? { id: a.id } : {}), title: a.title.trim(), responsible: orNull(a.responsible) })),
    agendaNote: orNull(form.agendaNote),
    composition: form.composition.map((c) => {
      const n = Number.parseInt(c.targetCount, 10);
      return { ...(c.id ? { id: c.id } : {}), level: c.level, description: c.description.trim(), targetCount: Number.isFinite(n) ? n : null };
    }),
    tasks: form.tasks.map((task) => ({
      ...(task.id ? { id: task.id } : {}),
      ownerUnitCode: orNull(task.ownerUnitCode),
      ownerKind: orNull(task.ownerKind),
      description: task.description.trim(),
      rule: ruleOf(task),
    })),
    invitationRule: ruleOf(form.invitationRule),
    citizenInvitationRule: ruleOf(form.citizenInvitationRule),
  };
  return body as unknown as PlanDraft;
}

/** The minimal body that creates a draft: from a template (the server fills lists) or blank. */
export function newDraft(level: string, title: string, templateCode: string | null): PlanDraft {
  const body = {
    ...(templateCode ? { templateCode } : {}),
    level,
    title: title.trim(),
    number: null,
    symbol: null,
    issueDate: null,
    issuingUnitCode: null,
    issuingBodyName: null,
    legalBases: [],
    chairTitle: null,
    chairName: null,
    purposes: [],
    topic: null,
    focusAreas: [],
    plannedMonth: null,
    sessionAt: null,
    scheduleNote: null,
    venue: null,
    format: null,
    formatNote: null,
    agenda: [],
    agendaNote: null,
    composition: [],
    tasks: [],
  };
  return body as unknown as PlanDraft;
}
