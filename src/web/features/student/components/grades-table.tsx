import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';

/** Grades: subject, kind (midtveis, halvår, standpunkt), value and date. */
export function GradesTable({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const studentName = t('common.personName', { given: student.givenName, family: student.familyName });
  const hasMidterm = student.grades.some((g) => g.kind === 'midtveis');

  return (
    <section className="stack">
      <Heading level={2} data-size="md">
        {t('grades.heading')}
      </Heading>
      {student.grades.length === 0 ? (
        <Paragraph>{t('grades.none')}</Paragraph>
      ) : (
        <>
          <ScrollTable captionId={captionId}>
            <Table border zebra>
              <caption id={captionId}>{t('grades.caption', { name: studentName })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('grades.columns.subject')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('grades.columns.kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('grades.columns.value')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('grades.columns.date')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {student.grades.map((grade) => (
                  <Table.Row key={grade.id}>
                    <Table.HeaderCell scope="row">{grade.subjectName}</Table.HeaderCell>
                    <Table.Cell>{t(`gradeKind.${grade.kind}`)}</Table.Cell>
                    <Table.Cell>{grade.value === 'IV' ? t('grades.notAssessable') : grade.value}</Table.Cell>
                    <Table.Cell className="nowrap">{format.date(grade.givenOn)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
          {hasMidterm && <Paragraph data-size="sm">{t('grades.midtermNote')}</Paragraph>}
        </>
      )}
    </section>
  );
}
