import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { TodoPanel } from '../components/TodoPanel';

/** `/todo`: "Việc của tôi", also the staff's landing page. */
export default function TodoPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('todo.title'));
  return <TodoPanel />;
}
