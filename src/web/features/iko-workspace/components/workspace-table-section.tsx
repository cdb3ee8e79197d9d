import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { DataTable, type Column } from '../../../components/data-table';

/**
 * One section of the workspace: its heading and intro, then a table of its rows (or a line saying
 * there are none).
 */
export function WorkspaceTableSection(props: {
  heading: string;
  intro?: ReactNode;
  none: string;
  caption: string;
  columns: Column[];
  count: number;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {props.heading}
      </Heading>
      {props.intro !== undefined && <Paragraph>{props.intro}</Paragraph>}
      {props.count === 0 ? (
        <Paragraph>{props.none}</Paragraph>
      ) : (
        <DataTable caption={props.caption} columns={props.columns}>
          {props.children}
        </DataTable>
      )}
    </section>
  );
}
