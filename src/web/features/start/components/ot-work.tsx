import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { paths } from '../../../lib/home-path';

/**
 * What an OT advisor can do in Varde: follow up the youth in OT's list (their landing page), and
 * take part in the clarification meetings (avklaringssamtale) a school adds them to; and how a
 * school reaches them. Need-to-know gives OT no student outside the list and those cases.
 */
export function OtWorkSection() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('otWork.heading')}
      </Heading>
      <ul>
        <li>{t('otWork.list')}</li>
        <li>{t('otWork.cases')}</li>
        <li>{t('otWork.meeting')}</li>
        <li>{t('otWork.contact')}</li>
        <li>{t('otWork.access')}</li>
      </ul>
      <Paragraph>
        <AppLink to={paths.ot}>{t('otWork.toList')}</AppLink>
      </Paragraph>
    </section>
  );
}
