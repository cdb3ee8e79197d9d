import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AccessLine } from '../../../../shared/audit-api';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';

type Line = AccessLine & { student?: { id: string; name: string } | null };

/**
 * The lines of an access report: the day, who (with roles and schools) or which student, what,
 * how many times, and from which address — for leadership; the student's own view will leave the
 * address out (the server sends none there).
 */
export function AccessLinesTable({ caption, lines, show }: { caption: string; lines: readonly Line[]; show: 'actor' | 'student' }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lines.length === 0) return <Paragraph>{t('accessReport.lines.none')}</Paragraph>;
  const roleText = (actor: NonNullable<AccessLine['actor']>) =>
    format.list(actor.roles.map((r) => (r.schoolName ? t('accessReport.lines.roleAt', { role: t(`role.${r.role}`), school: r.schoolName }) : t(`role.${r.role}`))));
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: t('accessReport.lines.day') },
        { label: show === 'actor' ? t('accessReport.lines.who') : t('accessReport.lines.student') },
        { label: t('accessReport.lines.what') },
        { label: t('accessReport.lines.count'), numeric: true },
        { label: t('accessReport.lines.address') },
      ]}
    >
      {lines.map((line) => (
        <Table.Row key={`${line.day}|${line.firstAt}|${line.subject}|${line.action}|${line.actor?.staffId ?? ''}|${line.student?.id ?? ''}`}>
          <Table.Cell>{format.date(line.day)}</Table.Cell>
          <Table.HeaderCell scope="row">
            {show === 'student' ? (
              (line.student?.name ?? t('accessReport.lines.noStudent'))
            ) : line.actor ? (
              <>
                {line.actor.name}
                {line.actor.roles.length > 0 && <span className="access-report-roles">{roleText(line.actor)}</span>}
              </>
            ) : (
              t('accessReport.lines.noActor')
            )}
          </Table.HeaderCell>
          <Table.Cell>
            {t('accessReport.lines.did', { action: t(`accessReport.action.${line.action}`), subject: t(`accessReport.subject.${line.subject}`) })}
            {line.status !== null && ` (${t(line.status === 403 ? 'accessReport.lines.forbidden' : 'accessReport.lines.asMissing')})`}
          </Table.Cell>
          <Table.Cell className="num">{format.number(line.count)}</Table.Cell>
          <Table.Cell>{line.addresses.join(', ')}</Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
