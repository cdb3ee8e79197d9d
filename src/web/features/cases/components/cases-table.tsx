import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/case-api';
import { AppLink } from '../../../components/app-link';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { casePaths } from '../case-paths';
import { Deadline } from './deadline';

/**
 * Cases as a table: the student (a link to the case), the kind, the current step, its deadline
 * (overdue in words and a shape) and the responsible person. Without the student column on the
 * student's own page, where the kind is the link.
 */
export function CasesTable({ cases, caption, withStudent = true }: { cases: readonly CaseSummary[]; caption: string; withStudent?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  return (
    <ScrollTable captionId={captionId}>
      <Table border zebra>
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {withStudent && <Table.HeaderCell scope="col">{t('cases.columns.student')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('cases.columns.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.columns.step')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.columns.deadline')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('cases.columns.responsible')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {cases.map((kase) => {
            const kind = t(`caseKind.${kase.kind}`);
            return (
              <Table.Row key={kase.id}>
                {withStudent && (
                  <Table.HeaderCell scope="row">
                    <AppLink to={casePaths.ofKind(kase.kind, kase.id)}>
                      {kase.student.name}
                      <span className="visually-hidden">{t('cases.linkSuffix', { kind })}</span>
                    </AppLink>
                    {kase.student.groupName && (
                      <>
                        {' '}
                        <span className="muted">({kase.student.groupName})</span>
                      </>
                    )}
                  </Table.HeaderCell>
                )}
                {withStudent ? (
                  <Table.Cell>{kind}</Table.Cell>
                ) : (
                  <Table.HeaderCell scope="row">
                    <AppLink to={casePaths.ofKind(kase.kind, kase.id)}>{kind}</AppLink>
                  </Table.HeaderCell>
                )}
                <Table.Cell>{kase.status === 'aapen' ? t(`caseStep.${kase.step}`) : t('cases.status.avsluttet')}</Table.Cell>
                <Table.Cell>
                  {kase.status === 'aapen' ? (
                    <Deadline dueOn={kase.stepDueOn} overdue={kase.overdue} />
                  ) : (
                    t('cases.closedOn', {
                      date: format.date(dateOfTimestamp(kase.closedAt ?? kase.openedAt)),
                      outcome: kase.outcome ? t(`caseOutcome.${kase.outcome}`) : t('cases.status.avsluttet'),
                    })
                  )}
                </Table.Cell>
                <Table.Cell>{kase.responsible.name}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
