import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { getMe } from '../../account/api/getMe';
import { useAuth } from '../../auth/AuthProvider';
import { getBodies } from '../api/staff';

interface AdministeredBodyProps {
  /** The label of the body picker the installation's administrator sees. */
  label: string;
  hint?: string;
  /** What a caller with neither a body nor the administrator's role is told. */
  adminsOnly: string;
  /** The chosen body's part of the page. */
  children: (code: string) => ReactNode;
  /** What the installation's administrator also sees below it; `choose` picks a body (a new one, once founded). */
  more?: (choose: (code: string) => void) => ReactNode;
}

/**
 * The body an administrator's page works on: a body's administrator works on their own body; the installation's
 * administrator (no body of their own) picks any active body. Who may do what there is the server's to decide.
 */
export function AdministeredBody(props: AdministeredBodyProps) {
  const api = useApi();
  const auth = useAuth();
  const me = useAsync((signal) => getMe(api, signal), [api]);
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <ErrorState error={me.error} onRetry={me.reload} onLogin={() => void auth.login()} />;
  return me.data.body ? <>{props.children(me.data.body.code)}</> : <AnyBody me={me.data} {...props} />;
}

function AnyBody({ me, label, hint, adminsOnly, children, more }: AdministeredBodyProps & { me: Me }) {
  const { t } = useTranslation();
  const api = useApi();
  const bodies = useAsync((signal) => getBodies(api, signal), [api]);
  const [chosen, setChosen] = useState('');
  if (!me.roles.includes('admin')) {
    return (
      <Alert tone="warning" title={t('errors.forbiddenTitle')}>
        <p>{adminsOnly}</p>
      </Alert>
    );
  }
  if (bodies.status === 'loading') return <Loading />;
  if (bodies.status === 'error') return <ErrorState error={bodies.error} onRetry={bodies.reload} />;
  const active = bodies.data.filter((b) => !b.retiredOn);
  const code = chosen || active[0]?.code || '';
  return (
    <>
      <Field label={label} hint={hint}>
        <select value={code} onChange={(e) => setChosen(e.target.value)}>
          {active.map((b) => (
            <option key={b.code} value={b.code}>
              {b.name}
            </option>
          ))}
        </select>
      </Field>
      {code ? <Fragment key={code}>{children(code)}</Fragment> : null}
      {more?.((founded) => {
        setChosen(founded);
        bodies.reload();
      })}
    </>
  );
}
