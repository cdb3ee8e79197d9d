import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleProfileView } from '../../../../shared/api';
import { useFormat } from '../../../i18n/format';

/** Every version of the profile, newest first: when it was saved, and by whom. */
export function VersionHistory({ profile }: { profile: RuleProfileView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const versions = [...profile.history].sort((a, b) => b.version - a.version);

  return (
    <section className="stack stack--tight" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {t('ruleProfiles.history.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('ruleProfiles.history.intro')}</Paragraph>
      <ul className="version-list">
        {versions.map((v) => (
          <li key={v.version}>
            <strong>{t('ruleProfiles.history.version', { version: v.version })}</strong>
            {v.version === profile.version && <> ({t('ruleProfiles.history.inUse')})</>}
            {': '}
            {v.createdAt
              ? t('ruleProfiles.history.saved', {
                  when: format.dateTime(v.createdAt),
                  who: v.createdBy ?? t('ruleProfiles.history.unknownPerson'),
                })
              : t('ruleProfiles.history.builtIn')}
          </li>
        ))}
      </ul>
    </section>
  );
}
