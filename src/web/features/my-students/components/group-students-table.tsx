import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyStudents } from '../../../../shared/api';
import { AppLink } from '../../../components/app-link';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
import { CloserFollowUpMark } from '../../../components/closer-follow-up-mark';
import { SignalLight } from '../../../components/signal-light';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';

type Group = MyStudents['groups'][number];

/**
 * The students of one group with their absence this term; one row per student. In the contact
 * teacher's class, a Status column shows each student's traffic light and the reasons behind it.
 */
export function GroupStudentsTable({ group }: { group: Group }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const showSignal = group.relation === 'kontaktlaerer';
  // A subject teacher's group in upper secondary: each student's share against the absence limit.
  const showLimit = group.relation === 'faglaerer' && group.absenceLimitPercent != null;

  if (group.students.length === 0) {
    return <Paragraph>{t('myStudents.noStudents')}</Paragraph>;
  }
  return (
    <ScrollTable captionId={captionId}>
      <Table zebra border>
        <caption id={captionId}>
          {showSignal ? t('myStudents.captionWithStatus', { group: group.name }) : t('myStudents.caption', { group: group.name })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('myStudents.columns.student')}</Table.HeaderCell>
            {showSignal && <Table.HeaderCell scope="col">{t('myStudents.columns.status')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.days')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.lessonsMissed')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.undocumentedHours')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.lateArrivals')}
            </Table.HeaderCell>
            {showLimit && <Table.HeaderCell scope="col">{t('myStudents.subjectLimitColumn', { limit: format.number(group.absenceLimitPercent!) })}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('myStudents.reportColumn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {group.students.map((student) => (
            <Table.Row key={student.id}>
              <Table.HeaderCell scope="row">
                <AppLink to={paths.student(student.id)}>
                  {t('common.personName', { given: student.givenName, family: student.familyName })}
                </AppLink>
                {student.closerFollowUpReviewOn && (
                  <>
                    {' '}
                    <CloserFollowUpMark reviewOn={student.closerFollowUpReviewOn} />
                  </>
                )}
              </Table.HeaderCell>
              {showSignal && <Table.Cell>{student.signal ? <SignalLight signal={student.signal} /> : <NotGiven />}</Table.Cell>}
              <Table.Cell className="num">{format.number(student.absence.days)}</Table.Cell>
              <Table.Cell className="num">{format.number(student.absence.lessonsMissed)}</Table.Cell>
              <Table.Cell className="num">{format.number(student.absence.undocumentedHours)}</Table.Cell>
              <Table.Cell className="num">{format.number(student.absence.lateArrivals)}</Table.Cell>
              {showLimit && (
                <Table.Cell>
                  <SubjectLimit limit={student.subjectLimit ?? null} />
                </Table.Cell>
              )}
              <Table.Cell>
                <AppLink to={group.kind === 'undervisningsgruppe' && group.subjectName ? `${paths.concernReport(student.id)}?fag=${encodeURIComponent(group.subjectName)}` : paths.concernReport(student.id)}>
                  {t('myStudents.sendReport')}
                  <span className="visually-hidden"> {t('myStudents.sendReportFor', { name: t('common.personName', { given: student.givenName, family: student.familyName }) })}</span>
                </AppLink>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

/** The student's undocumented absence in the subject against the limit, the band in words (as on the student page). */
function SubjectLimit({ limit }: { limit: NonNullable<Group['students'][number]['subjectLimit']> | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!limit || limit.percent === null) return <>{t('subjectAbsence.band.noLessons')}</>;
  return (
    <>
      <span className="num-inline">{t('myStudents.subjectLimitValue', { percent: format.percent(limit.percent), held: format.number(limit.lessonsHeld) })}</span>
      {limit.band && (
        <>
          {' '}
          <strong className={`band band--${limit.band}`}>{t(`subjectAbsence.band.${limit.band}`)}</strong>
        </>
      )}
    </>
  );
}
