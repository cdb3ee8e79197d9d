import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';

/** Who takes part in the case (and sees it): the responsible person, the school's staff added, and the OT advisor once contacted. */
export function AvklaringParticipantsSection({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('otAvklaring.participants.heading')}
      </Heading>
      <Paragraph>{t('otAvklaring.participants.intro')}</Paragraph>
      <ul className="case-list" aria-label={t('otAvklaring.participants.listLabel')}>
        {detail.participants.map((person) => (
          <li key={person.staffId}>
            <Paragraph>
              <strong>{person.name}</strong>
              {person.roles.length > 0 && <>, {format.list(person.roles.map((r) => t(`role.${r}`, { defaultValue: r })))}</>}
              {person.staffId === detail.responsible.staffId && <> – {t('cases.participantRole.ansvarlig')}</>}
            </Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The documents the case has made (the written summons, the agreement), each with its language and whom it went to. */
export function AvklaringDocumentsSection({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  if (detail.documents.length === 0) return null;
  const documents = [...detail.documents].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('otAvklaring.documents.heading')}
      </Heading>
      <ul className="case-list" aria-label={t('otAvklaring.documents.listLabel')}>
        {documents.map((document) => (
          <li key={document.id}>
            <Paragraph>
              <strong>{document.title}</strong> ({t(`otAvklaring.documentLanguage.${document.language === 'nn' ? 'nn' : 'nb'}`)}),{' '}
              {format.date(dateOfTimestamp(document.createdAt))}
            </Paragraph>
            {document.sentTo.length > 0 && <Paragraph data-size="sm">{t('otAvklaring.documents.sentTo', { names: format.list(document.sentTo) })}</Paragraph>}
          </li>
        ))}
      </ul>
    </section>
  );
}
