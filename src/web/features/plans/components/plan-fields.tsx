import { Button, Field, Fieldset, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanKind } from '../../../../domain/plans/plan-content';
import { capitalise } from '../../../components/capitalise';
import { useFormat } from '../../../i18n/format';
import { addDays } from '../../../lib/dates';
import { labelKeyOf, weekPlanDates, type PlanContent } from '../plan-drafts';
import { useWeekday } from './form-problems';

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

const replaceAt = <T,>(list: readonly T[], index: number, value: T): T[] => list.map((item, i) => (i === index ? value : item));
const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

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

/** A list's own problem (no line at all), shown at its legend; the add button takes the focus. */
function ListProblem({ kit, path }: { kit: FieldKit; path: string }) {
  const text = kit.error(path);
  return text ? (
    <div>
      <ValidationMessage>{text}</ValidationMessage>
    </div>
  ) : null;
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
  type Row = PlanContent<'tiltaksplan'>['rows'][number];
  const setRow = (index: number, patch: Partial<Row>) => set({ rows: replaceAt(content.rows, index, { ...content.rows[index]!, ...patch }) });

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

      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.field.tiltaksplan.rows')}</Fieldset.Legend>
        <Fieldset.Description>{t('plans.help.tiltaksplan.rows')}</Fieldset.Description>
        <ListProblem kit={kit} path="content.rows" />
        {content.rows.map((row, index) => (
          <Fieldset key={index} className="plan-row">
            <Fieldset.Legend>{t('plans.rowLegend', { n: index + 1 })}</Fieldset.Legend>
            <TextAt kit={kit} path={`content.rows.${index}.maintainingFactor`} rows={2} required value={row.maintainingFactor} onChange={(v) => setRow(index, { maintainingFactor: v })} />
            <TextAt
              kit={kit}
              path={`content.rows.${index}.measure`}
              rows={3}
              required
              value={row.measure}
              description={fromBankNote(row.measureCode, t)}
              onChange={(v) => setRow(index, { measure: v, measureCode: v.trim() ? row.measureCode : null })}
            />
            <PickMeasureButton kit={kit} target={{ list: 'rows', index }} />
            <TextAt kit={kit} path={`content.rows.${index}.responsible`} required value={row.responsible} onChange={(v) => setRow(index, { responsible: v })} />
            <TextAt kit={kit} path={`content.rows.${index}.planB`} rows={2} value={row.planB} onChange={(v) => setRow(index, { planB: v })} />
            <TextAt kit={kit} path={`content.rows.${index}.evaluation`} rows={2} value={row.evaluation} onChange={(v) => setRow(index, { evaluation: v })} />
            {content.rows.length > 1 && (
              <div>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => set({ rows: removeAt(content.rows, index) })}>
                  {t('plans.removeRow', { n: index + 1 })}
                </Button>
              </div>
            )}
          </Fieldset>
        ))}
        <div>
          <Button
            id={kit.id('content.rows')}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => set({ rows: [...content.rows, { maintainingFactor: '', measure: '', measureCode: null, responsible: '', planB: '', evaluation: '' }] })}
          >
            {t('plans.addRow')}
          </Button>
        </div>
      </Fieldset>

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
  type Responsibility = PlanContent<'oppfolgingsplan'>['responsibilities'][number];
  const setRow = (index: number, patch: Partial<Responsibility>) =>
    set({ responsibilities: replaceAt(content.responsibilities, index, { ...content.responsibilities[index]!, ...patch }) });

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

      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.field.oppfolgingsplan.responsibilities')}</Fieldset.Legend>
        <Fieldset.Description>{t('plans.help.oppfolgingsplan.responsibilities')}</Fieldset.Description>
        <ListProblem kit={kit} path="content.responsibilities" />
        {content.responsibilities.map((row, index) => (
          <Fieldset key={index} className="plan-row">
            <Fieldset.Legend>{t('plans.responsibilityLegend', { n: index + 1 })}</Fieldset.Legend>
            <TextAt kit={kit} path={`content.responsibilities.${index}.who`} required maxLength={200} value={row.who} onChange={(v) => setRow(index, { who: v })} />
            <TextAt
              kit={kit}
              path={`content.responsibilities.${index}.task`}
              rows={2}
              required
              value={row.task}
              description={fromBankNote(row.measureCode, t)}
              onChange={(v) => setRow(index, { task: v, measureCode: v.trim() ? row.measureCode : null })}
            />
            <PickMeasureButton kit={kit} target={{ list: 'responsibilities', index }} />
            <TextAt
              kit={kit}
              path={`content.responsibilities.${index}.dueOn`}
              type="date"
              value={row.dueOn ?? ''}
              onChange={(v) => setRow(index, { dueOn: v || null })}
            />
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => set({ responsibilities: removeAt(content.responsibilities, index) })}>
                {t('plans.removeResponsibility', { n: index + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        <div>
          <Button
            id={kit.id('content.responsibilities')}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => set({ responsibilities: [...content.responsibilities, { who: '', task: '', dueOn: null, measureCode: null }] })}
          >
            {t('plans.addResponsibility')}
          </Button>
        </div>
      </Fieldset>

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
  const setRow = (index: number, patch: Partial<Measure>) => set({ measures: replaceAt(content.measures, index, { ...content.measures[index]!, ...patch }) });

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

      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.field.aktivitetsplan.measures')}</Fieldset.Legend>
        <Fieldset.Description>{t('plans.help.aktivitetsplan.measures')}</Fieldset.Description>
        <ListProblem kit={kit} path="content.measures" />
        {content.measures.map((row, index) => {
          const levelPath = `content.measures.${index}.level`;
          return (
            <Fieldset key={index} className="plan-row">
              <Fieldset.Legend>{t('plans.measureLegend', { n: index + 1 })}</Fieldset.Legend>
              <TextAt
                kit={kit}
                path={`content.measures.${index}.measure`}
                rows={3}
                required
                value={row.measure}
                description={fromBankNote(row.measureCode, t)}
                onChange={(v) => setRow(index, { measure: v, measureCode: v.trim() ? row.measureCode : null })}
              />
              <PickMeasureButton kit={kit} target={{ list: 'measures', index }} />
              <Field>
                <Label htmlFor={kit.id(levelPath)}>{label(levelPath)}</Label>
                <Select
                  id={kit.id(levelPath)}
                  width="auto"
                  value={row.level}
                  onChange={(event) => setRow(index, { level: event.target.value as Measure['level'] })}
                >
                  {measureLevels.map((level) => (
                    <Select.Option key={level} value={level}>
                      {t(`measures.level.${level}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <TextAt kit={kit} path={`content.measures.${index}.when`} required maxLength={500} value={row.when} onChange={(v) => setRow(index, { when: v })} />
              <TextAt kit={kit} path={`content.measures.${index}.responsible`} required maxLength={200} value={row.responsible} onChange={(v) => setRow(index, { responsible: v })} />
              <TextAt
                kit={kit}
                path={`content.measures.${index}.evaluateOn`}
                type="date"
                required
                min={content.startsOn}
                value={row.evaluateOn}
                onChange={(v) => setRow(index, { evaluateOn: v })}
              />
              {content.measures.length > 1 && (
                <div>
                  <Button type="button" variant="tertiary" data-size="sm" onClick={() => set({ measures: removeAt(content.measures, index) })}>
                    {t('plans.removeMeasure', { n: index + 1 })}
                  </Button>
                </div>
              )}
            </Fieldset>
          );
        })}
        <div>
          <Button
            id={kit.id('content.measures')}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() =>
              set({
                measures: [
                  ...content.measures,
                  { measure: '', measureCode: null, level: 'individ', when: '', responsible: '', evaluateOn: content.measures.at(-1)?.evaluateOn ?? addDays(content.startsOn, 14) },
                ],
              })
            }
          >
            {t('plans.addMeasure')}
          </Button>
        </div>
      </Fieldset>
    </>
  );
}

export function UkeplanFields({ content, onChange, kit, advice }: FieldsProps<'ukeplan'> & { advice: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (patch: Partial<PlanContent<'ukeplan'>>) => onChange({ ...content, ...patch });
  type Entry = PlanContent<'ukeplan'>['entries'][number];
  const setEntry = (index: number, patch: Partial<Entry>) => set({ entries: replaceAt(content.entries, index, { ...content.entries[index]!, ...patch }) });
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
      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.field.ukeplan.entries')}</Fieldset.Legend>
        <Fieldset.Description>{t('plans.help.ukeplan.entries')}</Fieldset.Description>
        <ListProblem kit={kit} path="content.entries" />
        {content.entries.map((entry, index) => (
          <Fieldset key={index} className="plan-row plan-row--entry">
            <Fieldset.Legend>
              {/^\d{4}-\d{2}-\d{2}$/.test(entry.on) ? capitalise(t('plans.entryLegend', { day: weekday(entry.on), date: format.date(entry.on) })) : t('plans.entryLegendNoDate', { n: index + 1 })}
            </Fieldset.Legend>
            <div className="plan-entry">
              <TextAt kit={kit} path={`content.entries.${index}.on`} type="date" required min={content.startsOn} value={entry.on} onChange={(v) => setEntry(index, { on: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.time`} maxLength={40} value={entry.time} onChange={(v) => setEntry(index, { time: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.where`} maxLength={200} value={entry.where} onChange={(v) => setEntry(index, { where: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.withWhom`} maxLength={200} value={entry.withWhom} onChange={(v) => setEntry(index, { withWhom: v })} />
            </div>
            <TextAt kit={kit} path={`content.entries.${index}.what`} rows={2} value={entry.what} onChange={(v) => setEntry(index, { what: v })} />
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => set({ entries: removeAt(content.entries, index) })}>
                {t('plans.removeEntry', { n: index + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        <div>
          <Button
            id={kit.id('content.entries')}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              const last = content.entries.at(-1)?.on;
              const on = last && /^\d{4}-\d{2}-\d{2}$/.test(last) ? addDays(last, 1) : content.startsOn;
              set({ entries: [...content.entries, { on, time: '', what: '', where: '', withWhom: '' }] });
            }}
          >
            {t('plans.addEntry')}
          </Button>
        </div>
      </Fieldset>
      <TextAt kit={kit} path="content.note" rows={3} value={content.note} onChange={(v) => set({ note: v })} />
      <Paragraph data-size="sm" className="muted">
        {t('plans.emptyDaysLeftOut')}
      </Paragraph>
    </>
  );
}
