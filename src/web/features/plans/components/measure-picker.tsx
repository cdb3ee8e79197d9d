import { Alert, Button, Checkbox, Details, Dialog, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { LoadingStatus } from '../../../components/loading-status';
import type { Measure } from '../api/plan-client';
import { useMeasures } from '../api/use-plan-changes';
import { filterChoices, filterMeasures, noFilter, type MeasureFilter } from '../measure-filter';
import { useFocusWhenShown } from '../../../lib/use-focus-when-shown';
import { useTextLanguage } from './form-problems';
import { OwnMeasureForm } from './own-measure-form';
import { measureLevels } from './plan-field-kit';

/** At most this many measures are listed at once; a search or a filter narrows the rest. */
const shownAtOnce = 40;

/**
 * The measure bank, shown while a plan is written: searched by words and filtered by category,
 * level and arena (and by default the measures for this kind of case). Choosing a measure fills
 * the field it was opened from; the school may add its own measures here too.
 */
export function MeasurePicker({
  open,
  detail,
  schoolId,
  targetText,
  onChoose,
  onClose,
}: {
  open: boolean;
  detail: CaseDetail;
  schoolId: string | null;
  /** Which field the measure goes into ("rad 2"), for the dialog's introduction. */
  targetText: string;
  onChoose: (measure: Measure) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useTextLanguage();
  const query = useMeasures(schoolId, language, open);
  const [filter, setFilter] = useState<MeasureFilter>({ ...noFilter, caseKind: detail.kind });
  const [added, setAdded] = useState<string | null>(null);
  const measures = useMemo(() => query.data?.measures ?? [], [query.data]);
  const choices = useMemo(() => filterChoices(measures), [measures]);
  const found = useMemo(() => filterMeasures(measures, filter), [measures, filter]);
  const set = (patch: Partial<MeasureFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const focusLater = useFocusWhenShown();
  const chooseId = (code: string) => `${id}-choose-${code}`;

  return (
    <Dialog open={open} onClose={onClose} closeButton={t('measures.close')} aria-labelledby={`${id}-heading`} className="measure-dialog" closedby="any">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {t('measures.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('measures.intro', { target: targetText })}</Paragraph>
      </Dialog.Block>
      <Dialog.Block className="stack">
        {!schoolId || query.isPending ? (
          <LoadingStatus text={t('measures.loading')} />
        ) : query.isError ? (
          <ApiErrorAlert error={query.error} heading={t('measures.failed')} onRetry={() => void query.refetch()} />
        ) : (
          <>
            <div className="measure-filters" role="search" aria-label={t('measures.searchLabel')}>
              <Textfield
                id={`${id}-text`}
                type="search"
                label={t('measures.search')}
                description={t('measures.searchHelp')}
                value={filter.text}
                autoComplete="off"
                onChange={(event) => set({ text: event.target.value })}
              />
              <Field>
                <Label htmlFor={`${id}-category`}>{t('measures.category')}</Label>
                <Select id={`${id}-category`} value={filter.category} onChange={(event) => set({ category: event.target.value })}>
                  <Select.Option value="">{t('measures.all')}</Select.Option>
                  {choices.categories.map((group) => (
                    <Select.Optgroup key={group.source} label={t(`measures.source.${group.source}`)}>
                      {group.choices.map((c) => (
                        <Select.Option key={c.value} value={c.value}>
                          {c.label}
                        </Select.Option>
                      ))}
                    </Select.Optgroup>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor={`${id}-level`}>{t('measures.levelLabel')}</Label>
                <Select id={`${id}-level`} value={filter.level} onChange={(event) => set({ level: event.target.value })}>
                  <Select.Option value="">{t('measures.all')}</Select.Option>
                  {measureLevels.map((level) => (
                    <Select.Option key={level} value={level}>
                      {t(`measures.level.${level}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor={`${id}-arena`}>{t('measures.arena')}</Label>
                <Select id={`${id}-arena`} value={filter.arena} onChange={(event) => set({ arena: event.target.value })}>
                  <Select.Option value="">{t('measures.all')}</Select.Option>
                  {choices.arenas.map((c) => (
                    <Select.Option key={c.value} value={c.value}>
                      {c.label}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Checkbox
                id={`${id}-kind`}
                label={t('measures.onlyForKind', { kind: t(`measures.caseKind.${detail.kind}`) })}
                checked={filter.caseKind !== ''}
                onChange={(event) => set({ caseKind: event.target.checked ? detail.kind : '' })}
              />
            </div>
            <LiveStatus className="stack stack--tight">
              {added && (
                <Alert data-color="success">
                  <Paragraph>{t('measures.added', { title: added })}</Paragraph>
                </Alert>
              )}
              <Paragraph data-size="sm">
                {found.length > shownAtOnce ? t('measures.foundSome', { count: found.length, shown: shownAtOnce }) : t('measures.found', { count: found.length })}
              </Paragraph>
            </LiveStatus>
            <ul className="measure-list">
              {found.slice(0, shownAtOnce).map((m) => (
                <li key={m.code}>
                  <MeasureItem measure={m} chooseId={chooseId(m.code)} onChoose={() => onChoose(m)} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Dialog.Block>
      {schoolId && query.isSuccess && (
        <Dialog.Block>
          <Details>
            <Details.Summary>{t('measures.own.heading')}</Details.Summary>
            <Details.Content>
              <OwnMeasureForm
                detail={detail}
                schoolId={schoolId}
                measures={measures}
                onAdded={(m) => {
                  setAdded(m.title);
                  setFilter({ ...noFilter, text: m.title });
                  // The new measure is at the top of the list, ready to be chosen.
                  focusLater(chooseId(m.code));
                }}
              />
            </Details.Content>
          </Details>
        </Dialog.Block>
      )}
    </Dialog>
  );
}

function MeasureItem({ measure, chooseId, onChoose }: { measure: Measure; chooseId: string; onChoose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className="measure-item" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {measure.title}
      </Heading>
      {measure.description && <Paragraph data-size="sm">{measure.description}</Paragraph>}
      <ul className="tag-row" aria-label={t('measures.about')}>
        <li>
          <Tag data-size="sm" data-color="neutral">
            {measure.categoryLabel}
          </Tag>
        </li>
        <li>
          <Tag data-size="sm" data-color="info">
            {t(`measures.level.${measure.level}`)}
          </Tag>
        </li>
        <li>
          <Tag data-size="sm" data-color="neutral">
            {measure.arenaLabel}
          </Tag>
        </li>
        {measure.source === 'skolens-egne' && (
          <li>
            <Tag data-size="sm" data-color="success">
              {t('measures.source.skolens-egne')}
            </Tag>
          </li>
        )}
      </ul>
      <div>
        <Button id={chooseId} type="button" data-size="sm" variant="secondary" aria-label={t('measures.chooseNamed', { title: measure.title })} onClick={onChoose}>
          {t('measures.choose')}
        </Button>
      </div>
    </article>
  );
}
