import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/i18n';
import { isLanguage, languages, toLanguage } from '../i18n/languages';

/** Bokmål, nynorsk or English; each language named in itself. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <Field className="language-switcher" data-size="sm">
      <Label htmlFor={id}>{t('language.label')}</Label>
      <Select
        id={id}
        width="auto"
        value={current}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void chooseLanguage(event.target.value);
        }}
      >
        {languages.map((language) => (
          <Select.Option key={language} value={language} lang={language}>
            {/* Every catalog names each language in itself, so the one loaded serves for all three. */}
            {t(`language.name.${language}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
