import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyStudents } from '../../../../shared/api';
import { AppLink } from '../../../components/app-link';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
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
              {t('absence.totals.hours')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.undocumentedHours')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.lateArrivals')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {group.students.map((student) => (
            <Table.Row key={student.id}>
              <Table.HeaderCell scope="row">
                <AppLink to={paths.student(student.id)}>
                  {t('common.personName', { given: student.givenName, family: student.familyName })}
                </AppLink>
              </Table.HeaderCell>
              {showSignal && <Table.Cell>{student.signal ? <SignalLight signal={student.signal} /> : <NotGiven />}</Table.Cell>}
              <Table.Cell className="num">{format.number(student.absence.days)}</Table.Cell>
              <Table.Cell className="num">{format.number(student.absence.hours)}</Table.Cell>
              <Table.Cell className="num">{format.number(student.absence.undocumentedHours)}</Table.Cell>
              <Table.Cell className="num">{format.number(student.absence.lateArrivals)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
