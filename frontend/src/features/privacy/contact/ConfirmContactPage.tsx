import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/api/ApiContext';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { confirmContact, type ContactVerification } from '../api/contacts';

/**
 * The link mailed with a confirmation code: its secret is after the '#', so it never reaches a server's log, and
 * opening the link confirms the address in one step.
 */
export default function ConfirmContactPage() {
  const { t } = useTranslation();
  const api = useApi();
  const id = Number(useParams().id);
  const secret = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('ma') ?? '';
  const [state, setState] = useState<{ done?: ContactVerification; error?: unknown }>({});
  useDocumentTitle(t('contactConfirm.pageTitle'));

  useEffect(() => {
    let live = true;
    if (!secret || !Number.isFinite(id)) return;
    confirmContact(api, id, secret).then(
      (done) => live && setState({ done }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [api, id, secret]);

  return (
    <section className="page">
      <h1>{t('contactConfirm.pageTitle')}</h1>
      {!secret ? <Alert tone="warning">{t('contactConfirm.linkBroken')}</Alert> : null}
      {secret && !state.done && !state.error ? <Loading /> : null}
      {state.error ? <ErrorState error={state.error} /> : null}
      {state.done ? (
        <Alert tone="success" live="polite">
          <p>{t('contactConfirm.done', { what: t('contactConfirm.channel.EMAIL'), contact: state.done.maskedContact })}</p>
          <p>{t(`contactConfirm.scope.${state.done.confirmedFor}`)}</p>
        </Alert>
      ) : null}
      <p>
        <Link to="/">{t('contactConfirm.home')}</Link>
      </p>
    </section>
  );
}
