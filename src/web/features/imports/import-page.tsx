import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { importKinds } from '../../../domain/vocabulary';
import { AppLink } from '../../components/app-link';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { canImport, leadershipSchools, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { useImportFiles } from './api/use-import-files';
import { ImportForm } from './components/import-form';
import { MissingBirthDatesSection } from './components/missing-birth-dates-section';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Import of files from the school's administrative system, for the school's leadership and for
 * administrators: choose the kind of file, choose the file, import. Progress is shown while the
 * server reads, writes and re-runs the rules; then what changed, or — for a file with errors,
 * which changes nothing — every problem by row and column.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { schoolId = '' } = useParams();
  const session = useSession();
  const validId = uuid.test(schoolId);
  const allowed = validId && canImport(session.roles, schoolId);
  const leads = leadershipSchools(session.roles).find((s) => s.schoolId === schoolId);
  const schoolName = leads?.schoolName ?? null;

  const title = !validId
    ? t('schoolOverview.notFound.title')
    : !allowed
      ? t('imports.forbidden.title')
      : schoolName
        ? t('imports.titleAt', { school: schoolName })
        : t('imports.title');
  useDocumentTitle(title);

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {allowed && (
          <>
            <Paragraph>{t('imports.intro')}</Paragraph>
            <Paragraph>{t('imports.order')}</Paragraph>
            {leads && (
              <Paragraph>
                <AppLink to={paths.schoolOverview(schoolId)}>{t('monthlyCheck.backToOverview')}</AppLink>
              </Paragraph>
            )}
          </>
        )}
      </div>
      {!validId ? (
        <Refusal kind="notFound" text={t('schoolOverview.notFound.text')} />
      ) : !allowed ? (
        <Refusal kind="forbidden" text={t('imports.forbidden.text')} />
      ) : (
        <SchoolImportForm schoolId={schoolId} />
      )}
      {allowed && <MissingBirthDatesSection schoolId={schoolId} />}
    </div>
  );
}

function SchoolImportForm({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const importing = useImportFiles(schoolId);
  return (
    <ImportForm
      kinds={importKinds}
      importing={importing}
      kindName={(kind) => t(`imports.kindName.${kind}`)}
      kindHelp={(kind) => t(`imports.kindHelp.${kind}`)}
      forbiddenText={t('imports.forbidden.text')}
    />
  );
}
