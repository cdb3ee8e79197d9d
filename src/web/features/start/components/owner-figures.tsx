import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { ScrollTable } from '../../../components/scroll-table';
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
        <ScrollTable captionId={`${id}-caption`}>
          <Table border zebra>
            <caption id={`${id}-caption`}>{t('ownerFigures.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('ownerFigures.columns.school')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ownerFigures.columns.students')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ownerFigures.columns.red')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ownerFigures.columns.yellow')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ownerFigures.columns.openCases')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ownerFigures.columns.checks')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
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
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
