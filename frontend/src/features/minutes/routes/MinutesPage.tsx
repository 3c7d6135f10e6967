import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { ApiError } from '../../../lib/api/problem';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { AuditTrail } from '../../privacy/audit/AuditTrail';
import { readsAuditTrail } from '../../privacy/audit/readsTrail';
import { formatDateTime } from '../../plans/format';
import {
  assembleMinutes,
  correctMinutes,
  downloadMinutes,
  finaliseMinutes,
  getMinutes,
  listMinutes,
  type Minutes,
  type MinutesSummary,
} from '../api/minutes';
import { MinutesEditor } from '../components/MinutesEditor';
import { SectionsView } from '../components/SectionsView';
import { SignaturesPanel } from '../components/SignaturesPanel';
import { VersionList } from '../components/VersionList';
import { clearMinutesDraft } from '../minutesDraft';
import '../minutes.css';

/** Finalise with a confirmation step: once locked, only a correction (a new version) changes the minutes. */
function FinaliseBox({ minutes, onDone }: { minutes: Minutes; onDone: (m: Minutes) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const finalise = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await finaliseMinutes(api, minutes);
      clearMinutesDraft(minutes.id);
      onDone(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <section className="minutes-finalise" aria-labelledby="minutes-finalise-title">
      <h3 id="minutes-finalise-title">{t('minutes.finalise.title')}</h3>
      <p>{t('minutes.finalise.hint')}</p>
      {asking ? (
        <div role="group" aria-label={t('minutes.finalise.confirmTitle')} className="minutes-confirm">
          <p>
            <strong>{t('minutes.finalise.confirm', { n: minutes.versionNo, count: minutes.signatures.length })}</strong>
          </p>
          <div className="actions">
            <Button onClick={() => void finalise()} disabled={busy}>
              {busy ? t('common.loading') : t('minutes.finalise.yes')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)} disabled={busy}>
              {t('minutes.finalise.no')}
            </Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setAsking(true)}>{t('minutes.finalise.button')}</Button>
      )}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </section>
  );
}

