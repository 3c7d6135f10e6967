import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Todo, TodoEntry } from '../../../api/types';
import { hrefOf } from '../api';

/** The order the roles are shown in: what the caller decides first, then what they prepare, answer and keep. */
const ROLE_ORDER = ['chair', 'secretariat', 'unit', 'ward', 'admin'];

const isDone = (e: TodoEntry) => e.count === 0;
const isLate = (e: TodoEntry) => e.workingDaysLeft != null && e.workingDaysLeft < 0;

/**
 * "Việc của tôi", grouped by role. Each entry is a link whose name is its reason, which starts with the count or states
 * the deadline, so a screen reader hears "3 câu trả lời chờ phê duyệt". Nothing waiting is shown as done rather than left
 * out: the user sees that it was looked at and nothing waits.
 */
export function TodoList({ todo }: { todo: Todo }) {
  const { t } = useTranslation();
  const roles = ROLE_ORDER.filter((r) => todo.entries.some((e) => e.role === r));
  if (roles.length === 0) return <p className="muted">{t('todo.empty')}</p>;
  return (
    <>
      {roles.map((role) => {
        // What waits first, then deadlines and actions, then what is done.
        const entries = todo.entries.filter((e) => e.role === role);
        const ordered = [...entries.filter((e) => (e.count ?? 0) > 0), ...entries.filter((e) => e.count == null), ...entries.filter(isDone)];
        const waiting = entries.filter((e) => (e.count ?? 0) > 0).length;
        return (
          <section key={role} className="todo-group" aria-labelledby={`todo-${role}`}>
            <h2 id={`todo-${role}`}>
              {t(`roles.${role}`)}
              <span className="todo-group__summary muted"> · {waiting > 0 ? t('todo.waiting', { count: waiting }) : t('todo.nothingWaits')}</span>
            </h2>
            <ul className="todo-list">
              {ordered.map((e, i) => (
                <li key={`${e.kind}-${e.plan?.id ?? i}-${i}`} className={`todo-item${isDone(e) ? ' todo-item--done' : ''}${isLate(e) ? ' todo-item--late' : ''}`}>
                  {e.count != null ? (
                    <span className={`todo-item__count${isDone(e) ? ' todo-item__count--done' : ''}`} aria-hidden="true">
                      {isDone(e) ? '✓' : e.count}
                    </span>
                  ) : (
                    <span className="todo-item__count todo-item__count--deadline" aria-hidden="true">
                      {isLate(e) ? '!' : '•'}
                    </span>
                  )}
                  <span className="todo-item__body">
                    <Link to={hrefOf(e)} className="todo-item__link">
                      {e.reason}
                    </Link>
                    {isDone(e) ? <span className="tag tag--muted todo-item__state">{t('todo.done')}</span> : null}
                    {isLate(e) ? <span className="tag tag--late todo-item__state">{t('todo.late')}</span> : null}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
