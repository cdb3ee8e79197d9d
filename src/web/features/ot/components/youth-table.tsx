import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { otPaths } from '../ot-paths';
import type { YouthSummary } from '../ot-vocabulary';
import { GuardiansMark, StatusText } from './ot-labels';

/**
 * Youth in OT's list as a table: the name (a link to the youth) with the list's one signal — the
 * guardians of a minor still to be informed — and then plain facts: age, school of origin, when
 * and why the youth left, the status and since when (each pair in one cell, the second line
 * quieter), the advisor, the last contact, the end of the right, and whether the school's
 * agreement was signed.
 */
export function YouthTable({ youth, caption }: { youth: readonly YouthSummary[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      caption={caption}
      className="ot-youth-table"
      columns={[
        { label: t('ot.columns.name') },
        { label: t('ot.columns.age'), numeric: true },
        { label: t('ot.columns.school') },
        { label: t('ot.columns.left') },
        { label: t('ot.columns.status') },
        { label: t('ot.columns.advisor') },
        { label: t('ot.columns.lastContact') },
        { label: t('ot.columns.rightEndsOn') },
        { label: t('ot.columns.agreement') },
      ]}
    >
      {youth.map((y) => (
        <Table.Row key={y.id}>
          <Table.HeaderCell scope="row">
            <AppLink to={otPaths.youth(y.id)}>{y.student.name}</AppLink>
            {y.guardiansToInform && (
              <>
                {' '}
                <GuardiansMark />
              </>
            )}
          </Table.HeaderCell>
          <Table.Cell className="num">{y.student.age === null ? t('ot.youth.bornMissing') : format.number(y.student.age)}</Table.Cell>
          <Table.Cell>{y.originSchool.name}</Table.Cell>
          <Table.Cell>
            <span className="nowrap">{format.date(y.leftOn)}</span>
            <span className="ot-sub">{t(`ot.leaveReason.${y.leaveReason}`)}</span>
          </Table.Cell>
          <Table.Cell>
            <StatusText code={y.status} />
            <span className="ot-sub">{t('ot.youth.since', { date: format.date(y.statusSince) })}</span>
          </Table.Cell>
          <Table.Cell>{y.advisor?.name ?? <span className="muted">{t('ot.noAdvisor')}</span>}</Table.Cell>
          <Table.Cell className="nowrap">{y.lastContactOn ? format.date(y.lastContactOn) : <span className="muted">{t('ot.noContactYetShort')}</span>}</Table.Cell>
          <Table.Cell className="nowrap">{y.rightEndsOn === null ? t('ot.youth.bornMissing') : format.date(y.rightEndsOn)}</Table.Cell>
          <Table.Cell>{y.hasSignedAgreement ? t('ot.agreementSigned') : <span className="muted">{t('ot.agreementNone')}</span>}</Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
