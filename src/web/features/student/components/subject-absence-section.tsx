import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail, SubjectAbsence } from '../../../../shared/api';
import { hasAbsenceLimit } from '../../../../domain/school-kind-features';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import { useSubjectAbsence } from '../api/use-subject-absence';

type Row = SubjectAbsence['subjects'][number];

/**
 * The absence limit per subject (fraværsgrensen): each subject's undocumented absence as a share
 * of the lessons held, against the 10 % limit, with the band written out in words. A grunnskole
 * has no absence limit: there the lessons missed and held per subject, and not a word of a limit.
 */
export function SubjectAbsenceSection({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const limited = hasAbsenceLimit(student.school.kind);
  const format = useFormat();
  const captionId = useId();
  const query = useSubjectAbsence(student.id);
  const failure = isApiFailure(query.error) ? query.error : null;
  const studentName = t('common.personName', { given: student.givenName, family: student.familyName });

  return (
    <section className="stack">
      <Heading level={2} data-size="md">
        {limited ? t('subjectAbsence.heading') : t('subjectAbsence.headingNoLimit')}
      </Heading>
      {query.isPending ? (
        <LoadingStatus text={t('subjectAbsence.loading')} />
      ) : failure?.code === 'forbidden' ? (
        <Paragraph>{t('subjectAbsence.forbidden')}</Paragraph>
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} heading={t('subjectAbsence.failed')} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {!limited ? (
            <Paragraph>{t('subjectAbsence.aboutNoLimit')}</Paragraph>
          ) : (
            query.data.limit && (
              <Paragraph>
                {t('subjectAbsence.about', {
                  limit: format.percent(query.data.limit.limitPercent),
                  warn: format.percent(query.data.limit.warnFromPercent),
                  discretion: format.percent(query.data.limit.discretionUpToPercent),
                })}
              </Paragraph>
            )
          )}
          {query.data.subjects.length === 0 ? (
            <Paragraph>{t('subjectAbsence.none')}</Paragraph>
          ) : (
            <ScrollTable captionId={captionId}>
              <Table border zebra>
                <caption id={captionId}>{t('subjectAbsence.caption', { name: studentName })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('subjectAbsence.columns.subject')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="num">
                      {t('subjectAbsence.columns.missed')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="num">
                      {t('subjectAbsence.columns.held')}
                    </Table.HeaderCell>
                    {limited && (
                      <>
                        <Table.HeaderCell scope="col" className="num">
                          {t('subjectAbsence.columns.percent')}
                        </Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('subjectAbsence.columns.band')}</Table.HeaderCell>
                      </>
                    )}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {query.data.subjects.map((row) => (
                    <Table.Row key={row.groupId}>
                      <Table.HeaderCell scope="row">{row.subjectName}</Table.HeaderCell>
                      <Table.Cell className="num">{format.number(row.lessonsMissed)}</Table.Cell>
                      <Table.Cell className="num">{format.number(row.lessonsHeld)}</Table.Cell>
                      {limited && (
                        <>
                          <Table.Cell className="num">{row.percent === null ? <NotGiven /> : format.percent(row.percent)}</Table.Cell>
                          <Table.Cell>
                            <Band row={row} />
                          </Table.Cell>
                        </>
                      )}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollTable>
          )}
        </>
      )}
    </section>
  );
}

function Band({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (row.percent === null) return <>{t('subjectAbsence.band.noLessons')}</>;
  if (row.band === null) return <>{t('subjectAbsence.band.under')}</>;
  return <strong className={`band band--${row.band}`}>{t(`subjectAbsence.band.${row.band}`)}</strong>;
}
