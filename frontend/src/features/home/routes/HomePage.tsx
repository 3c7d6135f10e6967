import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { Button } from '../../../ui/Button';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { PlansForParticipants } from '../../participants/components/PlansForParticipants';
import { canManageParticipants } from '../../participants/labels';
import { TodoPanel } from '../../todo/components/TodoPanel';

const STEPS = ['plan', 'feedback', 'session', 'followUp'] as const;

export default function HomePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  useDocumentTitle(auth.isStaff ? t('todo.title') : '');
  // Staff land on what waits for them; citizens and visitors on the introduction.
  if (auth.isStaff) {
    return (
      <>
        <TodoPanel />
        {canManageParticipants(auth.roles) ? <PlansForParticipants /> : null}
      </>
    );
  }
  return (
    <section className="page home">
      <div className="hero">
        <p className="hero__kicker">{t('app.tagline')}</p>
        <h1>{t('home.title')}</h1>
        <p className="hero__intro">{t('home.intro')}</p>
        {auth.isAuthenticated ? (
          auth.displayName ? <p className="hero__welcome">{t('home.welcome', { name: auth.displayName })}</p> : null
        ) : (
          <div className="actions">
            <Button onClick={() => void auth.login('/')}>{t('home.ctaLogin')}</Button>
          </div>
        )}
      </div>
      {canManageParticipants(auth.roles) ? <PlansForParticipants /> : null}
      <h2>{t('home.stepsTitle')}</h2>
      <ol className="steps">
        {STEPS.map((step) => (
          <li key={step}>{t(`home.steps.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}
