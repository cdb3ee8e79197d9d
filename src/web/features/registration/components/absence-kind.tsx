import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AbsenceType } from '../../../../domain/vocabulary';

/** The types a teacher may give an absence at registration; none given is "not met, no notice". */
export const typesAtRegistration = ['ikke_mott', 'udokumentert', 'dokumentert', 'sykdom', 'permisjon'] as const satisfies readonly AbsenceType[];
export type TypeAtRegistration = (typeof typesAtRegistration)[number];

/**
 * Type and cause of one student's absence, where the teacher knows them; optional: left alone,
 * the absence is registered as before (not met, without notice).
 */
export function AbsenceKind({
  idPrefix,
  name,
  type,
  cause,
  onChange,
}: {
  idPrefix: string;
  name: string;
  type: TypeAtRegistration;
  cause: string;
  onChange: (change: { type?: TypeAtRegistration; cause?: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="absence-kind">
      <Field data-size="sm">
        <Label htmlFor={`${idPrefix}-type`} className="visually-hidden">
          {t('registration.typeFor', { name })}
        </Label>
        <Select id={`${idPrefix}-type`} data-size="sm" value={type} onChange={(event) => onChange({ type: event.target.value as TypeAtRegistration })}>
          {typesAtRegistration.map((option) => (
            <Select.Option key={option} value={option}>
              {t(`absenceType.${option}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        id={`${idPrefix}-cause`}
        data-size="sm"
        aria-label={t('registration.causeFor', { name })}
        placeholder={t('registration.causePlaceholder')}
        maxLength={500}
        autoComplete="off"
        value={cause}
        onChange={(event) => onChange({ cause: event.target.value })}
      />
    </div>
  );
}

/** What the form sends: the type only if the teacher chose another than the default, the cause if given. */
export function kindToSend(type: TypeAtRegistration, cause: string): { type?: TypeAtRegistration; cause?: string } {
  const trimmed = cause.trim();
  return { ...(type !== 'ikke_mott' ? { type } : {}), ...(trimmed ? { cause: trimmed } : {}) };
}

/** The type a registered absence shows in the form. */
export function kindOf(type: AbsenceType | null): TypeAtRegistration {
  return (typesAtRegistration as readonly string[]).includes(type ?? '') ? (type as TypeAtRegistration) : 'ikke_mott';
}
