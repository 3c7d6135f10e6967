import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { formatDate } from '../../plans/format';
import { getExpiring } from '../api/subjectRights';

/** Dữ liệu sắp hết thời hạn lưu trữ: what the nightly job will anonymise in a month (next month by default), per dialogue. */
export default function ExpiringDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.expiringTitle'));
  const api = useApi();
  const [month, setMonth] = useState('');
  const report = useAsync((signal) => getExpiring(api, month || undefined, signal), [api, month]);

  return (
    <section className="page">
      <h1>{t('privacy.expiringTitle')}</h1>
      <p className="muted">{t('privacy.expiringIntro')}</p>
      <Field label={t('privacy.month')} hint={t('privacy.monthHint')}>
        <input name="month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
      </Field>
      {report.status === 'loading' ? <Loading /> : null}
      {report.status === 'error' ? <ErrorState error={report.error} onRetry={report.reload} /> : null}
      {report.status === 'success' ? (
        <>
          <p>{t('privacy.periods', { month: report.data.month, contact: report.data.contactDataPeriod, files: report.data.attachmentsPeriod })}</p>
          {report.data.rows.length === 0 ? (
            <p>{t('privacy.nothingExpiring')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('privacy.dialogue')}</th>
                  <th scope="col">{t('privacy.dataKind')}</th>
                  <th scope="col">{t('privacy.closedOn')}</th>
                  <th scope="col">{t('privacy.expiresOn')}</th>
                  <th scope="col">{t('privacy.records')}</th>
                </tr>
              </thead>
              <tbody>
                {report.data.rows.map((row) => (
                  <tr key={`${row.kind}-${row.planId}`}>
                    <td>{row.planTitle}</td>
                    <td>{t(`privacy.dataKinds.${row.kind}`)}</td>
                    <td>{formatDate(row.closedOn)}</td>
                    <td>{formatDate(row.expiresOn)}</td>
                    <td>{row.records}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
