import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../lib/useAsync';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import type { ConsentChannel, ConsentPurpose, ConsentView } from './api/consents';
import { ON_BEHALF_CHANNELS, PERSON_PURPOSES } from './consent';

/** Staff withdraw on the person's request, in person, by phone or by a paper form; an organisation does not withdraw for them. */
const WITHDRAWAL_CHANNELS = ON_BEHALF_CHANNELS.filter((c) => c !== 'ORGANISATION_REPORT');

/**
 * What a person agreed to, purpose by purpose, and taking one back: the person themselves (with their tracking code or
 * logged in), or staff on their request, saying how the person asked. Handling the matter is not withdrawn from here.
 * Where staff meet the person themselves (a participant's person), they also record a purpose the person gives later,
 * saying how the person gave it.
 */
export function ConsentRecord({
  source,
  load,
  withdraw,
  give,
  onBehalf,
  canWithdraw = true,
  headingLevel = 3,
  title,
  empty,
}: {
  /** Names what is shown (a code, an item), so another one loads afresh. */
  source: string;
  load: (signal: AbortSignal) => Promise<ConsentView[]>;
  withdraw: (purpose: ConsentPurpose, channel: ConsentChannel | null) => Promise<ConsentView[]>;
  /** Staff record a purpose given now; absent where a purpose is only ever given with the data. */
  give?: (purpose: ConsentPurpose, channel: ConsentChannel) => Promise<ConsentView[]>;
  onBehalf: boolean;
  canWithdraw?: boolean;
  headingLevel?: 2 | 3;
  /** The heading, when the person is not an item's sender. */
  title?: string;
  /** What to say when nothing was asked of the person. */
  empty?: string;
}) {
  const { t, i18n } = useTranslation();
  const loaded = useAsync(load, [source]);
  const [changed, setChanged] = useState<ConsentView[] | null>(null);
  const [done, setDone] = useState<{ purpose: ConsentPurpose; given: boolean } | null>(null);
  const [channel, setChannel] = useState<ConsentChannel | ''>('');
  const [missing, setMissing] = useState(false);
  const [giveChannel, setGiveChannel] = useState<ConsentChannel | ''>('');
  const [giveMissing, setGiveMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const consents = changed ?? (loaded.status === 'success' ? loaded.data : null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `consents-${source.replace(/[^A-Za-z0-9-]/g, '')}`;
  const withdrawable = (consents ?? []).filter((c) => c.active && c.purpose !== 'HANDLE_MATTER');
  const givable = give ? PERSON_PURPOSES.filter((p) => !(consents ?? []).some((c) => c.purpose === p && c.active)) : [];

  const record = async (purpose: ConsentPurpose) => {
    if (!give) return;
    if (!giveChannel) {
      setGiveMissing(true);
      return;
    }
    setGiveMissing(false);
    setBusy(true);
    setError(null);
    try {
      setChanged(await give(purpose, giveChannel));
      setDone({ purpose, given: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const takeBack = async (purpose: ConsentPurpose) => {
    if (onBehalf && !channel) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      setChanged(await withdraw(purpose, onBehalf && channel ? channel : null));
      setDone({ purpose, given: false });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (loaded.status === 'error') return <ErrorState error={loaded.error} headingLevel={3} onRetry={loaded.reload} />;
  if (!consents) return null;
  return (
    <section className="consent-status" aria-labelledby={id}>
      <Heading id={id}>{title ?? t(onBehalf ? 'privacy.withdrawal.staffTitle' : 'privacy.withdrawal.title')}</Heading>
      {consents.length === 0 ? <p className="muted">{empty ?? t('privacy.withdrawal.none')}</p> : null}
      <ul className="consent-status__list">
        {consents.map((c) => (
          <li key={c.purpose}>
            <strong>{t(`privacy.purpose.${c.purpose}`)}</strong>: {c.active ? t('privacy.withdrawal.active') : t('privacy.withdrawal.inactive')}
            {onBehalf ? (
              <span className="muted">
                {' '}
                · {t(`privacy.channel.${c.channel}`)} · {new Date(c.recordedAt).toLocaleDateString(i18n.resolvedLanguage ?? 'vi')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {canWithdraw && withdrawable.length > 0 ? (
        <>
          {onBehalf ? (
            <div className={`field${missing ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor={`${id}-channel`}>
                {t('privacy.withdrawal.asked')}
              </label>
              <select
                id={`${id}-channel`}
                value={channel}
                aria-invalid={missing ? true : undefined}
                aria-describedby={missing ? `${id}-channel-error` : undefined}
                onChange={(e) => setChannel(e.target.value as ConsentChannel | '')}
              >
                <option value="">{t('privacy.consent.channelChoose')}</option>
                {WITHDRAWAL_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`privacy.channel.${c}`)}
                  </option>
                ))}
              </select>
              {missing ? (
                <p className="field__error" id={`${id}-channel-error`}>
                  {t('privacy.withdrawal.askedRequired')}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="actions">
            {withdrawable.map((c) => (
              <Button key={c.purpose} variant="secondary" disabled={busy} onClick={() => void takeBack(c.purpose)}>
                {t('privacy.withdrawal.withdraw', { purpose: t(`privacy.purpose.${c.purpose}`) })}
              </Button>
            ))}
          </div>
        </>
      ) : null}
      {givable.length > 0 ? (
        <>
          <div className={`field${giveMissing ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-given-channel`}>
              {t('privacy.consent.channel')}
            </label>
            <select
              id={`${id}-given-channel`}
              value={giveChannel}
              aria-invalid={giveMissing ? true : undefined}
              aria-describedby={giveMissing ? `${id}-given-channel-error` : undefined}
              onChange={(e) => setGiveChannel(e.target.value as ConsentChannel | '')}
            >
              <option value="">{t('privacy.consent.channelChoose')}</option>
              {ON_BEHALF_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`privacy.channel.${c}`)}
                </option>
              ))}
            </select>
            {giveMissing ? (
              <p className="field__error" id={`${id}-given-channel-error`}>
                {t('privacy.consent.channelRequired')}
              </p>
            ) : null}
          </div>
          <div className="actions">
            {givable.map((p) => (
              <Button key={p} variant="secondary" disabled={busy} onClick={() => void record(p)}>
                {t('privacy.withdrawal.give', { purpose: t(`privacy.purpose.${p}`) })}
              </Button>
            ))}
          </div>
        </>
      ) : null}
      <p role="status">
        {done ? t(done.given ? 'privacy.withdrawal.given' : 'privacy.withdrawal.withdrawn', { purpose: t(`privacy.purpose.${done.purpose}`) }) : ''}
      </p>
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
    </section>
  );
}
