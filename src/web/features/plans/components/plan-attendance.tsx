import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/case-api';
import { improvementPoints, minWindowSchoolDays } from '../../../../domain/tiltak/attendance-before-after';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';

type Attendance = Plan['attendance'];

/** The outcome as a tag: the colour repeats what the words say (docs/decisions/017-effect-of-measures.md). */
const outcomeColour = { improved: 'success', unchanged: 'neutral', worse: 'warning', no_room: 'neutral' } as const;

/**
 * The student's attendance before and after the plan was signed: two windows of the same number of
 * school days, the signing day in neither, the figures in a table and the change in words.
 */
export function PlanAttendance({ plan, title }: { plan: Plan; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const a = plan.attendance;
  return (
    <div className="stack stack--tight plan-attendance">
      <Heading level={4} data-size="2xs">
        {t('plans.attendance.heading')}
      </Heading>
      {a.status === 'figure' && a.before && a.after && a.outcome && a.changePoints !== null ? (
        <>
          <DataTable
            caption={t('plans.attendance.caption', { plan: title })}
            columns={[
              { label: t('plans.attendance.columns.window') },
              { label: t('plans.attendance.columns.period') },
              { label: t('plans.attendance.columns.attendance'), numeric: true },
              { label: t('plans.attendance.columns.missed'), numeric: true },
            ]}
          >
            {(['before', 'after'] as const).map((side) => {
              const w = a[side]!;
              return (
                <Table.Row key={side}>
                  <Table.HeaderCell scope="row">{t(`plans.attendance.${side}`)}</Table.HeaderCell>
                  <Table.Cell>{t('plans.attendance.period', { from: format.date(w.from), to: format.date(w.to) })}</Table.Cell>
                  <Table.Cell className="num">{format.percent(w.attendancePercent)}</Table.Cell>
                  <Table.Cell className="num">{t('plans.attendance.missedOf', { missed: format.number(w.lessonsMissed), held: format.number(w.lessonsHeld) })}</Table.Cell>
                </Table.Row>
              );
            })}
          </DataTable>
          <Paragraph>
            <Tag data-color={outcomeColour[a.outcome]} data-size="sm">
              {t(`plans.attendance.outcome.${a.outcome}`)}
            </Tag>{' '}
            {t(a.changePoints > 0 ? 'plans.attendance.changeUp' : a.changePoints < 0 ? 'plans.attendance.changeDown' : 'plans.attendance.changeNone', {
              count: Math.abs(a.changePoints),
              points: format.number(Math.abs(a.changePoints)),
            })}
          </Paragraph>
          <Paragraph data-size="sm" className="muted">
            {t('plans.attendance.windows', { count: a.windowSchoolDays, signedOn: format.date(a.signedOn!) })}{' '}
            {t(`plans.attendance.endsBy.${a.endsBy!}`, { date: format.date(a.endsOn!) })}{' '}
            {t('plans.attendance.rule', { points: format.number(improvementPoints) })}
          </Paragraph>
        </>
      ) : (
        <Paragraph data-size="sm">{noFigureText(a, t, format)}</Paragraph>
      )}
    </div>
  );
}

function noFigureText(a: Attendance, t: ReturnType<typeof useTranslation>['t'], format: ReturnType<typeof useFormat>): string {
  switch (a.status) {
    case 'not_signed':
      return t('plans.attendance.notSigned');
    case 'too_short':
      return t('plans.attendance.tooShort', { count: a.windowSchoolDays, minimum: minWindowSchoolDays, signedOn: format.date(a.signedOn!) });
    case 'no_timetable':
      return t('plans.attendance.noTimetable');
    default:
      return t('plans.attendance.noCalendar', { signedOn: a.signedOn ? format.date(a.signedOn) : '' });
  }
}
