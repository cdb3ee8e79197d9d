import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { useOwnerFigures } from '../api/use-owner-figures';

/**
 * The skoleeier's view: each school in figures — students, students with a red or yellow light,
 * open cases, checks done this term — never a name; a count under five is shown as "fewer than 5".
 */
export function OwnerFiguresSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const query = useOwnerFigures(true);
  const shown = (n: number | null) => (n === null ? t('ownerFigures.fewerThan', { count: query.data?.smallCount ?? 5 }) : format.number(n));
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('ownerFigures.heading')}
      </Heading>
      <Paragraph>{t('ownerFigures.intro', { count: query.data?.smallCount ?? 5 })}</Paragraph>
      {query.isPending ? (
        <LoadingStatus text={t('ownerFigures.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.schools.length === 0 ? (
        <Paragraph>{t('ownerFigures.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('ownerFigures.caption')}
          columns={[
            { label: t('ownerFigures.columns.school') },
            { label: t('ownerFigures.columns.students'), numeric: true },
            { label: t('ownerFigures.columns.red'), numeric: true },
            { label: t('ownerFigures.columns.yellow'), numeric: true },
            { label: t('ownerFigures.columns.openCases'), numeric: true },
            { label: t('ownerFigures.columns.checks'), numeric: true },
          ]}
        >
          {query.data.schools.map((s) => (
            <Table.Row key={s.id}>
              <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
              <Table.Cell className="num">{format.number(s.students)}</Table.Cell>
              <Table.Cell className="num">{shown(s.red)}</Table.Cell>
              <Table.Cell className="num">{shown(s.yellow)}</Table.Cell>
              <Table.Cell className="num">{shown(s.openCases)}</Table.Cell>
              <Table.Cell className="num">{format.number(s.checksDoneThisTerm)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