function CorrectionBox({ minutes, onCreated }: { minutes: Minutes; onCreated: (m: Minutes) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      onCreated(await correctMinutes(api, minutes.planId, minutes.id, reason.trim()));
      setReason('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="minutes-correction" aria-labelledby="minutes-correction-title" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="minutes-correction-title">{t('minutes.correction.title')}</h3>
      <p className="muted">{t('minutes.correction.hint')}</p>
      <Field label={t('minutes.field.correctionReason')} required error={missing ? t('minutes.correction.reasonRequired') : undefined}>
        <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button type="submit" variant="secondary" disabled={busy}>
        {t('minutes.correction.button')}
      </Button>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </form>
  );
}

function Downloads({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    setError(null);
    try {
      await downloadMinutes(api, minutes.planId, minutes.id, format);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <div className="actions">
        <Button variant="secondary" disabled={busy !== null} onClick={() => void download('docx')}>
          {busy === 'docx' ? t('common.loading') : t('minutes.docx')}
        </Button>
        <Button variant="secondary" disabled={busy !== null} onClick={() => void download('pdf')}>
          {busy === 'pdf' ? t('common.loading') : t('minutes.pdf')}
        </Button>
      </div>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </>
  );
}

/** One version: the office edits and signs a draft; the chair reads it and may finalise; a finalised one is locked. */
function VersionView({ minutes, versions, onChanged }: { minutes: Minutes; versions: MinutesSummary[]; onChanged: (m: Minutes, reloadList?: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const office = auth.roles.includes('secretariat');
  const chair = auth.roles.includes('chair');
  const draft = minutes.status === 'DRAFT';
  const newest = versions.length > 0 && versions[0].id === minutes.id;
  const previous = versions.find((v) => v.id === minutes.previousId);
  const superseding = versions.find((v) => v.id === minutes.supersededById);
  return (
    <section className="minutes-version" aria-labelledby="minutes-version-title">
      <h2 id="minutes-version-title">
        {t('minutes.version', { n: minutes.versionNo })}: {minutes.supersededById ? t('minutes.status.SUPERSEDED') : t(`minutes.status.${minutes.status}`)}
      </h2>
      {previous ? (
        <p>
          {t('minutes.corrects', { n: previous.versionNo, reason: minutes.correctionReason ?? '' })}
        </p>
      ) : null}
      {superseding ? (
        <Alert tone="warning" headingLevel={3} title={t('minutes.supersededTitle', { n: superseding.versionNo })}>
          <p>
            <Link to={`/plans/${minutes.planId}/minutes?v=${superseding.id}`}>{t('minutes.openVersion', { n: superseding.versionNo })}</Link>
          </p>
        </Alert>
      ) : null}
      {!draft ? (
        <Alert tone="info" headingLevel={3} title={t('minutes.locked')}>
          <p>{t('minutes.lockedDetail', { by: minutes.finalisedBy ?? '', time: formatDateTime(minutes.finalisedAt, lang) })}</p>
        </Alert>
      ) : null}
      <p>
        <Link to={`/plans/${minutes.planId}/minutes/${minutes.id}/doc`}>{t('minutes.readOut')}</Link>
      </p>
      {draft && office ? (
        <MinutesEditor key={`${minutes.id}`} minutes={minutes} onSaved={(m) => onChanged(m, true)} />
      ) : (
        <>
          <dl className="fb-facts">
            <Fact label={t('minutes.field.chairName')}>{minutes.chairName || '—'}</Fact>
            <Fact label={t('minutes.field.secretaryName')}>{minutes.secretaryName || '—'}</Fact>
          </dl>
          <SectionsView sections={minutes.sections} />
        </>
      )}
      <SignaturesPanel minutes={minutes} editable={draft && office} onChanged={(m) => onChanged(m, true)} />
      {draft && (office || chair) ? <FinaliseBox minutes={minutes} onDone={(m) => onChanged(m, true)} /> : null}
      {!draft ? <Downloads minutes={minutes} /> : null}
      {!draft && office && newest ? <CorrectionBox minutes={minutes} onCreated={(m) => onChanged(m, true)} /> : null}
      {readsAuditTrail(auth.roles) ? (
        <AuditTrail key={`trail-${minutes.id}`} objectType="Minutes" objectId={minutes.id} headingLevel={3} refreshKey={minutes.version} />
      ) : null}
    </section>
  );
}

/** Biên bản: the versions of a plan's minutes, the draft's editor and signatures, finalising and corrections. */
export default function MinutesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const navigate = useNavigate();
  const planId = Number(useParams().id);
  const [params] = useSearchParams();
  const wanted = params.get('v') ? Number(params.get('v')) : null;
  const versions = useAsync((signal) => listMinutes(api, planId, signal), [api, planId]);
  const selectedId = wanted ?? (versions.status === 'success' && versions.data.length > 0 ? versions.data[0].id : null);
  const [current, setCurrent] = useState<Minutes | null>(null);
  const selected = useAsync(
    (signal) => (selectedId == null ? Promise.resolve(null) : getMinutes(api, planId, selectedId, signal)),
    [api, planId, selectedId],
  );
  const [assembling, setAssembling] = useState(false);
  const [assembleError, setAssembleError] = useState<unknown>(null);
  const office = auth.roles.includes('secretariat');
  const title = t('minutes.title');
  useDocumentTitle(title);

  const shown = current && current.id === selectedId ? current : selected.status === 'success' ? selected.data : null;

  const changed = (m: Minutes, reloadList = false) => {
    setCurrent(m);
    if (m.id !== selectedId) navigate(`/plans/${planId}/minutes?v=${m.id}`);
    if (reloadList) versions.reload();
  };

  const assemble = async () => {
    setAssembling(true);
    setAssembleError(null);
    try {
      changed(await assembleMinutes(api, planId), true);
    } catch (e) {
      setAssembleError(e);
    } finally {
      setAssembling(false);
    }
  };

  const hasDraft = versions.status === 'success' && versions.data.some((v) => v.status === 'DRAFT');
  return (
    <div className="page minutes-page">
      <p className="breadcrumb">
        <Link to={`/plans/${planId}`}>{t('minutes.backToPlan')}</Link>
      </p>
      <h1>{title}</h1>
      {versions.status === 'loading' ? <Loading /> : null}
      {versions.status === 'error' ? <ErrorState error={versions.error} onRetry={versions.reload} onLogin={() => void auth.login()} /> : null}
      {versions.status === 'success' ? (
        <>
          <section aria-labelledby="minutes-versions-title">
            <h2 id="minutes-versions-title">{t('minutes.versions')}</h2>
            {versions.data.length === 0 ? <p className="muted">{t('minutes.none')}</p> : <VersionList planId={planId} versions={versions.data} selected={selectedId} />}
            {office && versions.data.length === 0 && !hasDraft ? (
              <div className="minutes-assemble">
                <p>{t('minutes.assembleHint')}</p>
                <Button onClick={() => void assemble()} disabled={assembling}>
                  {assembling ? t('common.loading') : t('minutes.assemble')}
                </Button>
                {assembleError ? <ErrorState error={assembleError} headingLevel={3} /> : null}
              </div>
            ) : null}
          </section>
          {selected.status === 'loading' && selectedId != null && !shown ? <Loading /> : null}
          {selected.status === 'error' ? (
            <ErrorState error={selected.error} onRetry={selected.reload} headingLevel={2} onLogin={() => void auth.login()} />
          ) : null}
          {shown ? <VersionView minutes={shown} versions={versions.data} onChanged={changed} /> : null}
          {selected.status === 'error' && selected.error instanceof ApiError && selected.error.status === 404 ? (
            <p>
              <Link to={`/plans/${planId}/minutes`}>{t('minutes.versions')}</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
