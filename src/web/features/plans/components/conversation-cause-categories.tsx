import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { causeCategories, causeCategoryDescriptions, causeCategoryLabels } from '../../../../domain/kartlegging/conversation-guides';
import type { ConversationInput } from '../conversation-form';
import { useLocalised } from './form-problems';

type CauseCategories = ConversationInput['causeCategories'];

/** The four kinds of cause the conversation found, each with what it covers; kept in the domain's order. */
export function ConversationCauseCategories({
  chosen,
  onChange,
  id,
}: {
  chosen: CauseCategories;
  onChange: (update: (current: CauseCategories) => CauseCategories) => void;
  id: (path: string) => string;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();

  return (
    <Fieldset className="plan-group">
      <Fieldset.Legend>{t('conversations.field.causeCategories')}</Fieldset.Legend>
      <Fieldset.Description>{t('conversations.causeHelp')}</Fieldset.Description>
      {causeCategories.map((category) => (
        <Checkbox
          key={category}
          id={id(`conversation.causeCategories.${category}`)}
          label={localised(causeCategoryLabels[category])}
          description={localised(causeCategoryDescriptions[category])}
          checked={chosen.includes(category)}
          onChange={(event) => {
            const on = event.target.checked;
            onChange((current) => causeCategories.filter((c) => (c === category ? on : current.includes(c))));
          }}
        />
      ))}
    </Fieldset>
  );
}
