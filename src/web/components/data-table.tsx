import { Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { ScrollTable } from './scroll-table';

/** A column of a data table: its header, and whether it holds numbers (set to the right). */
export type Column = { label: ReactNode; numeric?: boolean };

/**
 * A zebra table named by its caption, with one header row of columns, scrolling sideways on
 * narrow screens; the rows are the children.
 */
export function DataTable({ caption, columns, className, children }: { caption: string; columns: readonly Column[]; className?: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <ScrollTable captionId={captionId}>
      <Table border zebra className={className}>
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((c, index) => (
              <Table.HeaderCell key={index} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </ScrollTable>
  );
}
