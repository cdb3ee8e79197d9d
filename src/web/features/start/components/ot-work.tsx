import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';

/**
 * What an OT advisor can do in Varde today: the cases a school has added them to (a
 * clarification meeting, avklaringssamtale), with the student, the meetings and the plans; and
 * how a school reaches them. Need-to-know gives OT no student outside those cases.
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
        <li>{t('otWork.cases')}</li>
        <li>{t('otWork.meeting')}</li>
        <li>{t('otWork.contact')}</li>
        <li>{t('otWork.access')}</li>
      </ul>
      <Paragraph>
        <AppLink to="/saker">{t('otWork.toCases')}</AppLink>
      </Paragraph>
    </section>
  );
}
