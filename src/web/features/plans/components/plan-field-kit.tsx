/**
 * What the fields of every plan kind are built from: the kit a field reads its id, label, help
 * and problem from, a text or date at a path, a list of lines, and the button that opens the
 * measure bank for a row. Each kind's fields are in their own file (tiltaksplan-fields.tsx, …).
 */
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanKind } from '../../../../domain/plans/plan-content';
import { measureView } from '../../../../shared/case-api';
import { labelKeyOf, type PlanContent } from '../plan-drafts';
import { ListProblem, removeAt, replaceAt } from './plan-row-list';

/** Where a measure chosen in the bank goes: the row of a list. */
export type MeasureTarget = { list: 'rows' | 'measures' | 'responsibilities'; index: number };

/** What every field of the editor needs: its id, its label and help, its problem. */
export type FieldKit = {
  kind: PlanKind;
  id: (path: string) => string;
  error: (path: string) => string | undefined;
  onPickMeasure: (target: MeasureTarget) => void;
  /** The latest evaluation date the form checks; none when the plan starts later than today. */
  latestEvaluationOn: string | undefined;
};

export type FieldsProps<K extends PlanKind> = { content: PlanContent<K>; onChange: (next: PlanContent<K>) => void; kit: FieldKit };

/** The label and help of the field at `path`, from the plan kind's catalog keys. */
export function useLabels(kit: FieldKit) {
  const { t, i18n } = useTranslation();
  const label = (path: string) => t(`plans.field.${kit.kind}.${labelKeyOf(path)}`);
  const help = (path: string) => {
    const key = `plans.help.${kit.kind}.${labelKeyOf(path)}`;
    return i18n.exists(key) ? t(key) : undefined;
  };
  return { label, help };
}

/** A text (or a longer text, `rows` > 1) at `path`. */
export function TextAt({
  kit,
  path,
  value,
  onChange,
  rows = 1,
  required = false,
  type,
  description,
  maxLength,
  min,
  max,
  labelText,
}: {
  kit: FieldKit;
  path: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  required?: boolean;
  type?: 'date' | 'text';
  description?: ReactNode;
  maxLength?: number;
  min?: string;
  max?: string;
  labelText?: string;
}) {
  const { label, help } = useLabels(kit);
  const common = {
    id: kit.id(path),
    label: labelText ?? label(path),
    description: description ?? help(path),
    required,
    error: kit.error(path),
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  if (rows > 1) return <Textfield {...common} multiline rows={rows} maxLength={maxLength} />;
  return <Textfield {...common} type={type ?? 'text'} maxLength={maxLength} min={min} max={max} className={type === 'date' ? 'plan-date' : undefined} />;
}

/** Lines of text (goals) or dates (evaluation points), one or more. */
export function LineList({
  kit,
  path,
  lines,
  onChange,
  addText,
  removeText,
  type,
  min,
}: {
  kit: FieldKit;
  path: string;
  lines: readonly string[];
  onChange: (lines: string[]) => void;
  addText: string;
  removeText: (n: number) => string;
  type?: 'date';
  min?: string;
}) {
  const { t } = useTranslation();
  const { label, help } = useLabels(kit);
  return (
    <Fieldset className="plan-list">
      <Fieldset.Legend>{label(path)}</Fieldset.Legend>
      {help(path) && <Fieldset.Description>{help(path)}</Fieldset.Description>}
      <ListProblem kit={kit} path={path} />
      {lines.map((line, index) => (
        <div key={index} className="plan-line">
          <TextAt
            kit={kit}
            path={`${path}.${index}`}
            labelText={t('plans.lineLabel', { field: label(path), n: index + 1 })}
            description=""
            value={line}
            type={type}
            min={min}
            rows={type === 'date' ? 1 : 2}
            onChange={(value) => onChange(replaceAt(lines, index, value))}
          />
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(removeAt(lines, index))}>
            {removeText(index + 1)}
          </Button>
        </div>
      ))}
      <div>
        <Button id={kit.id(path)} type="button" variant="secondary" data-size="sm" onClick={() => onChange([...lines, ''])}>
          {addText}
        </Button>
      </div>
    </Fieldset>
  );
}

/** Opens the measure bank for a row; the chosen measure is written into that row. */
export function PickMeasureButton({ kit, target }: { kit: FieldKit; target: MeasureTarget }) {
  const { t } = useTranslation();
  return (
    <div>
      <Button type="button" variant="secondary" data-size="sm" aria-label={t('plans.pickMeasureFor', { row: target.index + 1 })} onClick={() => kit.onPickMeasure(target)}>
        {t('plans.pickMeasure')}
      </Button>
    </div>
  );
}

/** The note under a measure field that says it came from the bank. */
export function fromBankNote(code: string | null, t: (key: string) => string): string | undefined {
  return code ? t('plans.fromBank') : undefined;
}

/** The levels a measure is at, as the API has them. */
export const measureLevels = measureView.shape.level.options;
