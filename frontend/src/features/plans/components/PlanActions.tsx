import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { can, NEEDS_REASON, transitionButtons, type Transition } from '../actions';
import { deletePlan, publishWarnings, transition } from '../api/plans';

type Pending = { action: Transition; warnings?: { taskId?: number; message: string }[] } | { action: 'DELETE' };

/**
 * Exactly the buttons the server lists in allowedActions. RETURN and CANCEL ask for a reason;
 * the other transitions ask to confirm; a PUBLISH answered 409 with `warnings` shows them and
 * sends again with acknowledgeWarnings once the publisher confirms.
 */
export function PlanActions({
  plan,
  onChanged,
  onDeleted,
  onError,
  onSchedule,
}: {
  plan: Plan;
  onChanged: (plan: Plan, action: string) => void;
  onDeleted: () => void;
  onError: (error: unknown) => void;
  onSchedule?: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const opener = useRef<string | null>(null);
  const reasonId = useId();
  const buttons = transitionButtons(plan.allowedActions);
  const allowed = plan.allowedActions;

  useEffect(() => {
    // Move focus into the confirmation panel when it opens (the reason box when there is one),
    // and back to the button that opened it when it closes without a change.
    if (pending) panelRef.current?.querySelector<HTMLElement>('textarea, button')?.focus();
    else if (opener.current) barRef.current?.querySelector<HTMLElement>(`[data-action="${opener.current}"]`)?.focus();
  }, [pending]);
  const close = () => setPending(null);

  const open = (p: Pending) => {
    opener.current = p.action;
    setPending(p);
    setReason('');
    setReasonError(undefined);
  };

  async function confirm(e: FormEvent) {
    e.preventDefault();
    if (!pending) return;
    if (pending.action === 'DELETE') {
      setBusy(true);
      try {
        await deletePlan(api, plan);
        onDeleted();
      } catch (err) {
        onError(err);
        setPending(null);
      } finally {
        setBusy(false);
      }
      return;
    }
    const needsReason = NEEDS_REASON.includes(pending.action);
    if (needsReason && !reason.trim()) {
      setReasonError(t('plans.detail.reasonRequired'));
      panelRef.current?.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    setBusy(true);
    try {
      const next = await transition(api, plan, {
        action: pending.action,
        ...(needsReason ? { reason: reason.trim() } : {}),
        ...(pending.action === 'PUBLISH' && 'warnings' in pending && pending.warnings ? { acknowledgeWarnings: true } : {}),
      });
      opener.current = null;
      setPending(null);
      onChanged(next, pending.action);
    } catch (err) {
      const warnings = pending.action === 'PUBLISH' ? publishWarnings(err) : null;
      if (warnings && !('warnings' in pending && pending.warnings)) {
        setPending({ action: 'PUBLISH', warnings });
      } else if (err instanceof ApiError && err.status === 400 && err.fieldErrors.some((f) => f.field.endsWith('reason'))) {
        setReasonError(err.fieldErrors.find((f) => f.field.endsWith('reason'))?.message);
      } else {
        setPending(null);
        onError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  const withWarnings = pending && pending.action === 'PUBLISH' && 'warnings' in pending && pending.warnings;
  const needsReason = pending && pending.action !== 'DELETE' && NEEDS_REASON.includes(pending.action);

  return (
    <div className="plan-actions">
      <div className="actions" ref={barRef}>
        {can(allowed, 'EDIT') ? (
          <Link className="btn btn--secondary" to={`/plans/${plan.id}/edit`}>
            {t('plans.detail.edit')}
          </Link>
        ) : null}
        {can(allowed, 'SCHEDULE') && onSchedule ? (
          <Button variant="secondary" onClick={onSchedule}>
            {t('plans.detail.schedule')}
          </Button>
        ) : null}
        {buttons.map((action) => (
          <Button
            key={action}
            data-action={action}
            variant={action === 'CANCEL' || action === 'RETURN' ? 'secondary' : 'primary'}
            disabled={busy}
            aria-expanded={pending?.action === action}
            onClick={() => open({ action })}
          >
            {t(`plans.action.${action}`)}
          </Button>
        ))}
        {can(allowed, 'DELETE') ? (
          <Button variant="secondary" data-action="DELETE" disabled={busy} aria-expanded={pending?.action === 'DELETE'} onClick={() => open({ action: 'DELETE' })}>
            {t('plans.detail.delete')}
          </Button>
        ) : null}
      </div>
      {pending ? (
        <div ref={panelRef} className="confirm-panel">
          <form
            onSubmit={(e) => void confirm(e)}
            noValidate
            aria-label={pending.action === 'DELETE' ? t('plans.detail.delete') : t(`plans.action.${pending.action}`)}
          >
            {withWarnings ? (
              <Alert tone="warning" title={t('plans.detail.warningsTitle')} headingLevel={2} live="assertive">
                <p>{t('plans.detail.warningsLead')}</p>
                <ul className="warnings">
                  {pending.warnings!.map((w, i) => (
                    <li key={`${w.taskId ?? 'w'}-${i}`}>{w.message}</li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <p className="confirm-panel__question">
                {pending.action === 'DELETE' ? t('plans.detail.deleteConfirm') : t(`plans.confirmAction.${pending.action}`)}
              </p>
            )}
            {needsReason ? (
              <div className={`field${reasonError ? ' field--invalid' : ''}`}>
                <label className="field__label" htmlFor={reasonId}>
                  {t('plans.detail.reason')}
                  <span aria-hidden="true"> *</span>
                </label>
                <p className="field__hint" id={`${reasonId}-hint`}>
                  {t('plans.detail.reasonHint')}
                </p>
                <textarea
                  id={reasonId}
                  rows={3}
                  value={reason}
                  aria-required="true"
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}`}
                  onChange={(e) => setReason(e.target.value)}
                />
                {reasonError ? (
                  <p className="field__error" id={`${reasonId}-error`}>
                    {reasonError}
                  </p>
                ) : null}
              </div>
            ) : null}
            <div className="actions">
              <Button type="submit" disabled={busy}>
                {withWarnings
                  ? t('plans.detail.warningsConfirm')
                  : pending.action === 'DELETE'
                    ? t('plans.detail.delete')
                    : t(`plans.action.${pending.action}`)}
              </Button>
              <Button variant="secondary" disabled={busy} onClick={close}>
                {t('plans.detail.cancel')}
              </Button>
            </div>
          </form>
        </div>
      ) : null}
    </div>
  );
}
