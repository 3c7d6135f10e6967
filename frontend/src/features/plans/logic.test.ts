import { describe, expect, it } from 'vitest';
import i18n, { loadLanguage } from '../../lib/i18n';
import { NEEDS_REASON, transitionButtons } from './actions';
import { describeRule, sessionWarning, urgency, daysLeft } from './deadline';
import { fieldLabel, itemError, mapFieldErrors, normalizeFieldPath } from './fieldErrors';
import { daysBetween, formatDate, formatDateTime, formatMonth, todayInVietnam, toVietnamInstant, zonedParts } from './format';
import { moveItem, removeItem } from './reorder';
import { planReference } from './labels';

describe('deadline rule wording', () => {
  it('reads like the plans, in Vietnamese', () => {
    const t = i18n.getFixedT('vi');
    expect(describeRule(t, { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' })).toBe('10 ngày trước ngày đối thoại');
    expect(describeRule(t, { offset: 3, unit: 'WORKING_DAYS', direction: 'BEFORE' })).toBe('trước ngày đối thoại ít nhất 3 ngày làm việc');
    expect(describeRule(t, { offset: 10, unit: 'WORKING_DAYS', direction: 'AFTER' })).toBe('chậm nhất 10 ngày làm việc sau ngày đối thoại');
    expect(describeRule(t, { offset: 7, unit: 'CALENDAR_DAYS', direction: 'AFTER' })).toBe('chậm nhất 7 ngày sau ngày đối thoại');
    expect(describeRule(t, { offset: 0, unit: 'CALENDAR_DAYS', direction: 'BEFORE' })).toBe('trong ngày đối thoại');
    expect(describeRule(t, null)).toBe('Không có hạn theo quy định');
  });

  it('and in English', async () => {
    await loadLanguage('en');
    const t = i18n.getFixedT('en');
    expect(describeRule(t, { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' })).toBe('10 days before the dialogue');
    expect(describeRule(t, { offset: 3, unit: 'WORKING_DAYS', direction: 'BEFORE' })).toBe('at least 3 working days before the dialogue');
    expect(describeRule(t, { offset: 10, unit: 'WORKING_DAYS', direction: 'AFTER' })).toBe('within 10 working days after the dialogue');
  });
});

describe('task urgency against a fixed today (2022-11-20)', () => {
  const today = '2022-11-20';
  it.each([
    [{ status: 'DONE', dueDate: '2022-11-01' }, 'done'],
    [{ status: 'OVERDUE', dueDate: '2022-11-18' }, 'overdue'],
    [{ status: 'OPEN', dueDate: '2022-11-19' }, 'overdue'], // past due although the copy says OPEN
    [{ status: 'OPEN', dueDate: '2022-11-20' }, 'dueSoon'], // due today
    [{ status: 'OPEN', dueDate: '2022-11-23' }, 'dueSoon'], // 3 days left
    [{ status: 'OPEN', dueDate: '2022-11-24' }, 'open'], // 4 days left
    [{ status: 'OPEN', dueDate: null }, 'unscheduled'],
  ])('%o → %s', (task, expected) => {
    expect(urgency(task, today)).toBe(expected);
  });

  it('counts days left across months and years', () => {
    expect(daysLeft('2022-12-01', today)).toBe(11);
    expect(daysLeft('2022-11-18', today)).toBe(-2);
    expect(daysBetween('2022-12-31', '2023-01-01')).toBe(1);
    expect(daysLeft(null, today)).toBeNull();
  });

  it('warns in the editor when the session date leaves a task too little time', () => {
    const before = { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' };
    expect(sessionWarning(before, '2022-11-19', today)).toEqual({ kind: 'past', dueDate: '2022-11-19' });
    expect(sessionWarning(before, '2022-11-21', today)).toEqual({ kind: 'tight', dueDate: '2022-11-21', days: 1 });
    expect(sessionWarning(before, '2022-11-23', today)).toBeNull();
    // after-the-session rules never warn; neither do tasks without a rule or a date
    expect(sessionWarning({ ...before, direction: 'AFTER' }, '2022-11-19', today)).toBeNull();
    expect(sessionWarning(null, '2022-11-19', today)).toBeNull();
    expect(sessionWarning(before, null, today)).toBeNull();
  });
});

describe('dates in Vietnamese format and Hồ Chí Minh time', () => {
  it('formats dates dd/MM/yyyy without zone shifts', () => {
    expect(formatDate('2022-10-20')).toBe('20/10/2022');
    expect(formatMonth('2022-11')).toBe('11/2022');
    expect(formatDate(null)).toBe('');
  });

  it('shows instants in Asia/Ho_Chi_Minh whatever the offset they come with', () => {
    expect(zonedParts('2022-11-25T01:00:00Z')).toEqual({ date: '2022-11-25', time: '08:00' });
    expect(zonedParts('2022-11-25T08:00:00+07:00')).toEqual({ date: '2022-11-25', time: '08:00' });
    expect(formatDateTime('2022-11-25T01:00:00Z', 'vi')).toBe('08:00, thứ Sáu 25/11/2022');
    expect(formatDateTime('2022-11-25T01:00:00Z', 'en')).toBe('08:00, Friday 25/11/2022');
    expect(todayInVietnam(new Date('2022-11-24T18:30:00Z'))).toBe('2022-11-25');
    expect(toVietnamInstant('2022-11-25', '08:00')).toBe('2022-11-25T08:00:00+07:00');
    expect(toVietnamInstant('2022-11-25', '')).toBe('2022-11-25T08:00:00+07:00');
  });

  it('cites a plan as number-symbol', () => {
    expect(planReference('61', 'KH/ThU')).toBe('61-KH/ThU');
    expect(planReference(null, 'KH/ThU')).toBe('KH/ThU');
    expect(planReference(null, null)).toBe('');
  });
});

describe('reorder', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves up and down, and ignores moves past either end', () => {
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 1)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c', 'd']); // not mutated
    expect(removeItem(list, 1)).toEqual(['a', 'c', 'd']);
  });
});

describe('problem+json field paths', () => {
  it('normalises the server paths to the editor keys', () => {
    expect(normalizeFieldPath('focusAreas[2].title')).toBe('focusAreas[2].title');
    expect(normalizeFieldPath('focusAreas.2.title')).toBe('focusAreas[2].title');
    expect(normalizeFieldPath('update.draft.tasks[0].rule.offset')).toBe('tasks[0].rule.offset');
    expect(normalizeFieldPath('body.title')).toBe('title');
    expect(normalizeFieldPath('legalBases[1]')).toBe('legalBases[1]');
    expect(normalizeFieldPath('If-Match')).toBeNull();
  });

  it('groups messages by field and finds an item’s errors', () => {
    const map = mapFieldErrors([
      { field: 'title', message: 'must not be blank' },
      { field: 'focusAreas[2].title', message: 'must not be blank' },
      { field: 'focusAreas[2].title', message: 'too long' },
      { field: 'tasks[1].rule.offset', message: 'must be ≥ 0' },
      { field: 'other', message: 'ignored' },
    ]);
    expect(map).toEqual({
      title: 'must not be blank',
      'focusAreas[2].title': 'must not be blank too long',
      'tasks[1].rule.offset': 'must be ≥ 0',
    });
    expect(itemError(map, 'tasks[1].rule')).toBe('must be ≥ 0');
    expect(itemError(map, 'focusAreas[1]')).toBeUndefined();
  });

  it('names fields in the UI’s words', () => {
    const t = i18n.getFixedT('vi');
    expect(fieldLabel(t, 'issuingUnitCode')).toBe('Cơ quan ban hành');
    expect(fieldLabel(t, 'focusAreas[2].title')).toBe('Nội dung trọng tâm (3)');
    expect(fieldLabel(t, 'If-Match')).toBe('If-Match');
  });
});

describe('allowedActions → buttons', () => {
  it('shows exactly the listed transitions, in workflow order', () => {
    expect(transitionButtons(['CANCEL', 'EDIT', 'SUBMIT', 'DELETE'])).toEqual(['SUBMIT', 'CANCEL']);
    expect(transitionButtons(['RETURN', 'APPROVE'])).toEqual(['APPROVE', 'RETURN']);
    expect(transitionButtons(['SOMETHING_NEW'])).toEqual([]);
    expect(transitionButtons(undefined)).toEqual([]);
    expect(NEEDS_REASON).toEqual(['RETURN', 'CANCEL']);
  });
});
