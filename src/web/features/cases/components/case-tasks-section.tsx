import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { ScrollTable } from '../../../components/scroll-table';
import { todayInNorway } from '../../../lib/dates';
import { Deadline } from './deadline';

type CaseTask = Omit<CaseDetail['tasks'][number], 'kind'> & { kind: string };

/** The tasks the case's steps have given: what, for whom, by when, and whether it is done (any kind of case). */
export function CaseTasksSection({ detail }: { detail: { tasks: readonly CaseTask[] } }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInNorway();
  const tasks = [...detail.tasks].sort((a, b) => Number(a.done) - Number(b.done) || a.dueOn.localeCompare(b.dueOn));
  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('cases.tasks.heading')}
      </Heading>
      {tasks.length === 0 ? (
        <Paragraph>{t('cases.tasks.none')}</Paragraph>
      ) : (
        <ScrollTable captionId={`${id}-caption`}>
          <Table border zebra>
            <caption id={`${id}-caption`}>{t('cases.tasks.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('cases.tasks.columns.task')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.tasks.columns.assignee')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.tasks.columns.due')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.tasks.columns.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {tasks.map((task) => (
                <Table.Row key={task.id}>
                  <Table.HeaderCell scope="row">{t(`taskKind.${task.kind}`)}</Table.HeaderCell>
                  <Table.Cell>{task.assignee}</Table.Cell>
                  <Table.Cell>
                    <Deadline dueOn={task.dueOn} overdue={!task.done && task.dueOn < today} />
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={task.done ? 'success' : 'neutral'} data-size="sm">
                      {task.done ? t('cases.tasks.done') : t('cases.tasks.open')}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
