import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { getPublicPlan } from '../api/plans';
import { PlanDocument } from '../components/PlanDocument';

/** A published plan as anyone may read it: the document, nothing internal. */
export default function PublicPlanDetailPage() {
  const { t } = useTranslation();
  const api = useApi();
  const id = Number(useParams().id);
  const plan = useAsync((signal) => getPublicPlan(api, id, signal), [api, id]);
  useDocumentTitle(plan.status === 'success' ? plan.data.title : t('plans.publicTitle'));
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/ke-hoach">{t('plans.backToPublicList')}</Link>
      </p>
      {plan.status === 'loading' ? <Loading /> : null}
      {plan.status === 'error' ? (
        <>
          <h1>{t('plans.publicTitle')}</h1>
          <ErrorState error={plan.error} onRetry={plan.reload} />
        </>
      ) : null}
      {plan.status === 'success' ? (
        <PlanDocument
          plan={plan.data}
          headingId="plan-title"
          beforeContent={
            plan.data.status === 'PUBLISHED' ? (
              <p className="register-cta">
                <Link className="btn btn--primary" to={`/ke-hoach/${plan.data.id}/dang-ky`}>
                  {t('registration.link')}
                </Link>{' '}
                <Link className="btn btn--secondary" to={`/ke-hoach/${plan.data.id}/gop-y`}>
                  {t('feedback.submit.link')}
                </Link>
              </p>
            ) : (
              <p>
                <Link to={`/giai-trinh/${plan.data.id}`}>{t('accountability.link')}</Link>
              </p>
            )
          }
        />
      ) : null}
    </div>
  );
}
