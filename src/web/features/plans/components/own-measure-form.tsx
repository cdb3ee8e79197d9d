import { Alert, Button, Checkbox, Field, Fieldset, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseKind, type CaseDetail } from '../../../../shared/case-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import type { Measure } from '../api/plan-client';
import { useAddOwnMeasure } from '../api/use-plan-changes';
import { filterChoices } from '../measure-filter';
import { useTextLanguage } from './form-problems';
import { measureLevels } from './plan-field-kit';

type Kind = CaseDetail['kind'];

/** The school's own measures make a category of their own in the bank (the server names it). */
const ownCategory = 'skolens-egne';
type Problems = { title?: boolean; caseKinds?: boolean };

/**
 * "Legg til skolens eget tiltak": a measure the school uses that the bank does not have, in the
 * bank's own levels and arenas, for the kinds of case it fits. It is the school's from then
 * on, for every plan.
 */
export function OwnMeasureForm({
  detail,
  schoolId,
  measures,
  onAdded,
}: {
  detail: CaseDetail;
  schoolId: string;
  measures: readonly Measure[];
  onAdded: (measure: Measure) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useTextLanguage();
  const choices = useMemo(() => filterChoices(measures), [measures]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [level, setLevel] = useState<(typeof measureLevels)[number]>('individ');
  const [arena, setArena] = useState(choices.arenas[0]?.value ?? '');
  const [kinds, setKinds] = useState<Kind[]>([detail.kind]);
  const [problems, setProblems] = useState<Problems>({});
  const titleRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const add = useAddOwnMeasure(schoolId, language);
  const failure = isApiFailure(add.error) ? add.error : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    event.stopPropagation();
    if (add.isPending) return;
    const found: Problems = { title: !title.trim(), caseKinds: kinds.length === 0 };
    setProblems(found);
    if (found.title) return titleRef.current?.focus();
    if (found.caseKinds) return document.getElementById(`${id}-kind-${caseKind.options[0]}`)?.focus();
    add.mutate(
      { title: title.trim(), description: description.trim() || null, category: ownCategory, level, arena, caseKinds: kinds },
      {
        onSuccess: (measure) => {
          setTitle('');
          setDescription('');
          onAdded(measure);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack own-measure-form">
      <Paragraph data-size="sm">{t('measures.own.intro')}</Paragraph>
      <Textfield
        ref={titleRef}
        id={`${id}-title`}
        label={t('measures.own.title')}
        required
        maxLength={300}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={problems.title ? t('measures.own.titleMissing') : undefined}
      />
      <Textfield
        id={`${id}-description`}
        multiline
        rows={3}
        label={t('measures.own.description')}
        maxLength={2000}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div className="choice-row">
        <Field>
          <Label htmlFor={`${id}-level`}>{t('measures.levelLabel')}</Label>
          <Select id={`${id}-level`} width="auto" value={level} onChange={(event) => setLevel(event.target.value as typeof level)}>
            {measureLevels.map((l) => (
              <Select.Option key={l} value={l}>
                {t(`measures.level.${l}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-arena`}>{t('measures.arena')}</Label>
          <Select id={`${id}-arena`} width="auto" value={arena} onChange={(event) => setArena(event.target.value)}>
            {choices.arenas.map((c) => (
              <Select.Option key={c.value} value={c.value}>
                {c.label}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('measures.own.caseKinds')}</Fieldset.Legend>
        {problems.caseKinds && (
          <div>
            <ValidationMessage>{t('measures.own.caseKindsMissing')}</ValidationMessage>
          </div>
        )}
        {caseKind.options.map((kind) => (
          <Checkbox
            key={kind}
            id={`${id}-kind-${kind}`}
            label={t(`measures.caseKind.${kind}`)}
            checked={kinds.includes(kind)}
            onChange={(event) => {
              const on = event.target.checked;
              setKinds((current) => caseKind.options.filter((k) => (k === kind ? on : current.includes(k))));
            }}
          />
        ))}
      </Fieldset>
      {add.isError && (
        <Alert data-color={failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
          {failure?.code === 'forbidden' ? <Paragraph>{t('measures.own.forbidden')}</Paragraph> : <ApiErrorText error={add.error} />}
        </Alert>
      )}
      <div>
        <Button type="submit" data-size="sm" loading={add.isPending} aria-disabled={add.isPending || undefined}>
          {add.isPending ? t('measures.own.saving') : t('measures.own.save')}
        </Button>
      </div>
    </form>
  );
}
