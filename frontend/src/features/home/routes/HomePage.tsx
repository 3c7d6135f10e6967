import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { PlansForParticipants } from '../../participants/components/PlansForParticipants';
import { canManageParticipants } from '../../participants/labels';
import { TodoPanel } from '../../todo/components/TodoPanel';
import { CitizenHome } from '../components/CitizenHome';

export default function HomePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  useDocumentTitle(auth.isStaff ? t('todo.title') : '');
  // Staff land on what waits for them; citizens and visitors on the coming dialogues of their ward or commune.
  if (auth.isStaff) {
    return (
      <>
        <TodoPanel />
        {canManageParticipants(auth.roles) ? <PlansForParticipants /> : null}
      </>
    );
  }
  return <CitizenHome />;
}
