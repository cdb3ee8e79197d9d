import { Field, Fieldset, Heading, Label, Paragraph, Radio, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { otStatusGroups } from '../../../domain/ot/ot-codes';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { useYouthList } from './api/use-ot';
import { RightInForce } from './components/right-in-force';
import { YouthTable } from './components/youth-table';
import { otPaths } from './ot-paths';
import { parseGroupFilter, youthByGroup } from './ot-vocabulary';
import './ot.css';

/** OT's list: the youth who have left school and are inside the age limit today. */
export function OtListPage() {
  return <YouthListPage scope="aktive" />;
}

/** The archive: youth past the age limit, kept as the archive rules say, read-only. */
export function OtArchivePage() {
  return <YouthListPage scope="arkiv" />;
}

/**
 * The youth, in one table per status group (those OT has not reached first), filtered to the
 * advisor's own or all of the county, and to one status group. The filters live in the address
 * (?mine=1&gruppe=aktivitet), so that a reload or the back button keeps them.
 */
function YouthListPage({ scope }: { scope: 'aktive' | 'arkiv' }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const mine = params.get('mine') === '1';
  const group = parseGroupFilter(params.get('gruppe'));
  const query = useYouthList({ scope, mine });
  const title = t(`ot.list.title.${scope}`);
  useDocumentTitle(title);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const failure = isApiFailure(query.error) ? query.error : null;
  const youth = query.data?.youth ?? [];
  const sections = youthByGroup(youth, group, i18n.resolvedLanguage ?? 'nb');
  const shown = sections.reduce((n, s) => n + s.youth.length, 0);
  const toInform = scope === 'aktive' ? sections.reduce((n, s) => n + s.youth.filter((y) => y.guardiansToInform).length, 0) : 0;

  return (
    <div className="stack stack--wide ot-page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t(`ot.list.intro.${scope}`)}</Paragraph>
        <RightInForce />
        <Paragraph>
          {scope === 'aktive' ? <AppLink to={otPaths.archive}>{t('ot.list.toArchive')}</AppLink> : <AppLink to={otPaths.list}>{t('ot.list.toList')}</AppLink>}
        </Paragraph>
      </div>
      {failure?.code === 'forbidden' ? (
        <Refusal kind="forbidden" text={t('ot.list.forbidden')} />
      ) : (
        <>
          <div className="ot-filters">
            <Fieldset>
              <Fieldset.Legend>{t('ot.list.whose')}</Fieldset.Legend>
              <div className="choice-row">
                <Radio name={`${id}-mine`} value="alle" label={t('ot.list.all')} checked={!mine} onChange={() => setParam('mine', null)} />
                <Radio name={`${id}-mine`} value="mine" label={t('ot.list.mine')} checked={mine} onChange={() => setParam('mine', '1')} />
              </div>
            </Fieldset>
            <Field>
              <Label htmlFor={`${id}-group`}>{t('ot.list.group')}</Label>
              <Select id={`${id}-group`} width="auto" value={group} onChange={(event) => setParam('gruppe', event.target.value === 'alle' ? null : event.target.value)}>
                <Select.Option value="alle">{t('ot.list.allGroups')}</Select.Option>
                {otStatusGroups.map((g) => (
                  <Select.Option key={g} value={g}>
                    {t(`ot.group.${g}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
          {query.isPending ? (
            <LoadingStatus text={t('ot.list.loading')} />
          ) : query.isError ? (
            <ApiErrorAlert error={query.error} heading={t('ot.list.failed')} onRetry={() => void query.refetch()} />
          ) : (
            <>
              <Paragraph role="status">
                {shown === 0
                  ? t(`ot.list.none.${scope}${mine ? 'Mine' : ''}`)
                  : t(`ot.list.count.${scope}`, { count: shown })}
                {toInform > 0 && <> {t('ot.list.toInform', { count: toInform })}</>}
              </Paragraph>
              {sections.map((section) => (
                <YouthTable
                  key={section.group}
                  youth={section.youth}
                  caption={t('ot.list.caption', { group: t(`ot.group.${section.group}`), n: section.youth.length })}
                />
              ))}
            </>
          )}
        </>
      )}
    </div>
  );
}
