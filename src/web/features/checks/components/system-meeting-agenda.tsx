import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SemesterCheck } from '../../../../shared/workspace-api';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import '../checks.css';

/**
 * The agenda of the school's system meeting with its item "Status på fravær": the term's causes and
 * the students with worrying absence, in counts without names (one to four as "fewer than five"),
 * to print and hand round. Printing the page prints the agenda only (checks.css).
 */
export function SystemMeetingAgenda({ check }: { check: SemesterCheck }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { agenda } = check;
  const shown = (count: number | null) => (count === null ? t('checks.agenda.fewerThan', { count: agenda.smallCount }) : format.number(count));
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('checks.agenda.heading')}
      </Heading>
      <Paragraph>{t('checks.agenda.intro', { count: agenda.smallCount })}</Paragraph>
      <div>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t('checks.agenda.print')}
        </Button>
      </div>
      <article className="system-meeting-agenda stack" aria-labelledby={`${id}-title`}>
        <Heading level={3} data-size="sm" id={`${id}-title`}>
          {t('checks.agenda.title', { school: check.school.name })}
        </Heading>
        <Paragraph>{t('checks.agenda.term', { from: format.date(check.period.from), to: format.date(check.period.to) })}</Paragraph>
        <Heading level={4} data-size="xs">
          {t('checks.agenda.item')}
        </Heading>
        {agenda.causes.length === 0 ? (
          <Paragraph>{t('checks.semester.noCauses')}</Paragraph>
        ) : (
          <DataTable
            caption={t('checks.agenda.causesCaption')}
            columns={[
              { label: t('checks.agenda.columns.cause') },
              { label: t('checks.agenda.columns.students'), numeric: true },
              { label: t('checks.agenda.columns.lessons'), numeric: true },
            ]}
          >
            {agenda.causes.map((cause) => (
              <Table.Row key={cause.type}>
                <Table.HeaderCell scope="row">{t(`absenceType.${cause.type}`)}</Table.HeaderCell>
                <Table.Cell className="num">{shown(cause.students)}</Table.Cell>
                <Table.Cell className="num">{cause.hours === null ? t('checks.agenda.hidden') : format.number(cause.hours)}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
        <DataTable
          caption={t('checks.agenda.studentsCaption')}
          columns={[{ label: t('checks.agenda.columns.group') }, { label: t('checks.agenda.columns.count'), numeric: true }]}
        >
          {(
            [
              ['withPattern', agenda.withPattern],
              ['withRedLight', agenda.withRedLight],
              ['overBorderline', agenda.overBorderline],
            ] as const
          ).map(([key, count]) => (
            <Table.Row key={key}>
              <Table.HeaderCell scope="row">{t(`checks.agenda.${key}`)}</Table.HeaderCell>
              <Table.Cell className="num">{shown(count)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
        <Paragraph data-size="sm">{t('checks.agenda.overlap')}</Paragraph>
        <Paragraph>{t('checks.agenda.discuss')}</Paragraph>
      </article>
    </section>
  );
}
