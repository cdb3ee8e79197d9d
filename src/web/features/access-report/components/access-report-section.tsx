import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { lastDays } from '../access-period';
import { accessReportPdfPath, type Period } from '../api/access-report-client';
import { useAccessReport } from '../api/use-access-report';
import { AccessLinesTable } from './access-lines-table';
import { PeriodForm } from './period-form';
import '../access-report.css';

/**
 * "Hvem har sett opplysningene" on the student page (issue 14, part 5), for the skoleleder of the
 * student's school (the server has the last word): the report for a period chosen (the last 12
 * months to begin with), shown when asked — each look is itself logged — with the PDF to send.
 */
export function AccessReportSection({ student }: { student: Pick<StudentDetail, 'id' | 'givenName' | 'familyName' | 'school'> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const session = useSession();
  const leads = session.roles.some((r) => r.role === 'skoleleder' && r.schoolId === student.school.id);
  const today = todayInNorway();
  const [asked, setAsked] = useState<Period | null>(null);
  const report = useAccessReport(student.id, leads ? asked : null);
  if (!leads) return null;
  const name = t('common.personName', { given: student.givenName, family: student.familyName });
  // A document is bokmål or nynorsk: the reader's if one of them, else the owner's målform (the server's default).
  const pdfLanguage = i18n.language === 'nb' || i18n.language === 'nn' ? i18n.language : null;

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('accessReport.student.heading')}
      </Heading>
      <Paragraph>{t('accessReport.student.intro')}</Paragraph>
      <PeriodForm initial={lastDays(today, 365)} today={today} submitLabel={t('accessReport.student.show')} onAsk={setAsked} />
      {report.isFetching && <LoadingStatus text={t('accessReport.loading')} />}
      {report.isError && <ApiErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && asked && (
        <div className="stack">
          <Paragraph>
            <Link href={accessReportPdfPath(student.id, asked, pdfLanguage)}>{t('accessReport.student.pdf')}</Link>
          </Paragraph>
          <AccessLinesTable
            caption={t('accessReport.student.caption', { student: name, from: format.date(report.data.period.from), to: format.date(report.data.period.to) })}
            lines={report.data.lines}
            show="actor"
          />
          <Heading level={3} data-size="xs">
            {t('accessReport.refusals.heading')}
          </Heading>
          <Paragraph data-size="sm">{t('accessReport.refusals.intro')}</Paragraph>
          <AccessLinesTable caption={t('accessReport.refusals.caption', { student: name })} lines={report.data.refusals} show="actor" />
        </div>
      )}
    </section>
  );
}
