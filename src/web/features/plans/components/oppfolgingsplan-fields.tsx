import { Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PlanContent } from '../plan-drafts';
import { fromBankNote, LineList, PickMeasureButton, TextAt, type FieldsProps } from './plan-field-kit';
import { PlanRowList } from './plan-row-list';

/**
 * An oppfølgingsplan: the main challenge with the measures and the goal; the period; who does
 * what by when; and how and when it is evaluated.
 */
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
