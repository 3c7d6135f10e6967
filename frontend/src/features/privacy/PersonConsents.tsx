import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/ApiContext';
import { getPrivacyNotice, givePersonConsent, personConsents, withdrawPersonConsent } from './api/consents';
import { ConsentRecord } from './ConsentRecord';

/**
 * A person's consents where the office (or their ward's officer) meets the person: what they agreed to, a purpose they
 * give now (under the notice in force) or take back, each saying how the person did it.
 */
export function PersonConsents({ personId, headingLevel = 3 }: { personId: number; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <ConsentRecord
      source={`person-${personId}`}
      load={(signal) => personConsents(api, personId, signal)}
      withdraw={(purpose, channel) => withdrawPersonConsent(api, personId, purpose, channel)}
      give={async (purpose, channel) => {
        // The person agrees under the notice they are shown today.
        const notice = await getPrivacyNotice(api);
        return givePersonConsent(api, personId, purpose, notice.version, channel);
      }}
      onBehalf
      headingLevel={headingLevel}
      title={t('privacy.withdrawal.personTitle')}
      empty={t('privacy.withdrawal.personNone')}
    />
  );
}
