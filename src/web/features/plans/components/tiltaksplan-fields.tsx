import { Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { PlanContent } from '../plan-drafts';
import { fromBankNote, LineList, PickMeasureButton, TextAt, type FieldsProps } from './plan-field-kit';
import { PlanRowList } from './plan-row-list';

/**
 * A tiltaksplan: the long- and short-term goals, a row per maintaining factor with its measure,
 * who is responsible, a plan B and how it is evaluated; the period; and the evaluation meeting.
 */
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
