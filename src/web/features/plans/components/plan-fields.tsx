import { Button, Field, Fieldset, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanKind } from '../../../../domain/plans/plan-content';
import { capitalise } from '../../../components/capitalise';
import { useFormat } from '../../../i18n/format';
import { addDays } from '../../../lib/dates';
import { labelKeyOf, weekPlanDates, type PlanContent } from '../plan-drafts';
import { useWeekday } from './form-problems';
import { ListProblem, PlanRowList, removeAt, replaceAt } from './plan-row-list';

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


function useLabels(kit: FieldKit) {
  const { t, i18n } = useTranslation();
  const label = (path: string) => t(`plans.field.${kit.kind}.${labelKeyOf(path)}`);
  const help = (path: string) => {
    const key = `plans.help.${kit.kind}.${labelKeyOf(path)}`;
    return i18n.exists(key) ? t(key) : undefined;
  };
  return { label, help };
}

/** A text (or a longer text, `rows` > 1) at `path`. */
function TextAt({
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
function LineList({
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

function PickMeasureButton({ kit, target }: { kit: FieldKit; target: MeasureTarget }) {
  const { t } = useTranslation();
  return (
    <div>
      <Button type="button" variant="secondary" data-size="sm" aria-label={t('plans.pickMeasureFor', { row: target.index + 1 })} onClick={() => kit.onPickMeasure(target)}>
        {t('plans.pickMeasure')}
      </Button>
    </div>
  );
}

function fromBankNote(code: string | null, t: (key: string) => string): string | undefined {
  return code ? t('plans.fromBank') : undefined;
}

export function TiltaksplanFields({ content, onChange, kit }: FieldsProps<'tiltaksplan'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (patch: Partial<PlanContent<'tiltaksplan'>>) => onChange({ ...content, ...patch });

  return (
    <>
      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.goals')}</Fieldset.Legend>
        <LineList
          kit={kit}
          path="content.longTermGoals"
          lines={content.longTermGoals}
          onChange={(longTermGoals) => set({ longTermGoals })}
          addText={t('plans.addLongTermGoal')}
          removeText={(n) => t('plans.removeGoal', { n })}
        />
        <LineList
          kit={kit}
          path="content.shortTermGoals"
          lines={content.shortTermGoals}
          onChange={(shortTermGoals) => set({ shortTermGoals })}
          addText={t('plans.addShortTermGoal')}
          removeText={(n) => t('plans.removeShortTermGoal', { n })}
        />
      </Fieldset>

      <PlanRowList
        kit={kit}
        path="content.rows"
        legend={t('plans.field.tiltaksplan.rows')}
        help={t('plans.help.tiltaksplan.rows')}
        rows={content.rows}
        onChange={(rows) => set({ rows })}
        newRow={() => ({ maintainingFactor: '', measure: '', measureCode: null, responsible: '', planB: '', evaluation: '' })}
        rowLegend={(_, index) => t('plans.rowLegend', { n: index + 1 })}
        removeText={(n) => t('plans.removeRow', { n })}
        addText={t('plans.addRow')}
        keep={1}
      >
        {(row, index, setRow) => (
          <>
            <TextAt kit={kit} path={`content.rows.${index}.maintainingFactor`} rows={2} required value={row.maintainingFactor} onChange={(v) => setRow({ maintainingFactor: v })} />
            <TextAt
              kit={kit}
              path={`content.rows.${index}.measure`}
              rows={3}
              required
              value={row.measure}
              description={fromBankNote(row.measureCode, t)}
              onChange={(v) => setRow({ measure: v, measureCode: v.trim() ? row.measureCode : null })}
            />
            <PickMeasureButton kit={kit} target={{ list: 'rows', index }} />
            <TextAt kit={kit} path={`content.rows.${index}.responsible`} required value={row.responsible} onChange={(v) => setRow({ responsible: v })} />
            <TextAt kit={kit} path={`content.rows.${index}.planB`} rows={2} value={row.planB} onChange={(v) => setRow({ planB: v })} />
            <TextAt kit={kit} path={`content.rows.${index}.evaluation`} rows={2} value={row.evaluation} onChange={(v) => setRow({ evaluation: v })} />
          </>
        )}
      </PlanRowList>

      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.period')}</Fieldset.Legend>
        <div className="plan-dates">
          <TextAt kit={kit} path="content.startsOn" type="date" required value={content.startsOn} onChange={(v) => set({ startsOn: v })} />
          <TextAt kit={kit} path="content.endsOn" type="date" required min={content.startsOn} value={content.endsOn} onChange={(v) => set({ endsOn: v })} />
        </div>
      </Fieldset>

      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.evaluationMeeting')}</Fieldset.Legend>
        <Fieldset.Description>
          {kit.latestEvaluationOn ? t('plans.evaluationLimit', { date: format.date(kit.latestEvaluationOn) }) : t('plans.evaluationLimitFromStart')}
        </Fieldset.Description>
        <div className="plan-dates">
          <TextAt
            kit={kit}
            path="content.evaluationMeeting.on"
            type="date"
            required
            description=""
            min={content.startsOn}
            max={kit.latestEvaluationOn}
            value={content.evaluationMeeting.on}
            onChange={(v) => set({ evaluationMeeting: { ...content.evaluationMeeting, on: v } })}
          />
          <TextAt
            kit={kit}
            path="content.evaluationMeeting.time"
            maxLength={20}
            value={content.evaluationMeeting.time}
            onChange={(v) => set({ evaluationMeeting: { ...content.evaluationMeeting, time: v } })}
          />
          <TextAt
            kit={kit}
            path="content.evaluationMeeting.place"
            value={content.evaluationMeeting.place}
            onChange={(v) => set({ evaluationMeeting: { ...content.evaluationMeeting, place: v } })}
          />
        </div>
      </Fieldset>
    </>
  );
}

export function OppfolgingsplanFields({ content, onChange, kit }: FieldsProps<'oppfolgingsplan'>) {
  const { t } = useTranslation();
  const set = (patch: Partial<PlanContent<'oppfolgingsplan'>>) => onChange({ ...content, ...patch });

  return (
    <>
      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.challenge')}</Fieldset.Legend>
        <TextAt kit={kit} path="content.mainChallenge" rows={4} required value={content.mainChallenge} onChange={(v) => set({ mainChallenge: v })} />
        <TextAt kit={kit} path="content.measuresAndGoal" rows={4} required value={content.measuresAndGoal} onChange={(v) => set({ measuresAndGoal: v })} />
      </Fieldset>

      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.period')}</Fieldset.Legend>
        <div className="plan-dates">
          <TextAt kit={kit} path="content.startsOn" type="date" required value={content.startsOn} onChange={(v) => set({ startsOn: v })} />
          <TextAt kit={kit} path="content.endsOn" type="date" required min={content.startsOn} value={content.endsOn} onChange={(v) => set({ endsOn: v })} />
          <TextAt kit={kit} path="content.expectedDuration" maxLength={200} value={content.expectedDuration} onChange={(v) => set({ expectedDuration: v })} />
        </div>
      </Fieldset>

      <PlanRowList
        kit={kit}
        path="content.responsibilities"
        legend={t('plans.field.oppfolgingsplan.responsibilities')}
        help={t('plans.help.oppfolgingsplan.responsibilities')}
        rows={content.responsibilities}
        onChange={(responsibilities) => set({ responsibilities })}
        newRow={() => ({ who: '', task: '', dueOn: null, measureCode: null })}
        rowLegend={(_, index) => t('plans.responsibilityLegend', { n: index + 1 })}
        removeText={(n) => t('plans.removeResponsibility', { n })}
        addText={t('plans.addResponsibility')}
      >
        {(row, index, setRow) => (
          <>
            <TextAt kit={kit} path={`content.responsibilities.${index}.who`} required maxLength={200} value={row.who} onChange={(v) => setRow({ who: v })} />
            <TextAt
              kit={kit}
              path={`content.responsibilities.${index}.task`}
              rows={2}
              required
              value={row.task}
              description={fromBankNote(row.measureCode, t)}
              onChange={(v) => setRow({ task: v, measureCode: v.trim() ? row.measureCode : null })}
            />
            <PickMeasureButton kit={kit} target={{ list: 'responsibilities', index }} />
            <TextAt
              kit={kit}
              path={`content.responsibilities.${index}.dueOn`}
              type="date"
              value={row.dueOn ?? ''}
              onChange={(v) => setRow({ dueOn: v || null })}
            />
          </>
        )}
      </PlanRowList>

      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.evaluation')}</Fieldset.Legend>
        <TextAt kit={kit} path="content.evaluationMethod" rows={3} required value={content.evaluationMethod} onChange={(v) => set({ evaluationMethod: v })} />
        <LineList
          kit={kit}
          path="content.evaluationPoints"
          type="date"
          min={content.startsOn}
          lines={content.evaluationPoints}
          onChange={(evaluationPoints) => set({ evaluationPoints })}
          addText={t('plans.addEvaluationPoint')}
          removeText={(n) => t('plans.removeEvaluationPoint', { n })}
        />
      </Fieldset>
    </>
  );
}

export const measureLevels = ['individ', 'gruppe', 'skole'] as const;

export function AktivitetsplanFields({ content, onChange, kit }: FieldsProps<'aktivitetsplan'>) {
  const { t } = useTranslation();
  const { label } = useLabels(kit);
  const set = (patch: Partial<PlanContent<'aktivitetsplan'>>) => onChange({ ...content, ...patch });
  type Measure = PlanContent<'aktivitetsplan'>['measures'][number];

  return (
    <>
      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.problem')}</Fieldset.Legend>
        <TextAt kit={kit} path="content.problem" rows={4} required value={content.problem} onChange={(v) => set({ problem: v })} />
        <div className="plan-dates">
          <TextAt kit={kit} path="content.startsOn" type="date" required value={content.startsOn} onChange={(v) => set({ startsOn: v })} />
        </div>
        <TextAt kit={kit} path="content.contactPerson" maxLength={200} value={content.contactPerson} onChange={(v) => set({ contactPerson: v })} />
      </Fieldset>

      <PlanRowList
        kit={kit}
        path="content.measures"
        legend={t('plans.field.aktivitetsplan.measures')}
        help={t('plans.help.aktivitetsplan.measures')}
        rows={content.measures}
        onChange={(measures) => set({ measures })}
        newRow={(): Measure => ({
          measure: '',
          measureCode: null,
          level: 'individ',
          when: '',
          responsible: '',
          evaluateOn: content.measures.at(-1)?.evaluateOn ?? addDays(content.startsOn, 14),
        })}
        rowLegend={(_, index) => t('plans.measureLegend', { n: index + 1 })}
        removeText={(n) => t('plans.removeMeasure', { n })}
        addText={t('plans.addMeasure')}
        keep={1}
      >
        {(row, index, setRow) => {
          const levelPath = `content.measures.${index}.level`;
          return (
            <>
              <TextAt
                kit={kit}
                path={`content.measures.${index}.measure`}
                rows={3}
                required
                value={row.measure}
                description={fromBankNote(row.measureCode, t)}
                onChange={(v) => setRow({ measure: v, measureCode: v.trim() ? row.measureCode : null })}
              />
              <PickMeasureButton kit={kit} target={{ list: 'measures', index }} />
              <Field>
                <Label htmlFor={kit.id(levelPath)}>{label(levelPath)}</Label>
                <Select id={kit.id(levelPath)} width="auto" value={row.level} onChange={(event) => setRow({ level: event.target.value as Measure['level'] })}>
                  {measureLevels.map((level) => (
                    <Select.Option key={level} value={level}>
                      {t(`measures.level.${level}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <TextAt kit={kit} path={`content.measures.${index}.when`} required maxLength={500} value={row.when} onChange={(v) => setRow({ when: v })} />
              <TextAt kit={kit} path={`content.measures.${index}.responsible`} required maxLength={200} value={row.responsible} onChange={(v) => setRow({ responsible: v })} />
              <TextAt
                kit={kit}
                path={`content.measures.${index}.evaluateOn`}
                type="date"
                required
                min={content.startsOn}
                value={row.evaluateOn}
                onChange={(v) => setRow({ evaluateOn: v })}
              />
            </>
          );
        }}
      </PlanRowList>
    </>
  );
}

export function UkeplanFields({ content, onChange, kit, advice }: FieldsProps<'ukeplan'> & { advice: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (patch: Partial<PlanContent<'ukeplan'>>) => onChange({ ...content, ...patch });
  const weekday = useWeekday();

  /** A new start moves the days that are still empty along with it. */
  const moveStart = (startsOn: string) => {
    const untouched = content.entries.every((e) => !e.what.trim() && !e.time.trim() && !e.where.trim() && !e.withWhom.trim());
    if (untouched && /^\d{4}-\d{2}-\d{2}$/.test(startsOn)) {
      onChange({ ...content, startsOn, entries: weekPlanDates(startsOn).map((on) => ({ on, time: '', what: '', where: '', withWhom: '' })) });
    } else {
      set({ startsOn });
    }
  };

  return (
    <>
      {advice}
      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.week')}</Fieldset.Legend>
        <Fieldset.Description>{t('plans.help.ukeplan.startsOn')}</Fieldset.Description>
        <div className="plan-dates">
          <TextAt kit={kit} path="content.startsOn" type="date" required description="" value={content.startsOn} onChange={moveStart} />
        </div>
      </Fieldset>
      <PlanRowList
        kit={kit}
        path="content.entries"
        legend={t('plans.field.ukeplan.entries')}
        help={t('plans.help.ukeplan.entries')}
        rows={content.entries}
        onChange={(entries) => set({ entries })}
        newRow={() => {
          const last = content.entries.at(-1)?.on;
          const on = last && /^\d{4}-\d{2}-\d{2}$/.test(last) ? addDays(last, 1) : content.startsOn;
          return { on, time: '', what: '', where: '', withWhom: '' };
        }}
        rowLegend={(entry, index) =>
          /^\d{4}-\d{2}-\d{2}$/.test(entry.on) ? capitalise(t('plans.entryLegend', { day: weekday(entry.on), date: format.date(entry.on) })) : t('plans.entryLegendNoDate', { n: index + 1 })
        }
        rowClassName="plan-row plan-row--entry"
        removeText={(n) => t('plans.removeEntry', { n })}
        addText={t('plans.addEntry')}
      >
        {(entry, index, setEntry) => (
          <>
            <div className="plan-entry">
              <TextAt kit={kit} path={`content.entries.${index}.on`} type="date" required min={content.startsOn} value={entry.on} onChange={(v) => setEntry({ on: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.time`} maxLength={40} value={entry.time} onChange={(v) => setEntry({ time: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.where`} maxLength={200} value={entry.where} onChange={(v) => setEntry({ where: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.withWhom`} maxLength={200} value={entry.withWhom} onChange={(v) => setEntry({ withWhom: v })} />
            </div>
            <TextAt kit={kit} path={`content.entries.${index}.what`} rows={2} value={entry.what} onChange={(v) => setEntry({ what: v })} />
          </>
        )}
      </PlanRowList>
      <TextAt kit={kit} path="content.note" rows={3} value={content.note} onChange={(v) => set({ note: v })} />
      <Paragraph data-size="sm" className="muted">
        {t('plans.emptyDaysLeftOut')}
      </Paragraph>
    </>
  );
}
