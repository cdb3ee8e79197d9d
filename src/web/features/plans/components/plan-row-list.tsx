import { Button, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FieldKit } from './plan-field-kit';

export const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
export const replaceAt = <T,>(list: readonly T[], index: number, value: T): T[] => list.map((item, i) => (i === index ? value : item));

/** A list's own problem (no line at all), shown at its legend; the add button takes the focus. */
export function ListProblem({ kit, path }: { kit: FieldKit; path: string }) {
  const text = kit.error(path);
  return text ? (
    <div>
      <ValidationMessage>{text}</ValidationMessage>
    </div>
  ) : null;
}

/**
 * The rows of a plan (measures, responsibilities, days of the week): each row its own fieldset
 * with a remove button (while more than `keep` are left), and a button that adds one. The add
 * button carries the list's id, so that a problem with the list as a whole leads to it.
 */
export function PlanRowList<Row extends object>({
  kit,
  path,
  legend,
  help,
  rows,
  onChange,
  newRow,
  rowLegend,
  rowClassName = 'plan-row',
  removeText,
  addText,
  keep = 0,
  children,
}: {
  kit: FieldKit;
  path: string;
  legend: string;
  help: string;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  newRow: () => Row;
  rowLegend: (row: Row, index: number) => ReactNode;
  rowClassName?: string;
  removeText: (n: number) => string;
  addText: string;
  keep?: number;
  children: (row: Row, index: number, update: (patch: Partial<Row>) => void) => ReactNode;
}) {
  return (
    <Fieldset className="plan-group">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Fieldset.Description>{help}</Fieldset.Description>
      <ListProblem kit={kit} path={path} />
      {rows.map((row, index) => (
        <Fieldset key={index} className={rowClassName}>
          <Fieldset.Legend>{rowLegend(row, index)}</Fieldset.Legend>
          {children(row, index, (patch) => onChange(replaceAt(rows, index, { ...row, ...patch })))}
          {rows.length > keep && (
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(removeAt(rows, index))}>
                {removeText(index + 1)}
              </Button>
            </div>
          )}
        </Fieldset>
      ))}
      <div>
        <Button id={kit.id(path)} type="button" variant="secondary" data-size="sm" onClick={() => onChange([...rows, newRow()])}>
          {addText}
        </Button>
      </div>
    </Fieldset>
  );
}
