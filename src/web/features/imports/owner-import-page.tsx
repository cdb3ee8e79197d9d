import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ownerImportKinds } from '../../../domain/vocabulary';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { isAdministrator } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { FeideGroupsSection } from '../feide-groups/components/feide-groups-section';
import { SecondFactorSection } from '../second-factor-admin/components/second-factor-section';
import { useImportOwnerFiles } from './api/use-import-files';
import { FintSyncSection } from './components/fint-sync-section';
import { ImportForm } from './components/import-form';

/**
 * The owner's imports, for administrators, with no school chosen (docs/imports/schools.md): the
 * schools file creates and updates the owner's schools with their kind (skoleslag), which decides
 * the rule profile each follows; a OneRoster set finds its school by its org, or creates it. The
 * result says which schools were created and which changed. Below, a school's roster synced from
 * the county's FINT (docs/imports/fint.md), with its report; and staff whose groups in Feide
 * differ from Varde's, and the leaders' and administrators' second factors, to reset a lost phone (issue 14).
 */
export function OwnerImportPage() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = isAdministrator(session.roles);
  const title = allowed ? t('imports.owner.title') : t('imports.owner.forbidden.title');
  useDocumentTitle(title);

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {allowed && (
          <>
            <Paragraph>{t('imports.owner.intro')}</Paragraph>
            <Paragraph>{t('imports.owner.after')}</Paragraph>
          </>
        )}
      </div>
      {allowed ? <OwnerImportForm /> : <Refusal kind="forbidden" text={t('imports.owner.forbidden.text')} />}
      {allowed && <FintSyncSection />}
      {allowed && <FeideGroupsSection />}
      {allowed && <SecondFactorSection />}
    </div>
  );
}

function OwnerImportForm() {
  const { t } = useTranslation();
  const importing = useImportOwnerFiles();
  return (
    <ImportForm
      kinds={ownerImportKinds}
      importing={importing}
      kindName={(kind) => t(`imports.kindName.${kind}`)}
      kindHelp={(kind) => t(`imports.ownerKindHelp.${kind}`)}
      forbiddenText={t('imports.owner.forbidden.text')}
    />
  );
}
