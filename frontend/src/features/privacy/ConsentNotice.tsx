import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/ApiContext';
import type { FieldErrorMap } from '../../lib/api/fieldErrors';
import { useAsync, type AsyncState } from '../../lib/useAsync';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { getPrivacyNotice, type ConsentInput, type ConsentPurpose, type PrivacyNotice } from './api/consents';
import { consentInput, consentProblem, NO_CONSENT, ON_BEHALF_CHANNELS, toggle, type ConsentChoice } from './consent';

export interface Consent {
  notice: AsyncState<PrivacyNotice> & { reload: () => void };
  choice: ConsentChoice;
  setChoice: (c: ConsentChoice) => void;
  onBehalf: boolean;
  /** The form's own check, as errors of the fields the server names ("consent.purposes", "consent.channel"). */
  check: (t: (key: string) => string) => FieldErrorMap;
  /** The request's consent; null while the notice is not loaded (the form cannot say what the person read). */
  input: () => ConsentInput | null;
  reset: () => void;
}

/** The consent of one form: the current notice (in the UI's language), the ticked purposes and, for staff, how given. */
export function useConsent(onBehalf: boolean): Consent {
  const api = useApi();
  const { i18n } = useTranslation();
  const notice = useAsync((signal) => getPrivacyNotice(api, signal), [api, i18n.language]);
  const [choice, setChoice] = useState<ConsentChoice>(NO_CONSENT);
  return {
    notice,
    choice,
    setChoice,
    onBehalf,
    check: (t) => {
      const problem = consentProblem(choice, onBehalf);
      const errors: FieldErrorMap = {};
      if (problem === 'handleRequired') errors['consent.purposes'] = t('privacy.consent.handleRequired');
      if (problem === 'channelRequired') errors['consent.channel'] = t('privacy.consent.channelRequired');
      // The API takes personal data only with a consent under the notice shown: none loaded, nothing to send it with.
      if (notice.status !== 'success') errors['consent.noticeVersion'] = t('privacy.consent.noticeUnavailable');
      return errors;
    },
    input: () => (notice.status === 'success' ? consentInput(choice, notice.data.version, onBehalf) : null),
    reset: () => setChoice(NO_CONSENT),
  };
}

/**
 * The short notice every form taking personal data shows (who processes it, why, how long, the person's rights) and a
 * checkbox per purpose the form asks; staff entering on someone's behalf also say how the person consented.
 */
export function ConsentNotice({ consent, offered, errors }: { consent: Consent; offered: ConsentPurpose[]; errors: FieldErrorMap }) {
  const { t } = useTranslation();
  const id = useId();
  const { notice, choice, setChoice, onBehalf } = consent;
  // "consent": the server refused data sent without any consent (consent.required).
  const purposesError = [errors.consent, errors['consent.purposes'], errors['consent.noticeVersion']].filter(Boolean).join(' ');
  const channelError = errors['consent.channel'];
  return (
    <fieldset className={`field consent${purposesError ? ' field--invalid' : ''}`} aria-describedby={purposesError ? `${id}-error` : undefined}>
      <legend className="field__label">{notice.status === 'success' ? notice.data.title : t('privacy.consent.legend')}</legend>
      {notice.status === 'loading' ? <Loading /> : null}
      {notice.status === 'error' ? <ErrorState error={notice.error} onRetry={notice.reload} /> : null}
      {notice.status === 'success' ? (
        <>
          <div className="consent__notice field__hint">
            <p>{notice.data.controller}</p>
            <p>{notice.data.retention}</p>
            <p>{notice.data.rights}</p>
            <p className="muted">{t('privacy.consent.version', { version: notice.data.version })}</p>
          </div>
          {notice.data.purposes
            .filter((p) => offered.includes(p.purpose))
            .map((p) => (
              <label key={p.purpose} className="check">
                <input
                  type="checkbox"
                  name={`consent-${p.purpose}`}
                  checked={choice.purposes.includes(p.purpose)}
                  onChange={(e) => setChoice(toggle(choice, p.purpose, e.target.checked))}
                  aria-invalid={p.purpose === 'HANDLE_MATTER' && purposesError ? true : undefined}
                />
                <span>
                  {p.label}
                  {p.purpose === 'HANDLE_MATTER' ? <span aria-hidden="true"> *</span> : null}{' '}
                  <span className="muted">— {p.description}</span>
                </span>
              </label>
            ))}
          {onBehalf ? (
            <div className={`field${channelError ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor={`${id}-channel`}>
                {t('privacy.consent.channel')}
                <span aria-hidden="true"> *</span>
              </label>
              <select
                id={`${id}-channel`}
                value={choice.channel}
                aria-required
                aria-invalid={channelError ? true : undefined}
                aria-describedby={channelError ? `${id}-channel-error` : undefined}
                onChange={(e) => setChoice({ ...choice, channel: e.target.value as ConsentChoice['channel'] })}
              >
                <option value="">{t('privacy.consent.channelChoose')}</option>
                {ON_BEHALF_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`privacy.channel.${c}`)}
                  </option>
                ))}
              </select>
              {channelError ? (
                <p className="field__error" id={`${id}-channel-error`}>
                  {channelError}
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
      {purposesError ? (
        <p className="field__error" id={`${id}-error`}>
          {purposesError}
        </p>
      ) : null}
    </fieldset>
  );
}
