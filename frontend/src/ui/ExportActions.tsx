import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../lib/api/ApiContext';
import { downloadStreamed, type ExportQuery } from '../lib/api/download';
import { Button } from './Button';
import { ErrorState } from './ErrorState';

const TYPES = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
type Format = keyof typeof TYPES;

/** 1 234 567 bytes → "1,2 MB" (in the UI's language). */
function size(bytes: number, lang: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/**
 * "Xuất CSV" / "Xuất Excel" for a working list: the server's export with the list's current filters, downloaded with
 * the caller's token while the bytes received so far are shown and announced politely.
 *
 * @param path  the export's path without its extension, e.g. /api/v1/feedback/export
 * @param query the list's current filters (paging left out)
 */
export function ExportActions({ path, query, fileName }: { path: string; query: ExportQuery; fileName: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const hint = useId();
  const [busy, setBusy] = useState<Format | null>(null);
  const [bytes, setBytes] = useState(0);
  const [done, setDone] = useState<{ name: string; bytes: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (format: Format) => {
    setBusy(format);
    setBytes(0);
    setDone(null);
    setError(null);
    try {
      setDone(await downloadStreamed(api, `${path}.${format}`, `${fileName}.${format}`, query, TYPES[format], setBytes));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-actions" role="group" aria-label={t('exports.label')} aria-describedby={hint}>
      <Button variant="secondary" onClick={() => void run('csv')} disabled={busy !== null} aria-busy={busy === 'csv'}>
        {t('exports.csv')}
      </Button>
      <Button variant="secondary" onClick={() => void run('xlsx')} disabled={busy !== null} aria-busy={busy === 'xlsx'}>
        {t('exports.xlsx')}
      </Button>
      <span id={hint} className="muted">
        {t('exports.hint')}
      </span>
      <div aria-live="polite" aria-atomic="true" className="export-actions__status">
        {busy ? (
          <>
            <progress aria-label={t('exports.progress', { size: size(bytes, i18n.language) })} />{' '}
            {t('exports.progress', { size: size(bytes, i18n.language) })}
          </>
        ) : done ? (
          t('exports.done', { name: done.name, size: size(done.bytes, i18n.language) })
        ) : null}
      </div>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </div>
  );
}
