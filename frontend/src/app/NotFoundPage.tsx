import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../lib/useDocumentTitle';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.detail')}</p>
      <p>
        <Link className="btn btn--primary" to="/">
          {t('auth.backHome')}
        </Link>
      </p>
    </section>
  );
}
