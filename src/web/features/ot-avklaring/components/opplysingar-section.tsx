import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail, Opplysingar } from '../../../../shared/ot-api';
import { SubmitButton } from '../../../components/submit-button';
import { useFormat } from '../../../i18n/format';
import { CaseSection, useSectionForm } from '../../cases/components/case-section';
import { FormFailure } from '../../cases/components/form-problems';
import { useSaveOpplysingar } from '../api/use-avklaring';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

const fields = ['programme', 'className', 'absence', 'grades', 'earlierMeasures', 'background'] as const satisfies readonly (keyof Opplysingar)[];
const limits: Record<(typeof fields)[number], number> = { programme: 300, className: 100, absence: 2000, grades: 2000, earlierMeasures: 4000, background: 4000 };
const multiline: ReadonlySet<string> = new Set(['absence', 'grades', 'earlierMeasures', 'background']);

/**
 * The form's part "Opplysingar om eleven", filled in before the meeting: prefilled by the server
 * from what Varde knows (programme, class, absence, grades, earlier measures), every field edited
 * by the school and saved; read-only once the agreement is signed or for those who may not write.
 */
export function OpplysingarSection({ detail, anchorId }: { detail: AvklaringDetail; anchorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForm();
  const editable = detail.status === 'aapen' && detail.mayWrite && detail.signedAt === null;
  return (
    <div id={anchorId} className="avklaring-anchor">
      <CaseSection
        section={section}
        heading={t('otAvklaring.opplysingar.heading')}
        intro={t('otAvklaring.opplysingar.intro')}
        news={section.news && t('otAvklaring.opplysingar.saved')}
      >
        <Paragraph data-size="sm">
          {detail.opplysingarSavedAt
            ? t('otAvklaring.opplysingar.savedAt', { at: format.dateTime(detail.opplysingarSavedAt) })
            : t('otAvklaring.opplysingar.prefilled')}
        </Paragraph>
        {editable ? (
          <OpplysingarForm detail={detail} onSaved={() => section.saved(true)} />
        ) : (
          <dl className="case-facts">
            {fields.map((field) => (
              <div key={field} className={multiline.has(field) ? 'case-facts__wide' : undefined}>
                <dt>{t(`otAvklaring.opplysingar.field.${field}`)}</dt>
                <dd className="avklaring-pre-line">{detail.opplysingar[field] || '–'}</dd>
              </div>
            ))}
          </dl>
        )}
      </CaseSection>
    </div>
  );
}

function OpplysingarForm({ detail, onSaved }: { detail: AvklaringDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveOpplysingar(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(save.error);
  const [values, setValues] = useState<Opplysingar>(() => ({ ...detail.opplysingar }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const trimmed = Object.fromEntries(fields.map((f) => [f, values[f].trim()])) as Opplysingar;
    save.mutate(trimmed, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form">
      {fields.map((field) => {
        const common = {
          id: `${id}-${field}`,
          label: t(`otAvklaring.opplysingar.field.${field}`),
          description: t(`otAvklaring.opplysingar.help.${field}`),
          maxLength: limits[field],
          value: values[field],
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [field]: event.target.value })),
          error: fieldError(field),
        };
        return multiline.has(field) ? <Textfield key={field} {...common} multiline rows={field === 'background' ? 5 : 3} /> : <Textfield key={field} {...common} />;
      })}
      <FormFailure error={save.error} fields={fields} explain={explain} />
      <SubmitButton pending={save.isPending} text={t('otAvklaring.opplysingar.submit')} pendingText={t('otAvklaring.saving')} />
    </form>
  );
}
