import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanTask } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { downloadReport, setTaskProgress, uploadReport } from '../api/plans';
import { daysLeft, describeRule, urgency, type Urgency } from '../deadline';
import { formatDate, zonedParts } from '../format';

const MAX_REPORT = 10 * 1024 * 1024;
const URGENCY_MARK: Record<Urgency, string> = { done: '✓', overdue: '!', dueSoon: '!', open: '', unscheduled: '' };

/** Tasks by due date (undated last), stable for equal dates. */
function sortTasks<T extends { dueDate?: string | null }>(tasks: readonly T[]): T[] {
  return tasks
    .map((task, i) => ({ task, i }))
    .sort((a, b) => {
      const da = a.task.dueDate ?? '9999-12-31';
      const db = b.task.dueDate ?? '9999-12-31';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.task);
}

/**
 * The preparation tasks against today: due dates, overdue ones red, due within 3 days amber,
 * done ones ticked; mark done / undo and upload a report when the server allows PROGRESS.
 */
export function TaskTimeline({
  plan,
  today,
  canProgress,
  onChanged,
  onError,
}: {
  plan: Plan;
  today: string;
  canProgress: boolean;
  onChanged: (plan: Plan) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const sessionDay = plan.sessionAt ? zonedParts(plan.sessionAt)?.date : undefined;
  const tasks = sortTasks(plan.tasks);
  const fileInputs = useRef(new Map<number, HTMLInputElement>());

  async function run(taskId: number, work: () => Promise<Plan>, done?: string) {
    setBusy(taskId);
    setMessage(null);
    try {
      onChanged(await work());
      if (done) setMessage(done);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(null);
    }
  }

  function onFile(task: PlanTask, file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_REPORT) {
      setMessage(t('plans.tasks.tooBig'));
      return;
    }
    void run(task.id, () => uploadReport(api, plan, task.id, file), t('plans.tasks.uploaded'));
  }

  if (tasks.length === 0) return <p className="muted">{t('plans.tasks.empty')}</p>;

  // Where "today" and the dialogue day fall among the due dates.
  let todayShown = false;
  let sessionShown = !sessionDay;
  const rows: ReactNode[] = [];
  const marker = (key: string, text: string, cls: string) => (
    <li key={key} className={`timeline__marker ${cls}`}>
      <span>{text}</span>
    </li>
  );
  for (const task of tasks) {
    const due = task.dueDate ?? '9999-12-31';
    if (!todayShown && due >= today) {
      rows.push(marker('today', t('plans.tasks.today', { date: formatDate(today) }), 'timeline__marker--today'));
      todayShown = true;
    }
    if (!sessionShown && sessionDay && due > sessionDay) {
      rows.push(marker('session', `${t('plans.tasks.sessionMarker')}: ${formatDate(sessionDay)}`, 'timeline__marker--session'));
      sessionShown = true;
    }
    const u = urgency(task, today);
    const left = daysLeft(task.dueDate, today);
    const when =
      u === 'done'
        ? task.doneOn
          ? t('plans.tasks.doneOn', { date: formatDate(task.doneOn) })
          : ''
        : left === null
          ? ''
          : left > 0
            ? t('plans.tasks.daysLeft', { count: left })
            : left === 0
              ? t('plans.tasks.dueToday')
              : t('plans.tasks.daysLate', { count: -left });
    const short = task.description.length > 60 ? `${task.description.slice(0, 57)}…` : task.description;
    rows.push(
      <li key={task.id} className={`timeline__item timeline__item--${u}`}>
        <div className="timeline__date">
          {task.dueDate ? <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time> : <span>—</span>}
        </div>
        <div className="timeline__body">
          <p className="timeline__status">
            <span className={`urgency urgency--${u}`}>
              {URGENCY_MARK[u] ? <span aria-hidden="true">{URGENCY_MARK[u]} </span> : null}
              {t(`plans.tasks.urgency.${u}`)}
            </span>
            {when ? <span className="timeline__when">{when}</span> : null}
          </p>
          <p className="timeline__owner">{task.owner?.name ?? (task.ownerKind ? t(`kind.${task.ownerKind}`) : t('plans.tasks.noOwner'))}</p>
          <p>{task.description}</p>
          <p className="muted">{describeRule(t, task.rule)}</p>
          {task.report ? (
            <p>
              {t('plans.tasks.report')}:{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void downloadReport(api, plan.id, task.id, task.report!.fileName).catch(onError)}
              >
                {t('plans.tasks.download', { name: task.report.fileName })}
              </button>
            </p>
          ) : null}
          {canProgress ? (
            <div className="actions">
              {task.status === 'DONE' ? (
                <Button
                  variant="secondary"
                  aria-label={t('plans.tasks.undoFor', { task: short })}
                  disabled={busy !== null}
                  onClick={() => void run(task.id, () => setTaskProgress(api, plan, task.id, null))}
                >
                  {t('plans.tasks.undo')}
                </Button>
              ) : (
                <Button
                  aria-label={t('plans.tasks.markDoneFor', { task: short })}
                  disabled={busy !== null}
                  onClick={() => void run(task.id, () => setTaskProgress(api, plan, task.id, today))}
                >
                  {t('plans.tasks.markDone')}
                </Button>
              )}
              <input
                ref={(el) => {
                  if (el) fileInputs.current.set(task.id, el);
                  else fileInputs.current.delete(task.id);
                }}
                type="file"
                className="visually-hidden"
                tabIndex={-1}
                aria-hidden="true"
                aria-label={t('plans.tasks.uploadFor', { task: short })}
                accept=".pdf,.doc,.docx,.png,.jpg,.jpeg,application/pdf,image/*"
                onChange={(e) => {
                  onFile(task, e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
              <Button
                variant="secondary"
                aria-label={t('plans.tasks.uploadFor', { task: short })}
                title={t('plans.tasks.uploadHint')}
                disabled={busy !== null}
                onClick={() => fileInputs.current.get(task.id)?.click()}
              >
                {t('plans.tasks.upload')}
              </Button>
            </div>
          ) : null}
        </div>
      </li>,
    );
  }
  if (!todayShown) rows.push(marker('today', t('plans.tasks.today', { date: formatDate(today) }), 'timeline__marker--today'));
  if (!sessionShown && sessionDay)
    rows.push(marker('session', `${t('plans.tasks.sessionMarker')}: ${formatDate(sessionDay)}`, 'timeline__marker--session'));

  return (
    <>
      {message ? (
        <Alert tone="info" live="polite">
          <p>{message}</p>
        </Alert>
      ) : null}
      <ol className="timeline">{rows}</ol>
    </>
  );
}
