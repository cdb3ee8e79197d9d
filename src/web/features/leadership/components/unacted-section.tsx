import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnactedBoard } from '../../../../shared/leadership-api';
import { AppLink } from '../../../components/app-link';
import { DataTable } from '../../../components/data-table';
import { NotGiven } from '../../../components/not-given';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';

/**
 * "Ingen har gjort noe ennå" (issue 11, part 4): every student with a confirmed flag and no case,
 * plan, mark or recorded contact since, oldest first, with the person who should act.
 */
export function UnactedSection({ board }: { board: UnactedBoard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`} id="ingen-har-gjort-noe">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('leadership.unacted.heading')}
      </Heading>
      <Paragraph>{t('leadership.unacted.intro')}</Paragraph>
      {board.entries.length === 0 ? (
        <Paragraph>{t('leadership.unacted.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('leadership.unacted.caption', { count: board.entries.length, n: format.number(board.entries.length) })}
          columns={[
            { label: t('leadership.columns.student') },
            { label: t('leadership.columns.class') },
            { label: t('leadership.unacted.columns.concern') },
            { label: t('leadership.unacted.columns.confirmedOn') },
            { label: t('leadership.unacted.columns.waiting'), numeric: true },
            { label: t('leadership.unacted.columns.responsible') },
          ]}
        >
          {board.entries.map((e) => (
            <Table.Row key={e.flagId}>
              <Table.HeaderCell scope="row">
                <AppLink to={paths.student(e.student.id)}>{t('common.personName', { given: e.student.givenName, family: e.student.familyName })}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{e.className ?? <NotGiven />}</Table.Cell>
              <Table.Cell>
                {t(`signal.concern.${e.concern}`)}
                {e.flagCount > 1 ? ` (${t('leadership.unacted.flags', { count: e.flagCount, n: format.number(e.flagCount) })})` : ''}
              </Table.Cell>
              <Table.Cell>{format.date(e.confirmedOn)}</Table.Cell>
              <Table.Cell className="num">{format.number(e.schoolDaysWaiting)}</Table.Cell>
              <Table.Cell>{e.responsible ? e.responsible.name : <span className="leadership-gap">{t('leadership.nobodyResponsible')}</span>}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
