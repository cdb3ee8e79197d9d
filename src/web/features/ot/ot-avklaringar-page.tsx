import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useOtAvklaringar } from './api/use-ot';
import { otPaths } from './ot-paths';
import { splitAvklaringar, type OtAvklaring } from './ot-vocabulary';
import './ot.css';

/**
 * The clarification meetings (avklaringssamtalar) the OT advisor takes part in: those coming
 * (summoned, or still being prepared by the school) and those held or past, each a way into the
 * school's case.
 */
export function OtAvklaringarPage() {
  const { t } = useTranslation();
  const query = useOtAvklaringar();
  useDocumentTitle(t('ot.avklaringar.title'));
  const failure = isApiFailure(query.error) ? query.error : null;
  const split = query.data ? splitAvklaringar(query.data.avklaringar, new Date()) : null;

  return (
    <div className="stack stack--wide ot-page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('ot.avklaringar.title')}
        </Heading>
        <Paragraph>{t('ot.avklaringar.intro')}</Paragraph>
      </div>
      {failure?.code === 'forbidden' ? (
        <Refusal kind="forbidden" text={t('ot.avklaringar.forbidden')} />
      ) : query.isPending ? (
        <LoadingStatus text={t('ot.avklaringar.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <AvklaringarSection kind="coming" avklaringar={split!.coming} />
          <AvklaringarSection kind="earlier" avklaringar={split!.earlier} />
        </>
      )}
    </div>
  );
}

function AvklaringarSection({ kind, avklaringar }: { kind: 'coming' | 'earlier'; avklaringar: readonly OtAvklaring[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (avklaringar.length === 0) return <Paragraph>{t(`ot.avklaringar.${kind}.none`)}</Paragraph>;
  return (
    <DataTable
      caption={t('ot.avklaringar.caption', { list: t(`ot.avklaringar.${kind}.heading`), n: avklaringar.length })}
      columns={[
        { label: t('ot.avklaringar.columns.student') },
        { label: t('ot.avklaringar.columns.school') },
        { label: t('ot.avklaringar.columns.ground') },
        { label: t('ot.avklaringar.columns.meeting') },
        { label: t('ot.avklaringar.columns.state') },
      ]}
    >
      {avklaringar.map((a) => (
        <Table.Row key={a.caseId}>
          <Table.HeaderCell scope="row">
            <AppLink to={otPaths.avklaring(a.caseId)}>{a.student.name}</AppLink>
          </Table.HeaderCell>
          <Table.Cell>{a.school.name}</Table.Cell>
          <Table.Cell>{t(`ot.ground.${a.ground}`)}</Table.Cell>
          <Table.Cell className="nowrap">{a.meetingAt ? format.dateTime(a.meetingAt) : <span className="muted">{t('ot.avklaringar.notSummoned')}</span>}</Table.Cell>
          <Table.Cell>
            {a.signedAt
              ? t('ot.avklaringar.signedAt', { date: format.dateTime(a.signedAt) })
              : a.status === 'avsluttet'
                ? t('ot.avklaringar.closed')
                : t(`ot.avklaringar.step.${a.step}`)}
          </Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
