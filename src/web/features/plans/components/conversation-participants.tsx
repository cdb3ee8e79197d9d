import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import type { ConversationInput } from '../conversation-form';

type Participant = ConversationInput['participants'][number];

/**
 * Who took part, each by name and role: the student and the guardians are added with one press,
 * anyone else by hand. A new row's first empty field takes the focus; a removed row gives it to
 * the add button.
 */
export function ConversationParticipants({
  detail,
  participants,
  onChange,
  id,
  errorAt,
}: {
  detail: CaseDetail;
  participants: readonly Participant[];
  onChange: (update: (current: readonly Participant[]) => Participant[]) => void;
  id: (path: string) => string;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();

  const addParticipant = (name: string, role: string) => {
    const index = participants.length;
    onChange(() => [...participants, { name, role }]);
    requestAnimationFrame(() => document.getElementById(id(`conversation.participants.${index}.${name ? 'role' : 'name'}`))?.focus());
  };
  const hasParticipant = (name: string) => participants.some((p) => p.name.trim() === name);
  const change = (index: number, patch: Partial<Participant>) => onChange((current) => current.map((q, i) => (i === index ? { ...q, ...patch } : q)));

  return (
    <Fieldset className="plan-group">
      <Fieldset.Legend>{t('conversations.field.participants')}</Fieldset.Legend>
      <Fieldset.Description>{t('conversations.participantsHelp')}</Fieldset.Description>
      {errorAt('conversation.participants') && (
        <div>
          <ValidationMessage>{errorAt('conversation.participants')}</ValidationMessage>
        </div>
      )}
      {participants.map((p, index) => (
        <div key={index} className="participant-row">
          <Textfield
            id={id(`conversation.participants.${index}.name`)}
            label={t('conversations.participantName', { n: index + 1 })}
            required
            maxLength={200}
            value={p.name}
            error={errorAt(`conversation.participants.${index}.name`)}
            onChange={(event) => change(index, { name: event.target.value })}
          />
          <Textfield
            id={id(`conversation.participants.${index}.role`)}
            label={t('conversations.participantRole', { n: index + 1 })}
            required
            maxLength={100}
            value={p.role}
            error={errorAt(`conversation.participants.${index}.role`)}
            onChange={(event) => change(index, { role: event.target.value })}
          />
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              onChange(() => participants.filter((_, i) => i !== index));
              requestAnimationFrame(() => document.getElementById(id('conversation.participants'))?.focus());
            }}
          >
            {t('conversations.removeParticipant', { name: p.name || t('conversations.participantN', { n: index + 1 }) })}
          </Button>
        </div>
      ))}
      <div className="button-row">
        <Button
          id={id('conversation.participants')}
          type="button"
          variant="secondary"
          data-size="sm"
          disabled={hasParticipant(detail.student.name)}
          onClick={() => addParticipant(detail.student.name, t('conversations.role.student'))}
        >
          {t('conversations.addStudent', { name: detail.student.name })}
        </Button>
        {detail.guardians.map((g) => (
          <Button key={g.id} type="button" variant="secondary" data-size="sm" disabled={hasParticipant(g.name)} onClick={() => addParticipant(g.name, t('conversations.role.guardian'))}>
            {t('conversations.addGuardian', { name: g.name })}
          </Button>
        ))}
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => addParticipant('', '')}>
          {t('conversations.addOther')}
        </Button>
      </div>
    </Fieldset>
  );
}
