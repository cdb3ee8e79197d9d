import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { useOtSettings } from '../api/use-ot';
import { otPaths } from '../ot-paths';
import { ageLimitReading } from '../ot-vocabulary';

/**
 * One sentence on OT's pages: how long the right to follow-up lasts under the owner's setting,
 * and where that reading comes from, with the way to the settings. Nothing while it loads.
 */
export function RightInForce() {
  const { t } = useTranslation();
  const settings = useOtSettings();
  if (!settings.data) return null;
  const { ageLimit, runsTo } = settings.data;
  return (
    <Paragraph>
      {t(`ot.rightInForce.${runsTo}`, { age: ageLimit })} {t(`ot.rightInForce.source.${ageLimitReading(settings.data)}`)}{' '}
      <AppLink to={otPaths.settings}>{t('ot.rightInForce.toSettings')}</AppLink>
    </Paragraph>
  );
}
