import { Fieldset, Radio, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonRegister } from '../../../../shared/api';
import { DataTable } from '../../../components/data-table';
import { HomeNoticeLine } from './home-notice-line';

/** A register sheet: one row a student, with the attendance choice and its details; named by its caption. */
export function RegisterTable({ caption, children }: { caption: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <DataTable
      className="register-table"
      caption={caption}
      columns={[{ label: t('registration.columns.student') }, { label: t('registration.columns.attendance') }, { label: t('registration.columns.details') }]}
    >
      {children}
    </DataTable>
  );
}

/**
 * A student's row: the name (with a note and any notice from home under it), one radio a status,
 * and the details the chosen status asks for (a dash when none).
 */
export function RegisterRow<S extends string>(props: {
  name: string;
  note: string | null;
  notice: LessonRegister['students'][number]['notice'];
  radioName: string;
  statuses: readonly S[];
  statusLabel: (status: S) => string;
  status: S;
  onStatus: (status: S) => void;
  details: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        {props.name}
        {props.note !== null && (
          <>
            <br />
            <span className="muted">{props.note}</span>
          </>
        )}
        <HomeNoticeLine notice={props.notice} />
      </Table.HeaderCell>
      <Table.Cell>
        <Fieldset className="attendance-choice" data-size="sm">
          <Fieldset.Legend className="visually-hidden">{t('registration.attendanceFor', { name: props.name })}</Fieldset.Legend>
          {props.statuses.map((status) => (
            <Radio
              key={status}
              name={props.radioName}
              value={status}
              label={props.statusLabel(status)}
              checked={props.status === status}
              onChange={() => props.onStatus(status)}
            />
          ))}
        </Fieldset>
      </Table.Cell>
      <Table.Cell>
        {props.details ?? (
          <span className="muted" aria-hidden="true">
            –
          </span>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
