import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ClassReport } from '../../../../shared/report-api';
import { AppLink } from '../../../components/app-link';
import { DataTable } from '../../../components/data-table';
import { NotGiven } from '../../../components/not-given';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';

type Named = { id: string; name: string };

function StudentLinks({ students }: { students: readonly Named[] }) {
  const { t } = useTranslation();
  if (students.length === 0)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('classReport.noStudents')}</span>
      </>
    );
  return (
    <ul className="plain-list">
      {students.map((s) => (
        <li key={s.id}>
          <AppLink to={paths.student(s.id)}>{s.name}</AppLink>
        </li>
      ))}
    </ul>
  );
}

/** Per subject: the grades of the round, how many 1 and IV and whose, and the class's absence with the students warned and over the limit. */
export function SubjectsTable({ report, roundName }: { report: ClassReport; roundName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const limit = report.limit !== null;
  return (
    <section className="stack" aria-labelledby="report-subjects">
      <Heading level={2} data-size="sm" id="report-subjects">
        {t('classReport.subjects.heading')}
      </Heading>
      {report.subjects.length === 0 ? (
        <Paragraph>{t('classReport.subjects.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('classReport.subjects.caption', { group: report.class.name, round: roundName })}
          columns={[
            { label: t('classReport.subjects.subject') },
            { label: t('classReport.subjects.graded'), numeric: true },
            { label: t('classReport.subjects.grade1'), numeric: true },
            { label: t('classReport.subjects.iv'), numeric: true },
            { label: t('classReport.subjects.lowGradeStudents') },
            { label: t('classReport.subjects.absence'), numeric: true },
            ...(limit ? [{ label: t('classReport.subjects.warning'), numeric: true }, { label: t('classReport.subjects.overLimit'), numeric: true }] : []),
          ]}
        >
          {report.subjects.map((s) => (
            <Table.Row key={s.subjectCode}>
              <Table.HeaderCell scope="row">{s.subjectName}</Table.HeaderCell>
              <Table.Cell className="num">{format.number(s.graded)}</Table.Cell>
              <Table.Cell className="num">{format.number(s.counts['1'])}</Table.Cell>
              <Table.Cell className="num">{format.number(s.counts.IV)}</Table.Cell>
              <Table.Cell>
                <StudentLinks students={s.lowGradeStudents} />
              </Table.Cell>
              <Table.Cell className="num">{s.absence.percent === null ? <NotGiven /> : format.percent(s.absence.percent)}</Table.Cell>
              {limit && (
                <>
                  <Table.Cell className="num">{format.number(s.absence.warning)}</Table.Cell>
                  <Table.Cell className="num">{format.number(s.absence.overLimit)}</Table.Cell>
                </>
              )}
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** The students at risk of 1 or IV in several subjects, most subjects first, each subject with what put it at risk. */
export function AtRiskTable({ report }: { report: ClassReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="stack" aria-labelledby="report-at-risk">
      <Heading level={2} data-size="sm" id="report-at-risk">
        {t('classReport.atRisk.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('classReport.atRisk.explanation', { count: report.severalSubjects })}</Paragraph>
      {report.studentsAtRisk.length === 0 ? (
        <Paragraph>{t('classReport.atRisk.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('classReport.atRisk.caption', { count: report.severalSubjects, group: report.class.name })}
          columns={[{ label: t('classReport.atRisk.student') }, { label: t('classReport.atRisk.subjects') }]}
        >
          {report.studentsAtRisk.map((s) => (
            <Table.Row key={s.student.id}>
              <Table.HeaderCell scope="row">
                <AppLink to={paths.student(s.student.id)}>{s.student.name}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>
                <ul className="plain-list">
                  {s.subjects.map((subject) => (
                    <li key={subject.subjectCode}>
                      {subject.subjectName}:{' '}
                      {[
                        subject.grade ? t('classReport.atRisk.grade', { grade: subject.grade }) : null,
                        subject.band ? `${t(`classReport.bands.${subject.band}`)} (${format.percent(subject.absencePercent ?? 0)})` : null,
                        !subject.band && subject.absencePercent !== null ? t('classReport.atRisk.absence', { percent: format.percent(subject.absencePercent) }) : null,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                    </li>
                  ))}
                </ul>
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Each student's subjects from the warning share up, the highest first: whom to warn, and whose grade is at stake. */
export function AbsenceTable({ report }: { report: ClassReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="stack" aria-labelledby="report-absence">
      <Heading level={2} data-size="sm" id="report-absence">
        {t('classReport.absence.heading')}
      </Heading>
      {report.absenceConcerns.length === 0 ? (
        <Paragraph>{t('classReport.absence.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('classReport.absence.caption', { group: report.class.name })}
          columns={[
            { label: t('classReport.absence.student') },
            { label: t('classReport.absence.subject') },
            { label: t('classReport.absence.lessons'), numeric: true },
            { label: t('classReport.absence.share'), numeric: true },
            { label: t('classReport.absence.status') },
          ]}
        >
          {report.absenceConcerns.map((c) => (
            <Table.Row key={`${c.student.id}-${c.subjectCode}`}>
              <Table.HeaderCell scope="row">
                <AppLink to={paths.student(c.student.id)}>{c.student.name}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{c.subjectName}</Table.Cell>
              <Table.Cell className="num">{t('classReport.absence.lessonsValue', { missed: format.number(c.lessonsMissed), held: format.number(c.lessonsHeld) })}</Table.Cell>
              <Table.Cell className="num">{format.percent(c.percent)}</Table.Cell>
              <Table.Cell>{t(`classReport.bands.${c.band}`)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
