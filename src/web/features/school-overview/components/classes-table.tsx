import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SchoolOverview } from '../../../../shared/api';
import { AppLink } from '../../../components/app-link';
import { DataTable } from '../../../components/data-table';
import { NotGiven } from '../../../components/not-given';
import { SignalMark } from '../../../components/signal-light';
import { useLevelLabel } from '../../../components/use-level-label';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';

/** Most serious first, as the lights' reasons are. */
const lightLevels = ['rod', 'gul', 'gronn'] as const;

/**
 * One row per class: who, how many, how many students are at each level of the one traffic light
 * (the same light as in the class lists), and absence so far this term. Names no student; the
 * class's name leads to the class (its klasselærermøte, with each student's light and reasons).
 */
export function ClassesTable({ overview }: { overview: SchoolOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const levelLabel = useLevelLabel();

  if (overview.classes.length === 0) return <Paragraph>{t('schoolOverview.noClasses')}</Paragraph>;
  return (
    <DataTable
      caption={t('schoolOverview.caption', { school: overview.school.name })}
      columns={[
        { label: t('schoolOverview.columns.class') },
        { label: t('schoolOverview.columns.level') },
        { label: t('schoolOverview.columns.programme') },
        { label: t('schoolOverview.columns.contactTeachers') },
        { label: t('schoolOverview.columns.students'), numeric: true },
        ...lightLevels.map((level) => ({
          label: (
            <>
              <SignalMark level={level} />
              <span className="visually-hidden"> {t('schoolOverview.columns.lightSuffix')}</span>
            </>
          ),
          numeric: true,
        })),
        { label: t('absence.totals.days'), numeric: true },
        { label: t('absence.totals.hours'), numeric: true },
        { label: t('schoolOverview.columns.absencePercent'), numeric: true },
        { label: t('schoolOverview.columns.overThreshold'), numeric: true },
      ]}
    >
      {overview.classes.map((c) => (
        <Table.Row key={c.id}>
          <Table.HeaderCell scope="row">
            <AppLink to={paths.classMeeting(c.id)}>{c.name}</AppLink>
          </Table.HeaderCell>
          <Table.Cell>{c.level ? levelLabel(overview.school.kind, c.level) : <NotGiven />}</Table.Cell>
          <Table.Cell>{c.programme ?? <NotGiven />}</Table.Cell>
          <Table.Cell>{c.contactTeachers.length > 0 ? format.list(c.contactTeachers) : <NotGiven />}</Table.Cell>
          <Table.Cell className="num">{format.number(c.studentCount)}</Table.Cell>
          {lightLevels.map((level) => (
            <Table.Cell key={level} className="num">
              {format.number(c.lights[level])}
            </Table.Cell>
          ))}
          <Table.Cell className="num">{format.number(c.absence.days)}</Table.Cell>
          <Table.Cell className="num">{format.number(c.absence.hours)}</Table.Cell>
          <Table.Cell className="num">{format.percent(c.absencePercent)}</Table.Cell>
          <Table.Cell className="num">{format.number(c.studentsOverThreshold)}</Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
