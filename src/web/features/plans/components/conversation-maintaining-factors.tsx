import { Button, Details, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { maintainingFactorPrompt, maintainingFactorSuggestions } from '../../../../domain/kartlegging/conversation-guides';
import { useLocalised } from './form-problems';

/**
 * The maintaining factors, one per line (the tiltaksplan's rows start from them): written by
 * hand or taken from the suggestions, each suggestion once.
 */
export function ConversationMaintainingFactors({
  factors,
  onChange,
  id,
  errorAt,
}: {
  factors: readonly string[];
  onChange: (update: (current: readonly string[]) => string[]) => void;
  id: (path: string) => string;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();

  const addFactor = (text: string) => {
    const index = factors.length;
    onChange(() => [...factors, text]);
    if (!text) requestAnimationFrame(() => document.getElementById(id(`conversation.maintainingFactors.${index}`))?.focus());
  };

  return (
    <Fieldset className="plan-group">
      <Fieldset.Legend>{t('conversations.field.maintainingFactors')}</Fieldset.Legend>
      <Fieldset.Description>
        {localised(maintainingFactorPrompt)} {t('conversations.factorsHelp')}
      </Fieldset.Description>
      {factors.map((factor, index) => (
        <div key={index} className="plan-line">
          <Textfield
            id={id(`conversation.maintainingFactors.${index}`)}
            multiline
            rows={2}
            label={t('conversations.factorN', { n: index + 1 })}
            maxLength={1000}
            value={factor}
            error={errorAt(`conversation.maintainingFactors.${index}`)}
            onChange={(event) => {
              const text = event.target.value;
              onChange((current) => current.map((f, i) => (i === index ? text : f)));
            }}
          />
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              onChange(() => factors.filter((_, i) => i !== index));
              requestAnimationFrame(() => document.getElementById(id('conversation.maintainingFactors'))?.focus());
            }}
          >
            {t('conversations.removeFactor', { n: index + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button id={id('conversation.maintainingFactors')} type="button" variant="secondary" data-size="sm" onClick={() => addFactor('')}>
          {t('conversations.addFactor')}
        </Button>
      </div>
      <Details>
        <Details.Summary>{t('conversations.suggestions')}</Details.Summary>
        <Details.Content className="stack stack--tight">
          <Paragraph data-size="sm">{t('conversations.suggestionsHelp')}</Paragraph>
          <ul className="suggestion-list">
            {maintainingFactorSuggestions.map((s) => {
              const text = localised(s.text);
              const added = factors.some((f) => f.trim() === text);
              return (
                <li key={s.id}>
                  <Button type="button" variant="tertiary" data-size="sm" disabled={added} onClick={() => addFactor(text)}>
                    {t('conversations.addSuggestion', { text })}
                  </Button>
                </li>
              );
            })}
          </ul>
        </Details.Content>
      </Details>
    </Fieldset>
  );
}
