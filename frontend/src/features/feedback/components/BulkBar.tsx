import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { getOrgUnitTree } from '../../orgunits/api/orgUnits';
import { bulkAction } from '../api/office';
import type { Feedback, FeedbackBulkAction, FeedbackPriority } from '../api/types';
import { bulkFailures } from '../logic';
import { answeringUnits } from './FeedbackActions';
import { ClassificationFields } from './ClassificationFields';
import { CoordinatingUnits } from './CoordinatingUnits';

type Action = FeedbackBulkAction['action'];
const ACTIONS: readonly Action[] = ['CLASSIFY', 'ASSIGN', 'REJECT'];

export interface BulkBarProps {
  planId: number;
  /** The selected items, as read (their versions go with the request). */
  selected: Feedback[];
  focusAreas: readonly { id: number; title: string }[];
  /** Every item as the server answered; the selection is then cleared by the caller. */
  onDone: (items: Feedback[], notice: string) => void;
  /** The failing items by id (empty when nothing failed item by item); the selection stays. */
  onFailures: (failures: Map<number, string>) => void;
  onClear: () => void;
}

/**
 * The office's action on every selected item at once: classify, assign (with coordinating units) or reject.
 * All or nothing: when the server refuses, each failing item is listed with its reason and the selection
 * is kept, so the office can untick them (or reload) and send again.
 */
export function BulkBar({ planId, selected, focusAreas, onDone, onFailures, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [action, setAction] = useState<Action>('CLASSIFY');
  const [focusAreaId, setFocusAreaId] = useState('');
  const [priority, setPriority] = useState<FeedbackPriority>('NORMAL');
  const [unitCode, setUnitCode] = useState('');
  const [coordinating, setCoordinating] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [failures, setFailures] = useState<{ id: number; title: string; message: string }[]>([]);
  const units = useAsync((signal) => (action === 'ASSIGN' ? getOrgUnitTree(api, signal) : Promise.resolve([])), [api, action === 'ASSIGN']);
  const unitOptions = units.status === 'success' ? answeringUnits(units.data) : [];

  if (selected.length === 0) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = action === 'CLASSIFY' ? focusAreaId : action === 'ASSIGN' ? unitCode : reason.trim();
    setMissing(!value);
    if (!value) return;
    const sent = selected.map((f) => ({ id: f.id, version: f.version }));
    const body: FeedbackBulkAction =
      action === 'CLASSIFY'
        ? { action, items: sent, focusAreaId: Number(focusAreaId), priority }
        : action === 'ASSIGN'
          ? { action, items: sent, unitCode, coordinatingUnitCodes: coordinating.filter((c) => c !== unitCode) }
          : { action, items: sent, reason: reason.trim() };
    setBusy(true);
    setError(null);
    setFailures([]);
    onFailures(new Map());
    try {
      const result = await bulkAction(api, planId, body);
      if (action === 'REJECT') setReason('');
      onDone(result.items, t(`feedback.bulk.done.${action}`, { count: result.items.length }));
    } catch (err) {
      const byId = err instanceof ApiError ? bulkFailures(err.fieldErrors, sent.map((s) => s.id)) : new Map<number, string>();
      setFailures(selected.filter((f) => byId.has(f.id)).map((f) => ({ id: f.id, title: f.title, message: byId.get(f.id)! })));
      onFailures(byId);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel fb-bulk" aria-labelledby="bulk-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="bulk-heading" className="fb-bulk__title">
        {t('feedback.bulk.selected', { count: selected.length })}
      </h2>
      <Field label={t('feedback.bulk.action')}>
        <select
          value={action}
          onChange={(e) => {
            setAction(e.target.value as Action);
            setMissing(false);
          }}
        >
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`feedback.bulk.actions.${a}`)}
            </option>
          ))}
        </select>
      </Field>
      {action === 'CLASSIFY' ? (
        <>
          <ClassificationFields
            focusAreas={focusAreas}
            focusAreaId={focusAreaId}
            onFocusArea={setFocusAreaId}
            priority={priority}
            onPriority={setPriority}
            focusAreaError={missing ? t('feedback.required') : undefined}
          />
        </>
      ) : null}
      {action === 'ASSIGN' ? (
        <>
          {units.status === 'error' ? <ErrorState error={units.error} onRetry={units.reload} headingLevel={3} /> : null}
          <Field label={t('feedback.field.unit')} error={missing ? t('feedback.required') : undefined} required>
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
        </>
      ) : null}
      {action === 'REJECT' ? (
        <Field label={t('feedback.rejectReason')} hint={t('feedback.actions.rejectHint')} error={missing ? t('feedback.required') : undefined} required>
          <textarea rows={3} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
        </Field>
      ) : null}
      {error ? (
        <div className="fb-bulk__failed">
          {failures.length > 0 ? (
            <div className="alert alert--error" role="alert">
              <h3 className="alert__title">{t('feedback.bulk.failedTitle', { count: failures.length })}</h3>
              <p>{t('feedback.bulk.failedDetail')}</p>
              <ul>
                {failures.map((f) => (
                  <li key={f.id}>
                    <strong>{f.title}</strong>: {f.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <ErrorState error={error} headingLevel={3} fieldLabel={(field) => t(`feedback.field.${field.split('.').pop()}`, { defaultValue: field })} />
          )}
        </div>
      ) : null}
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('common.loading') : t('feedback.bulk.apply', { count: selected.length })}
        </Button>
        <Button variant="secondary" onClick={onClear} disabled={busy}>
          {t('feedback.bulk.clear')}
        </Button>
      </div>
    </form>
  );
}
