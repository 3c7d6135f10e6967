import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { Loading } from '../../../ui/Loading';
import { answeringUnits } from '../../feedback/components/FeedbackActions';
import { CoordinatingUnits } from '../../feedback/components/CoordinatingUnits';
import { getOrgUnitTree } from '../../orgunits/api/orgUnits';
import { createRuling, getRuling, isStale, updateRuling, type Ruling } from '../api/rulings';
import { ItemPicker } from '../components/ItemPicker';
import { RULING_TYPES, EMPTY_FORM, clearDraft, draftKey, formOf, loadDraft, missingFields, requestOf, saveDraft, sameForm, type RulingForm } from '../logic';
import '../rulings.css';

function Editor({ planId, ruling }: { planId: number; ruling: Ruling | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const key = draftKey(planId, ruling ? ruling.id : 'new');
  const base = ruling ? formOf(ruling) : EMPTY_FORM;
  const [kept] = useState(() => loadDraft(key));
  const [form, setForm] = useState<RulingForm>(() => kept ?? base);
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const units = useAsync((signal) => getOrgUnitTree(api, signal), [api]);
  const unitOptions = units.status === 'success' ? answeringUnits(units.data) : [];

  // Kept on the device while it differs from what the server has, so a reload or a lost tab loses nothing.
  useEffect(() => {
    if (sameForm(form, base)) clearDraft(key);
    else saveDraft(key, form);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, key]);

  const set = <K extends keyof RulingForm>(k: K, v: RulingForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const err = (k: string) => (missing.includes(k) ? t('rulings.required') : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = missingFields(form);
    setMissing(m);
    if (m.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const saved = ruling ? await updateRuling(api, planId, ruling, requestOf(form)) : await createRuling(api, planId, requestOf(form));
      clearDraft(key);
      navigate(`/plans/${planId}/rulings/${saved.id}`, { state: { notice: t('rulings.saved') } });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const label = (field: string) =>
    ({ content: t('rulings.content'), unitCode: t('rulings.leadUnit'), dueDate: t('rulings.due'), escalatedTo: t('rulings.escalatedTo'), recommendation: t('rulings.recommendation'), reason: t('rulings.reason') })[
      field.replace(/\[\d+\]$/, '')
    ] ?? (field.startsWith('feedbackIds') ? t('rulings.items') : field);

  return (
    <form className="rl-form" onSubmit={(e) => void submit(e)} noValidate>
      {kept ? (
        <Alert tone="info">
          <p>{t('rulings.draftKept')}</p>
          <Button
            variant="ghost"
            onClick={() => {
              clearDraft(key);
              setForm(base);
            }}
          >
            {t('rulings.discardDraft')}
          </Button>
        </Alert>
      ) : null}
      <fieldset>
        <legend>{t('rulings.type')}</legend>
        {RULING_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="radio" name="type" value={type} checked={form.type === type} onChange={() => set('type', type)} />
            <span>{t(`rulings.typeName.${type}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field label={t('rulings.content')} hint={t('rulings.contentHint')} error={err('content')} required>
        <textarea value={form.content} onChange={(e) => set('content', e.target.value)} rows={5} />
      </Field>
      {form.type === 'RESOLVE' ? (
        <>
          <Field label={t('rulings.leadUnit')} error={err('unitCode')} required>
            <select value={form.unitCode} onChange={(e) => set('unitCode', e.target.value)}>
              <option value="">{t('rulings.chooseUnit')}</option>
              {unitOptions.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          <CoordinatingUnits units={unitOptions} lead={form.unitCode} value={form.coordinatingUnitCodes} onChange={(codes) => set('coordinatingUnitCodes', codes)} />
          <Field label={t('rulings.due')} error={err('dueDate')} required>
            <DateInput value={form.dueDate} onChange={(v) => set('dueDate', v)} />
          </Field>
        </>
      ) : null}
      {form.type === 'ESCALATE' ? (
        <>
          <Field label={t('rulings.escalatedTo')} error={err('escalatedTo')} required>
            <input type="text" value={form.escalatedTo} onChange={(e) => set('escalatedTo', e.target.value)} />
          </Field>
          <Field label={t('rulings.recommendation')} error={err('recommendation')} required>
            <textarea value={form.recommendation} onChange={(e) => set('recommendation', e.target.value)} rows={4} />
          </Field>
        </>
      ) : null}
      {form.type === 'DECLINED' ? (
        <Field label={t('rulings.reason')} error={err('reason')} required>
          <textarea value={form.reason} onChange={(e) => set('reason', e.target.value)} rows={3} />
        </Field>
      ) : null}
      <ItemPicker planId={planId} value={form.items} onChange={(items) => set('items', items)} error={missing.includes('feedbackIds') ? t('rulings.noItemsPicked') : undefined} />
      {error ? (
        isStale(error) ? (
          <Alert tone="warning" title={t('rulings.stale')}>
            <Button variant="secondary" onClick={() => window.location.reload()}>
              {t('rulings.reload')}
            </Button>
          </Alert>
        ) : (
          <ErrorState error={error} fieldLabel={label} />
        )
      ) : null}
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {t('rulings.save')}
        </Button>
        <Link to={ruling ? `/plans/${planId}/rulings/${ruling.id}` : `/plans/${planId}/rulings`}>{t('rulings.cancel')}</Link>
      </div>
    </form>
  );
}

/** Drafting a new ruling, or editing a draft (`:rulingId`); unsaved work stays on the device until saved. */
export default function RulingFormPage() {
  const { t } = useTranslation();
  const api = useApi();
  const params = useParams();
  const planId = Number(params.id);
  const rulingId = params.rulingId ? Number(params.rulingId) : null;
  const loaded = useAsync((signal) => (rulingId ? getRuling(api, planId, rulingId, signal) : Promise.resolve(null)), [api, planId, rulingId]);
  const title = loaded.status === 'success' && loaded.data ? t('rulings.editTitle', { number: loaded.data.number }) : t('rulings.newTitle');
  useDocumentTitle(title);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/plans/${planId}/rulings`}>{t('rulings.backToList')}</Link>
      </p>
      <h1>{title}</h1>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.status === 'success' && loaded.data && loaded.data.status !== 'DRAFT' ? <Alert tone="warning">{t('rulings.status.ISSUED')}</Alert> : null}
      {loaded.status === 'success' && (!loaded.data || loaded.data.status === 'DRAFT') ? <Editor key={loaded.data?.version ?? 'new'} planId={planId} ruling={loaded.data} /> : null}
    </div>
  );
}
