import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
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
import { formatDateTime } from '../../plans/format';
import { trackFeedback } from '../api/feedback';
import type { FeedbackTracking } from '../api/types';
import { StatusBadge, StatusSteps } from '../components/StatusSteps';
import { normaliseCode } from '../logic';
import { trackedConsents, withdrawTracked } from '../../privacy/api/consents';
import { ConsentRecord } from '../../privacy/ConsentRecord';

function TrackingResult({ item }: { item: FeedbackTracking }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.resolvedLanguage ?? 'vi';
  return (
    <article className="fb-track" aria-labelledby="track-title">
      <h2 id="track-title" className="fb-track__title">
        {item.title}
      </h2>
      <dl className="fb-facts">
        <dt>{t('feedback.field.trackingCode')}</dt>
        <dd translate="no">{item.trackingCode}</dd>
        <Fact label={t('feedback.field.plan')}>{item.planTitle}</Fact>
        <Fact label={t('feedback.field.kind')}>{t(`feedback.kind.${item.kind}`)}</Fact>
        <Fact label={t('feedback.field.focusArea')}>{item.focusArea}</Fact>
        <Fact label={t('feedback.field.status')}>
          <StatusBadge status={item.status} />
        </Fact>
        <Fact label={t('feedback.field.receivedAt')}>{formatDateTime(item.receivedAt, lang)}</Fact>
      </dl>
      <h3>{t('feedback.steps.title')}</h3>
      <StatusSteps item={item} rejectReason={item.rejectReason} />
      {item.answer ? (
        <section className="fb-answer" aria-labelledby="answer-heading">
          <h3 id="answer-heading">{t('feedback.answer.approvedTitle')}</h3>
          <p className="fb-answer__text">{item.answer}</p>
          {item.answeredAt ? <p className="muted">{t('feedback.answer.approvedAt', { time: formatDateTime(item.answeredAt, lang) })}</p> : null}
        </section>
      ) : item.status !== 'REJECTED' ? (
        <p className="muted">{t('feedback.track.noAnswerYet')}</p>
      ) : null}
      <ConsentRecord
        source={item.trackingCode}
        load={(signal) => trackedConsents(api, item.trackingCode, signal)}
        withdraw={(purpose) => withdrawTracked(api, item.trackingCode, purpose)}
        onBehalf={false}
      />
    </article>
  );
}

/** Anyone holding a tracking code follows their item: status as steps, dates, the approved answer; no personal data. */
export default function TrackPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const code = useParams().code ?? '';
  const [typed, setTyped] = useState(code);
  const [missing, setMissing] = useState(false);
  const result = useAsync((signal) => (code ? trackFeedback(api, normaliseCode(code), signal) : Promise.resolve(null)), [api, code]);
  const title = t('feedback.track.title');
  useDocumentTitle(code ? `${title}: ${normaliseCode(code)}` : title);

  const search = (e: FormEvent) => {
    e.preventDefault();
    const c = normaliseCode(typed);
    setMissing(!c);
    if (c) setTyped(c);
    if (c) navigate(`/tra-cuu/${encodeURIComponent(c)}`);
  };

  const notFound = result.status === 'error' && result.error instanceof ApiError && result.error.status === 404;
  return (
    <div className="page fb-track-page">
      <h1>{title}</h1>
      <p>{t('feedback.track.intro')}</p>
      <form className="form fb-track-form" role="search" aria-label={title} onSubmit={search} noValidate>
        <Field label={t('feedback.field.trackingCode')} hint={t('feedback.track.codeHint')} error={missing ? t('feedback.required') : undefined} required>
          <input value={typed} autoCapitalize="characters" autoComplete="off" spellCheck={false} onChange={(e) => setTyped(e.target.value)} />
        </Field>
        <div className="actions">
          <Button type="submit">{t('feedback.track.search')}</Button>
        </div>
      </form>
      <div aria-live="polite">
        {code && result.status === 'loading' ? <Loading /> : null}
        {notFound ? (
          <Alert tone="warning" title={t('feedback.track.notFoundTitle')}>
            <p>{t('feedback.track.notFoundDetail')}</p>
          </Alert>
        ) : null}
        {result.status === 'error' && !notFound ? <ErrorState error={result.error} onRetry={result.reload} /> : null}
        {result.status === 'success' && result.data ? <TrackingResult item={result.data} /> : null}
      </div>
      <p>
        <Link to="/giai-trinh">{t('accountability.link')}</Link>
      </p>
    </div>
  );
}
