import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { OpenAvklaringButton } from './open-avklaring-button';

/**
 * On an open case's page: when the student may drop out, or is certain to leave, a clarification
 * case with OT is opened from here for the same student; the new case names this one in its history.
 */
export function AvklaringFromCaseSection({ detail }: { detail: Pick<CaseDetail, 'id' | 'status' | 'student'> }) {
  const { t } = useTranslation();
  const id = useId();
  if (detail.status !== 'aapen') return null;
  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('otAvklaring.fromCase.heading')}
      </Heading>
      <Paragraph>{t('otAvklaring.fromCase.intro')}</Paragraph>
      <OpenAvklaringButton studentId={detail.student.id} fromCaseId={detail.id} headingLevel={3} />
    </section>
  );
}
