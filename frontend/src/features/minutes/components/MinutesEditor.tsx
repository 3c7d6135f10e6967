import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { getMinutes, saveMinutes, type Minutes } from '../api/minutes';
import { clearMinutesDraft, differs, fromServer, loadMinutesDraft, saveMinutesDraft, type MinutesDraft } from '../minutesDraft';
import { SectionsView } from './SectionsView';

/**
 * The office's editor of a draft: signer names and sections. Every keystroke is kept on this device until the server
 * has it; when someone else saved first (412) both texts are shown and the user keeps theirs or takes the server's.
 */
export function MinutesEditor({ minutes, onSaved }: { minutes: Minutes; onSaved: (m: Minutes) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [stored] = useState(() => loadMinutesDraft(minutes.id));
  const [draft, setDraft] = useState<MinutesDraft>(() => stored ?? fromServer(minutes));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Minutes | null>(null);
  const [saved, setSaved] = useState(false);
  const [restored, setRestored] = useState(() => stored !== null && differs(stored, minutes));
  const dirty = differs(draft, minutes);

  // Keep what is typed until saved; nothing is stored while the text is the server's.
  useEffect(() => {
    if (dirty || draft.baseVersion !== minutes.version) saveMinutesDraft(minutes.id, draft);
    else clearMinutesDraft(minutes.id);
  }, [draft, dirty, minutes.id, minutes.version]);

  const change = (next: Partial<MinutesDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...next }));
  };
  const changeSection = (i: number, field: 'heading' | 'body', value: string) =>
    change({ sections: draft.sections.map((s, j) => (j === i ? { ...s, [field]: value } : s)) });

  const save = async (base: MinutesDraft) => {
    setSaving(true);
    setError(null);
    try {
      const next = await saveMinutes(api, minutes.planId, minutes.id, base.baseVersion, {
        chairName: base.chairName,
        secretaryName: base.secretaryName,
        sections: base.sections.map((s) => ({ kind: s.kind, heading: s.heading, body: s.body })),
      });
      clearMinutesDraft(minutes.id);
      setDraft(fromServer(next));
      setConflict(null);
      setSaved(true);
      setRestored(false);
      onSaved(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        try {
          setConflict(await getMinutes(api, minutes.planId, minutes.id));
        } catch (again) {
          setError(again);
        }
      } else {
        setError(e);
      }
    } finally {
      setSaving(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(draft);
  };

  const keepMine = () => {
    if (!conflict) return;
    const mine = { ...draft, baseVersion: conflict.version };
    setDraft(mine);
    void save(mine);
  };
  const takeTheirs = () => {
    if (!conflict) return;
    clearMinutesDraft(minutes.id);
    setDraft(fromServer(conflict));
    setConflict(null);
    onSaved(conflict);
  };

  return (
    <form className="minutes-editor" aria-labelledby="minutes-editor-title" onSubmit={submit} noValidate>
      <h3 id="minutes-editor-title">{t('minutes.editor.title')}</h3>
      {restored ? (
        <Alert tone="info" headingLevel={3} title={t('minutes.editor.restored')}>
          <p>{t('minutes.editor.restoredDetail')}</p>
        </Alert>
      ) : null}
      <p className="muted">{t('minutes.editor.kept')}</p>
      <div className="minutes-editor__names">
        <Field label={t('minutes.field.chairName')} required>
          <input value={draft.chairName} maxLength={255} onChange={(e) => change({ chairName: e.target.value })} />
        </Field>
        <Field label={t('minutes.field.secretaryName')} required>
          <input value={draft.secretaryName} maxLength={255} onChange={(e) => change({ secretaryName: e.target.value })} />
        </Field>
      </div>
      {draft.sections.map((s, i) => (
        <fieldset key={i} className={`minutes-editor__section minutes-editor__section--${s.kind.toLowerCase()}`}>
          <legend>{t('minutes.editor.section', { n: i + 1, heading: s.heading || t(`minutes.kind.${s.kind}`) })}</legend>
          <Field label={t('minutes.field.heading')} required>
            <input value={s.heading} maxLength={500} onChange={(e) => changeSection(i, 'heading', e.target.value)} />
          </Field>
          <Field label={t('minutes.field.body')} hint={s.kind === 'CONCLUSION' ? t('minutes.editor.conclusionHint') : undefined}>
            <textarea rows={Math.min(14, Math.max(4, s.body.split('\n').length + 1))} value={s.body} onChange={(e) => changeSection(i, 'body', e.target.value)} />
          </Field>
          {s.kind === 'OTHER' ? (
            <Button variant="ghost" onClick={() => change({ sections: draft.sections.filter((_, j) => j !== i) })}>
              {t('minutes.editor.removeSection', { n: i + 1 })}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <div className="actions">
        <Button variant="secondary" onClick={() => change({ sections: [...draft.sections, { kind: 'OTHER', heading: t('minutes.editor.newHeading'), body: '' }] })}>
          {t('minutes.editor.addSection')}
        </Button>
        <Button type="submit" disabled={saving || (!dirty && draft.baseVersion === minutes.version)}>
          {saving ? t('common.loading') : t('minutes.editor.save')}
        </Button>
      </div>
      <div aria-live="polite">{saved && !dirty ? <p className="minutes-saved">{t('minutes.editor.saved')}</p> : null}</div>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      {conflict ? (
        <section className="minutes-conflict" aria-labelledby="minutes-conflict-title">
          <Alert tone="warning" live="assertive" headingLevel={3} title={<span id="minutes-conflict-title">{t('minutes.conflict.title')}</span>}>
            <p>{t('minutes.conflict.detail')}</p>
          </Alert>
          <div className="minutes-conflict__columns">
            <div>
              <h4>{t('minutes.conflict.theirs')}</h4>
              <SectionsView sections={conflict.sections} headingLevel={4} />
            </div>
            <div>
              <h4>{t('minutes.conflict.mine')}</h4>
              <SectionsView sections={draft.sections} headingLevel={4} />
            </div>
          </div>
          <div className="actions">
            <Button onClick={keepMine} disabled={saving}>
              {t('minutes.conflict.keepMine')}
            </Button>
            <Button variant="secondary" onClick={takeTheirs} disabled={saving}>
              {t('minutes.conflict.takeTheirs')}
            </Button>
          </div>
        </section>
      ) : null}
    </form>
  );
}
