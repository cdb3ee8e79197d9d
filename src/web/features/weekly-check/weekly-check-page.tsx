import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { WeeklyCheckView } from '../../../shared/workspace-api';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SignalLight } from '../../components/signal-light';
import { useFormat } from '../../i18n/format';
import { paths } from '../../lib/home-path';
import { useWeeklyCheck } from '../checks/api/use-checks';
import { CheckDoneSection } from '../checks/components/check-done-section';
import { CheckPage } from '../checks/components/check-page';
import { CheckPeriodNav } from '../checks/components/check-period-nav';
import { RowActions } from '../checks/components/row-actions';
import { ProtokollSection } from './protokoll-section';
import { studentsOverLimit, wholeDaysLimit } from './whole-days-limit';

type Row = WeeklyCheckView['students'][number];

/**
 * Ukesjekken: the contact teacher's weekly look at the class — the week's absence, late
 * arrivals and absence without notice, whole days this term (from the profile's threshold, 8 by
 * default: contact the principal and the home), siblings absent on the same days (at any of the
 * owner's schools, the school named), and each student's light — for the week chosen, with a way
 * to act from each row, the review of the class's absence record twice a month, and the record of
 * the check as done.
 */
export function WeeklyCheckPage() {
  const { t } = useTranslation();
  const { groupId } = useParams();
  const [search] = useSearchParams();
  const query = useWeeklyCheck(groupId, search.get('dato'));
  return (
    <CheckPage
      query={query}
      titles={{
        loaded: (check) => t('weeklyCheck.titleFor', { group: check.group.name }),
        forbidden: t('weeklyCheck.forbidden.title'),
        notFound: t('weeklyCheck.notFound.title'),
        pending: t('weeklyCheck.title'),
      }}
      texts={{ loading: t('weeklyCheck.loading'), forbidden: t('weeklyCheck.forbidden.text'), notFound: t('weeklyCheck.notFound.text') }}
      header={(check) => (
        <CheckPeriodNav kind="ukesjekk" period={check.period} pathOn={(on) => paths.weeklyCheckOn(check.group.id, on)} currentPath={paths.weeklyCheck(check.group.id)} />
      )}
    >
      {(check) => <WeeklyCheckBody check={check} />}
    </CheckPage>
  );
}

/** The loaded check: how the routine works, who is at or over the limit, the class, and the record of the check. */
function WeeklyCheckBody({ check }: { check: WeeklyCheckView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const limit = wholeDaysLimit(check);
  const overLimit = studentsOverLimit(check);
  return (
    <>
      <Alert data-color="info" className="stack stack--tight">
        <Heading level={2} data-size="2xs">
          {t('weeklyCheck.howHeading')}
        </Heading>
        <ul>
          <li>{t('weeklyCheck.how.status')}</li>
          <li>{t('weeklyCheck.how.siblings')}</li>
          <li>{t('weeklyCheck.how.wholeDays', { count: limit })}</li>
        </ul>
      </Alert>
      {overLimit.length > 0 && (
        <Alert data-color="warning" className="stack stack--tight">
          <Heading level={2} data-size="2xs">
            {t('weeklyCheck.overLimitHeading', { count: limit })}
          </Heading>
          <ul>
            {overLimit.map((s) => (
              <li key={s.id}>
                <AppLink to={paths.student(s.id)}>{t('common.personName', { given: s.givenName, family: s.familyName })}</AppLink>:{' '}
                {t('weeklyCheck.wholeDays', { count: s.wholeDaysThisTerm })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {check.students.length === 0 ? (
        <Paragraph>{t('myStudents.noStudents')}</Paragraph>
      ) : (
        <DataTable
          caption={t('weeklyCheck.caption', { group: check.group.name, from: format.date(check.week.from), to: format.date(check.week.to) })}
          columns={[
            { label: t('myStudents.columns.student') },
            { label: t('myStudents.columns.status') },
            { label: t('weeklyCheck.columns.lessonsMissed'), numeric: true },
            { label: t('weeklyCheck.columns.lateArrivals'), numeric: true },
            { label: t('weeklyCheck.columns.withoutNotice'), numeric: true },
            { label: t('weeklyCheck.columns.wholeDaysThisTerm') },
            { label: t('weeklyCheck.columns.siblings') },
            { label: t('checks.actions.column') },
          ]}
        >
          {check.students.map((student) => (
            <WeeklyRow key={student.id} student={student} limit={limit} />
          ))}
        </DataTable>
      )}
      {check.protokoll && <ProtokollSection schoolId={check.schoolId} groupId={check.group.id} status={check.protokoll} />}
      <CheckDoneSection schoolId={check.schoolId} kind="ukesjekk" groupId={check.group.id} period={check.period} />
    </>
  );
}

function WeeklyRow({ student, limit }: { student: Row; limit: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = t('common.personName', { given: student.givenName, family: student.familyName });
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <AppLink to={paths.student(student.id)}>{name}</AppLink>
      </Table.HeaderCell>
      <Table.Cell>
        <SignalLight signal={student.signal} />
      </Table.Cell>
      <Table.Cell className="num">{format.number(student.lessonsMissedThisWeek)}</Table.Cell>
      <Table.Cell className="num">{format.number(student.lateArrivalsThisWeek)}</Table.Cell>
      <Table.Cell className="num">{format.number(student.withoutNoticeThisWeek)}</Table.Cell>
      <Table.Cell>
        <span className="num-inline">{format.number(student.wholeDaysThisTerm)}</span>
        {student.wholeDaysThisTerm >= limit && (
          <>
            {' '}
            <strong className="callout">{t('weeklyCheck.contactPrincipalAndHome', { count: limit })}</strong>
          </>
        )}
      </Table.Cell>
      <Table.Cell>
        {student.siblingsSameDays.length === 0 ? (
          t('weeklyCheck.noSiblings')
        ) : (
          <ul className="plain-list">
            {student.siblingsSameDays.map((sibling) => (
              <li key={sibling.name}>
                {sibling.schoolName
                  ? t('checks.weekly.siblingAtSchool', { name: sibling.name, school: sibling.schoolName, dates: format.list(sibling.dates.map((d) => format.date(d))) })
                  : t('weeklyCheck.siblingDays', {
                      name: sibling.name,
                      count: sibling.dates.length,
                      dates: format.list(sibling.dates.map((d) => format.date(d))),
                    })}
              </li>
            ))}
          </ul>
        )}
      </Table.Cell>
      <Table.Cell>
        <RowActions studentId={student.id} studentName={name} />
      </Table.Cell>
    </Table.Row>
  );
}
