import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Fact } from '../../../ui/Fact';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate, formatDateTime } from '../../plans/format';
import { downloadSummary, getSummary } from '../api/office';
import type { FeedbackSummary, FeedbackSummaryItem } from '../api/types';
import { useGroupWords } from '../components/Badges';
import { StatusBadge } from '../components/StatusSteps';

type Counts = FeedbackSummary['totals'];

function CountsLine({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const parts = [
    ...Object.entries(counts.byKind).map(([k, n]) => `${t(`feedback.kind.${k}`)}: ${n}`),
    ...Object.entries(counts.byStatus).map(([s, n]) => `${t(`feedback.status.${s}`)}: ${n}`),
  ];
  return (
    <ul className="fb-counts">
      <li>
        <strong>{t('feedback.summary.total', { count: counts.total })}</strong>
      </li>
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

function Marks({ item }: { item: FeedbackSummaryItem }) {
  const { t } = useTranslation();
  const groupWords = useGroupWords();
  if (!item.raisedBefore && !item.merged) return null;
  return (
    <span className="fb-badges">
      {item.raisedBefore ? <span className="badge badge--raised">{t('feedback.raisedBefore.badge')}</span> : null}
      {item.merged ? <span className="badge badge--group">{groupWords(item.merged)}</span> : null}
    </span>
  );
}

const units = (i: FeedbackSummaryItem) => [i.unit?.name, ...i.coordinatingUnits.map((u) => u.name)].filter(Boolean).join('; ');

function Items({ items, label }: { items: FeedbackSummaryItem[]; label: string }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 56em)');
  if (items.length === 0) return <p className="muted">{t('feedback.summary.noItems')}</p>;
  if (!wide)
    return (
      <ul className="participant-cards fb-cards">
        {items.map((i) => (
          <li key={i.id} className="participant-card fb-card">
            <div className="participant-card__head">
              <StatusBadge status={i.status} />
              <span className="muted" translate="no">
                {i.trackingCode}
              </span>
            </div>
            <h3 className="participant-card__name">
              <Link to={`/feedback/${i.id}`}>{i.title}</Link>
            </h3>
            <Marks item={i} />
            <dl className="participant-card__facts">
              <Fact label={t('feedback.field.kind')}>{t(`feedback.kind.${i.kind}`)}</Fact>
              <dt>{t('feedback.field.place')}</dt>
              <dd>{i.ward?.name ?? ''}</dd>
              <Fact label={t('feedback.field.unit')}>{units(i) || <span className="muted">{t('feedback.notYet')}</span>}</Fact>
            </dl>
            {i.approvedAnswer ? <p className="fb-answer__text">{i.approvedAnswer}</p> : null}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('feedback.field.title')}</th>
            <th scope="col">{t('feedback.field.kind')}</th>
            <th scope="col">{t('feedback.field.place')}</th>
            <th scope="col">{t('feedback.field.unit')}</th>
            <th scope="col">{t('feedback.field.status')}</th>
            <th scope="col">{t('feedback.field.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                <Link to={`/feedback/${i.id}`}>{i.title}</Link>
                <br />
                <span className="muted" translate="no">
                  {i.trackingCode}
                </span>
                <Marks item={i} />
              </th>
              <td>{t(`feedback.kind.${i.kind}`)}</td>
              <td>{i.ward?.name ?? ''}</td>
              <td>{units(i)}</td>
              <td>
                <StatusBadge status={i.status} />
              </td>
              <td>{i.approvedAnswer ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Bản tổng hợp: the office's deliverable before the session, by focus area, with its Word and PDF papers. */
export default function FeedbackSummaryPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const planId = Number(useParams().id);
  const summary = useAsync((signal) => getSummary(api, planId, signal), [api, planId]);
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const lang = i18n.resolvedLanguage ?? 'vi';
  const title = t('feedback.summary.title');
  useDocumentTitle(summary.status === 'success' ? `${title}: ${summary.data.planTitle}` : title);

  const download = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    setDownloadError(null);
    try {
      await downloadSummary(api, planId, format);
    } catch (e) {
      setDownloadError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="page fb-summary">
      <p className="breadcrumb">
        <Link to={`/plans/${planId}/feedback`}>{t('feedback.detail.backToPlanList')}</Link>
      </p>
      <h1>{title}</h1>
      {summary.status === 'loading' ? <Loading /> : null}
      {summary.status === 'error' ? <ErrorState error={summary.error} onRetry={summary.reload} onLogin={() => void auth.login()} /> : null}
      {summary.status === 'success' ? (
        <>
          <p>
            <strong>{summary.data.planTitle}</strong>
            {summary.data.topic ? ` — ${summary.data.topic}` : ''}
          </p>
          <dl className="fb-facts">
            <Fact label={t('feedback.summary.deadline')}>{summary.data.deadline ? formatDate(summary.data.deadline) : t('feedback.notYet')}</Fact>
            <Fact label={t('feedback.summary.session')}>{summary.data.sessionDate ? formatDate(summary.data.sessionDate) : t('feedback.notYet')}</Fact>
            <Fact label={t('feedback.summary.generatedAt')}>{formatDateTime(summary.data.generatedAt, lang)}</Fact>
          </dl>
          <div className="actions">
            <Button variant="secondary" disabled={busy !== null} onClick={() => void download('docx')}>
              {busy === 'docx' ? t('common.loading') : t('feedback.summary.docx')}
            </Button>
            <Button variant="secondary" disabled={busy !== null} onClick={() => void download('pdf')}>
              {busy === 'pdf' ? t('common.loading') : t('feedback.summary.pdf')}
            </Button>
          </div>
          {downloadError ? <ErrorState error={downloadError} headingLevel={3} /> : null}
          <h2>{t('feedback.summary.totals')}</h2>
          <CountsLine counts={summary.data.totals} />
          {summary.data.groups.map((g) => (
            <section key={g.focusAreaId ?? 'none'} className="fb-summary-group" aria-labelledby={`group-${g.focusAreaId ?? 'none'}`}>
              <h2 id={`group-${g.focusAreaId ?? 'none'}`}>{g.title ?? t('feedback.summary.unclassified')}</h2>
              <CountsLine counts={g.counts} />
              <Items items={g.items} label={g.title ?? t('feedback.summary.unclassified')} />
            </section>
          ))}
        </>
      ) : null}
    </div>
  );
}
