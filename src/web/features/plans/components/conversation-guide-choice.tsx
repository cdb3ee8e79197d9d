import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { guideOf, type ConversationGuideKey } from '../conversation-form';
import { useLocalised } from './form-problems';

/**
 * Which guide the conversation follows: the guides that fit the case, then a free conversation.
 * The first choice carries the field's id, so that the error summary can move the focus there.
 */
export function ConversationGuideChoice({
  guides,
  chosen,
  name,
  firstId,
  onChoose,
}: {
  guides: readonly ConversationGuideKey[];
  chosen: ConversationGuideKey;
  /** The radio group's name, one per form. */
  name: string;
  firstId: string;
  onChoose: (guide: ConversationGuideKey) => void;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const guideName = (key: ConversationGuideKey) => {
    const g = guideOf(key);
    return g ? localised(g.title) : t('conversations.freeGuide');
  };

  return (
    <Fieldset className="plan-group">
      <Fieldset.Legend>{t('conversations.field.guide')}</Fieldset.Legend>
      <Fieldset.Description>{t('conversations.guideHelp')}</Fieldset.Description>
      {guides.map((key) => (
        <Radio
          key={key}
          id={key === guides[0] ? firstId : undefined}
          name={name}
          value={key}
          label={guideName(key)}
          checked={chosen === key}
          onChange={() => onChoose(key)}
        />
      ))}
    </Fieldset>
  );
}
