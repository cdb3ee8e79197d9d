import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { YouthDetail } from '../api/ot-client';
import { recordableKinds, type RecordableKind } from '../ot-vocabulary';
import { ActivityForm } from './activity-form';
import { ContactForm } from './contact-form';
import { InformationForm } from './information-form';
import { NoteForm } from './note-form';
import { OtSection, useSectionForms } from './ot-section';
import { StatusForm } from './status-form';

/**
 * What OT records about a youth, one form at a time: a try to reach the youth, a new status, an
 * activity, the written information sent, a note. Saving closes the form and says what was
 * saved; the history below shows it.
 */
export function RecordSection({ youth }: { youth: YouthDetail }) {
  const { t } = useTranslation();
  const section = useSectionForms<RecordableKind>('record');
  const saved = (kind: RecordableKind) => () => section.saved(t(`ot.record.saved.${kind}`));
  // Without a birth date the youth counts as a minor (src/domain/student-age.ts).
  const minor = youth.student.age === null || youth.student.age < 18;

  return (
    <OtSection headingRef={section.headingRef} heading={t('ot.record.heading')} intro={t('ot.record.intro')} news={section.news}>
      {section.open === null ? (
        <div className="button-row">
          {recordableKinds.map((kind) => (
            <Button
              key={kind}
              variant={kind === 'informasjon' && youth.guardiansToInform ? 'primary' : 'secondary'}
              onClick={(event) => section.openForm(kind, event.currentTarget)}
            >
              {t(`ot.record.open.${kind}`)}
            </Button>
          ))}
        </div>
      ) : section.open === 'kontaktforsok' ? (
        <ContactForm youthId={youth.id} onCancel={section.cancel} onSaved={saved('kontaktforsok')} />
      ) : section.open === 'status' ? (
        <StatusForm youthId={youth.id} current={youth.status} onCancel={section.cancel} onSaved={saved('status')} />
      ) : section.open === 'aktivitet' ? (
        <ActivityForm youthId={youth.id} onCancel={section.cancel} onSaved={saved('aktivitet')} />
      ) : section.open === 'informasjon' ? (
        <InformationForm youthId={youth.id} minor={minor} guardiansToInform={youth.guardiansToInform} onCancel={section.cancel} onSaved={saved('informasjon')} />
      ) : (
        <NoteForm youthId={youth.id} onCancel={section.cancel} onSaved={saved('notat')} />
      )}
    </OtSection>
  );
}
