import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { getMe } from '../../account/api/getMe';
import { loadLocalities } from '../../participants/api/participants';
import { getPublicPlan } from '../../plans/api/plans';
import { OutboxBar } from '../../session/components/OutboxBar';
import type { OutboxOp } from '../../session/outbox';
import { sendOp } from '../../session/sendOp';
import { useOnline, useOutbox } from '../../session/useOutbox';
import type { FeedbackKind, FeedbackReceipt } from '../api/types';
import { FEEDBACK_KINDS } from '../logic';
import { ConsentNotice, useConsent } from '../../privacy/ConsentNotice';
import { FEEDBACK_PURPOSES } from '../../privacy/consent';
import {
  checkWardItem,
  clearWardItemDraft,
  emptyWardItem,
  loadWardItemDraft,
  saveWardItemDraft,
  wardItemRequest,
  type WardItemFields,
} from '../wardItemDraft';

interface Sent {
  key: string;
  title: string;
  trackingCode: string;
}

/**
 * The ward officer's entry of the items their ward collected (ý kiến phường, xã thu thập) for a dialogue: one item at
 * a time, saved and then the next, with the list of what was entered. No organisation and no ward to type: the ward
 * is the officer's own, from their account, and the server files the items as collected by it. Each saved item goes
 * to the plan's outbox on this device (the session's), so the form works without network and a retry never makes a
 * second item.
 */
export default function WardIntakePage() {
  const { t } = useTranslation();
  const api = useApi();
  const planId = Number(useParams().id);
  const title = t('feedback.ward.title');
  useDocumentTitle(title);
  const me = useAsync((signal) => getMe(api, signal), [api]);
  const plan = useAsync((signal) => getPublicPlan(api, planId, signal), [api, planId]);
  const places = useAsync((signal) => loadLocalities(api, signal), [api]);
  const ward = me.status === 'success' ? me.data.ward : null;
  const villages = (places.status === 'success' && ward ? places.data.find((w) => w.code === ward.code)?.villages : undefined) ?? [];

  const [fields, setFields] = useState<WardItemFields>(() => loadWardItemDraft(planId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent[]>([]);
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const online = useOnline();
  // The officer enters what someone told or wrote them: they say how that person consented.
  const consent = useConsent(true);

  useEffect(() => saveWardItemDraft(planId, fields), [planId, fields]);

  const send = useCallback(
    async (op: OutboxOp) => {
      const receipt = await sendOp(api, op);
      if (op.kind === 'wardItem') {
        const r = receipt as FeedbackReceipt;
        setSent((s) => (s.some((x) => x.key === op.key) ? s : [...s, { key: op.key, title: r.title, trackingCode: r.trackingCode }]));
      }
      return receipt;
    },
    [api],
  );
  const outbox = useOutbox(planId, send, () => {});
  const waiting = outbox.pending.filter((op) => op.kind === 'wardItem');

  const set = (k: keyof WardItemFields, v: string) => setFields((f) => ({ ...f, [k]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = Object.fromEntries(Object.entries(checkWardItem(fields)).map(([k, v]) => [k, t(v)]));
    // A name or a phone is personal data: taken in only with the person's consent to handle it.
    const personal = [fields.submitterName, fields.submitterPhone].some((v) => v.trim());
    if (personal) Object.assign(found, consent.check(t));
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const given = personal ? consent.input() : null;
    outbox.add({ kind: 'wardItem', body: { ...wardItemRequest(fields), ...(given ? { consent: given } : {}) } });
    // The next person decides for themselves; the way the officer collects usually stays the same.
    consent.setChoice({ purposes: [], channel: consent.choice.channel });
    setSaved(fields.title.trim());
    // The next item: same kind of paper, often the same village; the rest starts empty.
    const next = { ...emptyWardItem(fields.villageCode), kind: fields.kind };
    setFields(next);
    clearWardItemDraft(planId);
    titleRef.current?.focus();
  };

  const entered = sent.length + waiting.length;

  return (
    <div className="page ward-intake">
      <p className="breadcrumb">
        <Link to="/todo">{t('todo.title')}</Link>
      </p>
      <h1>{title}</h1>
      <p>
        {plan.status === 'success' ? <>{plan.data.title} · </> : null}
        {t('feedback.ward.wardIs')} <strong>{ward ? ward.name : t('feedback.ward.ownWard')}</strong>
      </p>
      <p className="muted">{t('feedback.ward.intro')}</p>
      <OutboxBar
        online={online}
        pending={outbox.pending.length}
        sending={outbox.sending}
        onRetry={() => void outbox.retry()}
        rejected={outbox.rejected}
        onDismiss={outbox.dismiss}
      />
      <p role="status" className="ward-intake__saved">
        {saved ? t(online ? 'feedback.ward.saved' : 'feedback.ward.savedOffline', { title: saved }) : ''}
      </p>
      <form ref={formRef} className="form" aria-label={title} onSubmit={submit} noValidate>
        <Field label={t('feedback.field.kind')} required>
          <select value={fields.kind} onChange={(e) => set('kind', e.target.value as FeedbackKind)}>
            {FEEDBACK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`feedback.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('feedback.field.title')} error={errors.title} required>
          <input ref={titleRef} value={fields.title} maxLength={500} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label={t('feedback.field.content')} error={errors.content} required>
          <textarea rows={4} value={fields.content} maxLength={10000} onChange={(e) => set('content', e.target.value)} />
        </Field>
        <Field label={t('registration.village')}>
          <select value={fields.villageCode} onChange={(e) => set('villageCode', e.target.value)} disabled={villages.length === 0}>
            <option value="">{t('registration.noVillage')}</option>
            {villages.map((v) => (
              <option key={v.code} value={v.code}>
                {v.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="form__grid">
          <Field label={t('feedback.field.submitterName')}>
            <input value={fields.submitterName} maxLength={255} onChange={(e) => set('submitterName', e.target.value)} />
          </Field>
          <Field label={t('feedback.field.submitterPhone')} error={errors.submitterPhone}>
            <input type="tel" inputMode="tel" value={fields.submitterPhone} maxLength={20} onChange={(e) => set('submitterPhone', e.target.value)} />
          </Field>
        </div>
        <ConsentNotice consent={consent} offered={FEEDBACK_PURPOSES} errors={errors} />
        <p className="field__hint">{t('feedback.ward.draftKept')}</p>
        <div className="actions">
          <Button type="submit">{t('feedback.ward.save')}</Button>
        </div>
      </form>

      <section aria-labelledby="ward-entered-h">
        <h2 id="ward-entered-h">{t('feedback.ward.entered', { count: entered })}</h2>
        {entered === 0 ? <p className="muted">{t('feedback.ward.noneYet')}</p> : null}
        <ol className="fb-plain-list">
          {sent.map((s) => (
            <li key={s.key}>
              {s.title}{' '}
              <span className="tag">{t('feedback.ward.sent')}</span>{' '}
              <span className="muted" translate="no">
                {s.trackingCode}
              </span>
            </li>
          ))}
          {waiting.map((op) => (
            <li key={op.key}>
              {op.kind === 'wardItem' ? op.body.title : null} <span className="tag tag--muted">{t('feedback.ward.waiting')}</span>
            </li>
          ))}
        </ol>
        <p>
          <Link to={`/feedback?open=true`}>{t('feedback.ward.ownItems')}</Link>
        </p>
      </section>
    </div>
  );
}
