import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate } from '../../plans/format';
import { getTodo } from '../api';
import { TodoList } from './TodoList';
import '../todo.css';

/** The staff's landing: "Việc của tôi" with its counts, read afresh on every visit. */
export function TodoPanel() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  // The reasons come in the user's language: read again when it changes.
  const todo = useAsync((signal) => getTodo(api, signal), [api, i18n.language]);
  return (
    <section className="page todo-page" aria-labelledby="todo-title">
      <h1 id="todo-title">{t('todo.title')}</h1>
      {todo.status === 'success' ? <p className="muted">{t('todo.asOf', { date: formatDate(todo.data.today) })}</p> : null}
      {todo.status === 'loading' ? <Loading /> : null}
      {todo.status === 'error' ? <ErrorState error={todo.error} onRetry={todo.reload} onLogin={() => void auth.login()} /> : null}
      {todo.status === 'success' ? <TodoList todo={todo.data} /> : null}
    </section>
  );
}
