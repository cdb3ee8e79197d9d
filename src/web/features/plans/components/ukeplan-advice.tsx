import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { weekPlanAdvice, weekPlanTemplateRows } from '../../../../domain/plans/week-plan-advice';
import { useLocalised } from './form-problems';

/** The advice for writing an ukeplan, and what each day of it covers, above the plan's fields. */
export function UkeplanAdvice({ headingLevel }: { headingLevel: 4 | 5 }) {
  const { t } = useTranslation();
  const localised = useLocalised();
  return (
    <Alert data-color="info" className="stack stack--tight">
      <Heading level={headingLevel} data-size="2xs">
        {t('plans.weekAdvice.heading')}
      </Heading>
      <ul>
        {weekPlanAdvice.map((text) => (
          <li key={text.nb}>{localised(text)}</li>
        ))}
      </ul>
      <Paragraph data-size="sm">{t('plans.weekAdvice.eachDay')}</Paragraph>
      <ul>
        {weekPlanTemplateRows.map((row) => (
          <li key={row.id}>
            <strong>{localised(row.label)}:</strong> {row.prompts.map(localised).join(', ')}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
