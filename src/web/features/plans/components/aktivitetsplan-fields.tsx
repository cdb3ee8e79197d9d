import { Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../lib/dates';
import type { PlanContent } from '../plan-drafts';
import { fromBankNote, measureLevels, PickMeasureButton, TextAt, useLabels, type FieldsProps } from './plan-field-kit';
import { PlanRowList } from './plan-row-list';

/**
 * An aktivitetsplan: the problem, when it starts and the contact person; then each measure with
 * its level, when, who is responsible and when it is evaluated (a new row is evaluated on the
 * last row's date, or two weeks after the start).
 */
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
