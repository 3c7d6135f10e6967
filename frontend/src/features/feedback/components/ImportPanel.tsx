import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { mapFieldErrors, type FieldErrorMap } from '../../../lib/api/fieldErrors';
import { ApiError } from '../../../lib/api/problem';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { newIdempotencyKey } from '../../participants/registrationDraft';
import { ConsentNotice, type Consent } from '../../privacy/ConsentNotice';
import { FEEDBACK_PURPOSES } from '../../privacy/consent';
import { downloadImportTemplate, importReport, type ImportMeta } from '../api/office';
import type { FeedbackImportPreview, FeedbackReport } from '../api/types';
import { importRowErrors, type ImportRowError } from '../logic';

/** Every bad cell of a refused import, by row: nothing was imported. */
function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t('feedback.import.errorsCaption', { count: errors.length })} tabIndex={0}>
      <table className="data-table fb-row-errors">
        <caption>{t('feedback.import.errorsCaption', { count: errors.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.import.row')}</th>
            <th scope="col">{t('feedback.import.column')}</th>
            <th scope="col">{t('feedback.import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <th scope="row">{e.row ?? '—'}</th>
              <td>{e.column}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ImportPanelProps {
  planId: number;
  meta: ImportMeta;
  /** Says the organisation is missing (shown on its field); true when it is there. */
  checkMeta: () => boolean;
  /** How the senders consented, for the rows naming someone: the file's, as the report's form has one. */
  consent: Consent;
  onImported: (report: FeedbackReport) => void;
}

/**
 * A spreadsheet of many items: template, file, a dry run that shows the rows read, then the import. All or
 * nothing: a 422 lists every bad cell (row, column, message) and nothing is stored.
 */
export function ImportPanel({ planId, meta, checkMeta, consent, onImported }: ImportPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<FeedbackImportPreview | null>(null);
  const [rowErrors, setRowErrors] = useState<ImportRowError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [consentErrors, setConsentErrors] = useState<FieldErrorMap>({});
  const [busy, setBusy] = useState(false);
  // One key per file chosen: a retry of the same import stores one report.
  const [key, setKey] = useState(newIdempotencyKey);

  const send = async (dryRun: boolean) => {
    if (!file || !checkMeta()) return;
    // A file of anonymous rows needs no consent; once the importer starts on it, it must be whole. Whether a row names
    // someone the server says (400 at the consent) when the file comes without one.
    const started = consent.choice.purposes.length > 0 || consent.choice.channel !== '';
    const local = started ? consent.check(t) : {};
    setConsentErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    setError(null);
    setRowErrors([]);
    try {
      const result = await importReport(api, planId, file, { ...meta, consent: started ? consent.input() : null }, dryRun, key);
      if (dryRun) setPreview(result as FeedbackImportPreview);
      else onImported(result as FeedbackReport);
    } catch (e) {
      setPreview(null);
      const rows = e instanceof ApiError && e.status === 422 ? importRowErrors(e.fieldErrors) : [];
      setRowErrors(rows);
      setConsentErrors(e instanceof ApiError && e.status === 400 ? mapFieldErrors(e.fieldErrors, ['consent']) : {});
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const template = async (format: 'xlsx' | 'csv') => {
    setError(null);
    try {
      await downloadImportTemplate(api, planId, format);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('feedback.import.title')}</h2>
      <p>{t('feedback.import.intro')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={() => void template('xlsx')}>
          {t('feedback.import.templateXlsx')}
        </Button>
        <Button variant="secondary" onClick={() => void template('csv')}>
          {t('feedback.import.templateCsv')}
        </Button>
      </div>
      <Field label={t('feedback.import.file')} hint={t('feedback.import.fileHint')}>
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPreview(null);
            setRowErrors([]);
            setError(null);
            setKey(newIdempotencyKey());
          }}
        />
      </Field>
      <p className="field__hint">{t('feedback.import.consentHint')}</p>
      <ConsentNotice consent={consent} offered={FEEDBACK_PURPOSES} errors={consentErrors} />
      <div className="actions">
        <Button variant={preview ? 'secondary' : 'primary'} disabled={!file || busy} onClick={() => void send(true)}>
          {t('feedback.import.check')}
        </Button>
      </div>
      {rowErrors.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <h3 className="alert__title">{t('feedback.import.refusedTitle')}</h3>
          <p>{t('feedback.import.refusedDetail')}</p>
        </div>
      ) : error ? (
        <ErrorState error={error} headingLevel={3} />
      ) : null}
      {rowErrors.length > 0 ? <ImportErrorTable errors={rowErrors} /> : null}
      {preview ? (
        <>
          <h3>{t('feedback.import.previewTitle', { count: preview.rowCount })}</h3>
          <div className="table-scroll" role="region" aria-label={t('feedback.import.previewTitle', { count: preview.rowCount })} tabIndex={0}>
            <table className="data-table">
              <caption className="visually-hidden">{t('feedback.import.previewTitle', { count: preview.rowCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('feedback.import.row')}</th>
                  <th scope="col">{t('feedback.field.title')}</th>
                  <th scope="col">{t('feedback.field.kind')}</th>
                  <th scope="col">{t('feedback.field.place')}</th>
                  <th scope="col">{t('feedback.field.submitter')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <th scope="row">{r.title}</th>
                    <td>{t(`feedback.kind.${r.kind}`)}</td>
                    <td>{[r.village?.name, r.ward?.name].filter(Boolean).join(', ')}</td>
                    <td>{[r.submitterName, r.submitterPhone].filter(Boolean).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <Button disabled={busy} onClick={() => void send(false)}>
              {busy ? t('common.loading') : t('feedback.import.run', { count: preview.rowCount })}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
