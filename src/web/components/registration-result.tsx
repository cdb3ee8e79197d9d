import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RegistrationResult } from '../../shared/api';
import { paths } from '../lib/home-path';
import { AppLink } from './app-link';
import { FlagReason } from './signal-light';

/**
 * What a registration did: how much was saved, and the flags it raised, each explained. Meant
 * for a LiveStatus region, so that it is announced.
 */
export function RegistrationResultAlert({
  result,
  savedText,
  studentName,
  headingLevel = 2,
}: {
  result: RegistrationResult;
  savedText: string;
  /** The name of a student in the registration, for the new flags. */
  studentName: (studentId: string) => string | null;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  return (
    <Alert data-color={result.newFlags.length > 0 ? 'warning' : 'success'} className="stack stack--tight">
      <Heading level={headingLevel} data-size="xs">
        {savedText}
      </Heading>
      {result.newFlags.length === 0 ? (
        <Paragraph>{t('registrationResult.noNewFlags')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('registrationResult.newFlags', { count: result.newFlags.length })}</Paragraph>
          <ul className="result-flags">
            {result.newFlags.map((flag) => {
              const name = studentName(flag.studentId);
              return (
                <li key={flag.id}>
                  <AppLink to={paths.student(flag.studentId)}>{name ?? t('registrationResult.theStudent')}</AppLink>:{' '}
                  <FlagReason flag={flag} />
                </li>
              );
            })}
          </ul>
          <Paragraph data-size="sm">{t('registrationResult.newFlagsHelp')}</Paragraph>
        </>
      )}
    </Alert>
  );
}
