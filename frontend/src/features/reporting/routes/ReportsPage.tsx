import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { DateInput } from '../../../ui/DateInput';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { todayInVietnam } from '../../plans/format';
import { downloadDialogueResults, getReportBodies, type ReportFormat, type ReportQuery } from '../api/reports';

const FORMATS: ReportFormat[] = ['docx', 'pdf', 'xlsx'];

/**
 * Reports upward: the office or the chair picks a body (a province's office, any it oversees) and a period, and
 * downloads the report of the dialogues' results as Word or PDF to sign, or its figures as a workbook.
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  useDocumentTitle(t('reports.title'));
  const today = todayInVietnam();
  const bodies = useAsync((signal) => getReportBodies(api, signal), [api]);
  const [query, setQuery] = useState<ReportQuery>({ body: '', from: `${today.slice(0, 4)}-01-01`, to: today, number: '' });
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  const set = (field: keyof ReportQuery) => (e: { target: { value: string } }) => setQuery((q) => ({ ...q, [field]: e.target.value }));
  const download = async (format: ReportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await downloadDialogueResults(api, format, query);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void download('docx');
  };
  const choices = bodies.status === 'success' ? bodies.data : [];

  return (
    <div className="page">
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.lead')}</p>
      {bodies.status === 'loading' ? <Loading /> : null}
      {bodies.status === 'error' ? <ErrorState error={bodies.error} onRetry={bodies.reload} onLogin={() => void auth.login()} /> : null}
      {bodies.status === 'success' ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          <Field label={t('reports.body')}>
            <select value={query.body} onChange={set('body')}>
              {choices.length !== 1 ? <option value="">{t('reports.allBodies')}</option> : null}
              {choices.map((b) => (
                <option key={b.code} value={choices.length === 1 ? '' : b.code}>
                  {b.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('reports.from')}>
            <DateInput value={query.from} onChange={(v) => set('from')({ target: { value: v } })} />
          </Field>
          <Field label={t('reports.to')}>
            <DateInput value={query.to} onChange={(v) => set('to')({ target: { value: v } })} />
          </Field>
          <Field label={t('reports.number')} hint={t('reports.numberHint')}>
            <input type="text" value={query.number} maxLength={50} onChange={set('number')} />
          </Field>
          {error ? <ErrorState error={error} onLogin={() => void auth.login()} fieldLabel={(f) => t(`reports.field.${f}`, { defaultValue: f })} /> : null}
          <p className="form__actions">
            {FORMATS.map((format) => (
              <Button key={format} type={format === 'docx' ? 'submit' : 'button'} disabled={busy !== null}
                onClick={format === 'docx' ? undefined : () => void download(format)}>
                {busy === format ? t('reports.downloading') : t(`reports.download.${format}`)}
              </Button>
            ))}
          </p>
        </form>
      ) : null}
    </div>
  );
}
