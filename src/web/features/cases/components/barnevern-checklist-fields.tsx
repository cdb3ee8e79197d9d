import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { barnevernChecklist, type BarnevernChecklistGroup } from '../../../../domain/kartlegging/barnevern-checklist';
import { toLanguage } from '../../../i18n/languages';
import { FieldsetError } from './form-problems';

const checklistGroups: readonly BarnevernChecklistGroup[] = ['vilkar', 'framgangsmate', 'innhold', 'etterpa'];

/**
 * A concern report to barnevern: the checklist by group, each point confirmed (the required
 * ones marked), each point of the report's content with its own text, and when the guardians
 * were told.
 */
export function BarnevernChecklistFields({
  id,
  today,
  confirmed,
  setConfirmed,
  descriptions,
  setDescriptions,
  guardiansInformedOn,
  setGuardiansInformedOn,
  fieldError,
}: {
  /** The form's id, that the fields' ids start with. */
  id: string;
  today: string;
  confirmed: ReadonlySet<string>;
  setConfirmed: Dispatch<SetStateAction<ReadonlySet<string>>>;
  descriptions: Readonly<Record<string, string>>;
  setDescriptions: Dispatch<SetStateAction<Record<string, string>>>;
  guardiansInformedOn: string;
  setGuardiansInformedOn: (date: string) => void;
  fieldError: (field: string, own?: string | false | null) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);

  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('cases.referrals.checklist.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('cases.referrals.checklist.help')}</Fieldset.Description>
        {checklistGroups.map((group) => (
          <Fieldset key={group} className="case-checklist-group">
            <Fieldset.Legend>{t(`cases.referrals.checklist.group.${group}`)}</Fieldset.Legend>
            {group === 'innhold' && (
              <>
                <Fieldset.Description>{t('cases.referrals.checklist.describeIntro')}</Fieldset.Description>
                <FieldsetError text={fieldError('checklist.descriptions', false)} />
              </>
            )}
            {barnevernChecklist
              .filter((item) => item.group === group)
              .map((item) => (
                <div key={item.id} className="case-checklist-item">
                  <Checkbox
                    id={`${id}-item-${item.id}`}
                    label={item.text[language]}
                    description={item.required ? t('cases.referrals.checklist.required') : undefined}
                    checked={confirmed.has(item.id)}
                    error={fieldError(`checklist.confirmed.${item.id}`)}
                    onChange={(event) => {
                      const on = event.target.checked;
                      setConfirmed((previous) => {
                        const next = new Set(previous);
                        if (on) next.add(item.id);
                        else next.delete(item.id);
                        return next;
                      });
                    }}
                  />
                  {/* What the report covers: each point the report describes gets its own text. */}
                  {group === 'innhold' && (
                    <Textfield
                      id={`${id}-describe-${item.id}`}
                      multiline
                      rows={2}
                      label={t('cases.referrals.checklist.describe', { item: item.text[language] })}
                      maxLength={8000}
                      value={descriptions[item.id] ?? ''}
                      onChange={(event) => {
                        const value = event.target.value;
                        setDescriptions((previous) => ({ ...previous, [item.id]: value }));
                      }}
                      error={fieldError(`checklist.descriptions.${item.id}`)}
                    />
                  )}
                </div>
              ))}
          </Fieldset>
        ))}
      </Fieldset>
      <Textfield
        id={`${id}-informed`}
        type="date"
        label={t('cases.referrals.guardiansInformedOnLabel')}
        description={t('cases.referrals.guardiansInformedOnHelp')}
        required
        max={today}
        value={guardiansInformedOn}
        onChange={(event) => setGuardiansInformedOn(event.target.value)}
        error={fieldError('guardiansInformedOn')}
      />
    </>
  );
}
