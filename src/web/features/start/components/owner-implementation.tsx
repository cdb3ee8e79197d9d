import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { implementationSteps } from '../../../../domain/leadership/measure-implementation';
import { pitfallKeys } from '../../../../domain/leadership/pitfall-thresholds';
import type { OwnerImplementation } from '../../../../shared/leadership-api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DataTable } from '../../../components/data-table';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { useOwnerImplementation } from '../api/use-owner-implementation';

type Row = OwnerImplementation['total'] & { id: string; name: string };

/**
 * The owner's view of follow-through (issue 11, part 7): per school and in all, how many students
 * reached each step of the chain, the median waits, and the seven pitfalls — counts only, never a
 * name; a count from 1 to 4 is shown as "<5" so that nobody can be recognised.
 */
export function OwnerImplementationSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const query = useOwnerImplementation(true);
  const small = query.data?.smallCount ?? 5;
  const shown = (n: number | null) =>
    n === null ? (
      <>
        <span aria-hidden="true">{`<${small}`}</span>
        <span className="visually-hidden">{t('ownerFigures.fewerThan', { count: small })}</span>
      </>
    ) : (
      format.number(n)
    );
  const days = (n: number | null) => (n === null ? '–' : format.number(n));
  const rows: Row[] = query.data ? [...query.data.schools, { ...query.data.total, id: 'total', name: t('ownerImplementation.total') }] : [];
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('ownerImplementation.heading')}
      </Heading>
      <Paragraph>{t('ownerImplementation.intro', { count: small })}</Paragraph>
      {query.isPending ? (
        <LoadingStatus text={t('ownerImplementation.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.schools.length === 0 ? (
        <Paragraph>{t('ownerFigures.none')}</Paragraph>
      ) : (
        <>
          <DataTable
            caption={t('ownerImplementation.stepsCaption')}
            columns={[
              { label: t('ownerFigures.columns.school') },
              { label: t('ownerFigures.columns.students'), numeric: true },
              ...implementationSteps.map((step) => ({ label: t(`leadership.step.${step}`), numeric: true })),
              { label: t('ownerImplementation.toMapping'), numeric: true },
              { label: t('ownerImplementation.toFollowUp'), numeric: true },
            ]}
          >
            {rows.map((r) => (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
                <Table.Cell className="num">{format.number(r.students)}</Table.Cell>
                {implementationSteps.map((step) => (
                  <Table.Cell key={step} className="num">
                    {shown(r.steps[step])}
                  </Table.Cell>
                ))}
                <Table.Cell className="num">{days(r.medianSchoolDaysToMapping)}</Table.Cell>
                <Table.Cell className="num">{days(r.medianSchoolDaysToFollowUp)}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
          <DataTable
            caption={t('ownerImplementation.pitfallsCaption')}
            columns={[{ label: t('ownerFigures.columns.school') }, ...pitfallKeys.map((key) => ({ label: t(`leadership.pitfall.${key}.name`), numeric: true }))]}
          >
            {rows.map((r) => (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
                {pitfallKeys.map((key) => (
                  <Table.Cell key={key} className="num">
                    {shown(r.pitfalls[key])}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </DataTable>
          <Paragraph data-size="sm">{t('ownerImplementation.about', { count: small })}</Paragraph>
        </>
      )}
    </section>
  );
}
