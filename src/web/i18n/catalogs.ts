/**
 * The three catalogs: the app's own (nb.json, nn.json, en.json here) merged with the catalogs of
 * the features that keep theirs beside their code (access reports; cases; notices; plans and conversations; registration), so that a
 * feature's texts live with the feature, and with the import problems' catalogs, which the
 * command line reads too (src/shared/import-problems), and FINT's (src/shared/fint-problems). Each owns its own top-level keys.
 */
import accessReportEn from '../features/access-report/i18n/en.json';
import accessReportNb from '../features/access-report/i18n/nb.json';
import accessReportNn from '../features/access-report/i18n/nn.json';
import casesEn from '../features/cases/i18n/en.json';
import casesNb from '../features/cases/i18n/nb.json';
import casesNn from '../features/cases/i18n/nn.json';
import classReportEn from '../features/class-report/i18n/en.json';
import classReportNb from '../features/class-report/i18n/nb.json';
import classReportNn from '../features/class-report/i18n/nn.json';
import checksEn from '../features/checks/i18n/en.json';
import checksNb from '../features/checks/i18n/nb.json';
import checksNn from '../features/checks/i18n/nn.json';
import concernReportEn from '../features/concern-report/i18n/en.json';
import concernReportNb from '../features/concern-report/i18n/nb.json';
import concernReportNn from '../features/concern-report/i18n/nn.json';
import feideGroupsEn from '../features/feide-groups/i18n/en.json';
import feideGroupsNb from '../features/feide-groups/i18n/nb.json';
import feideGroupsNn from '../features/feide-groups/i18n/nn.json';
import homeEn from '../features/home/i18n/en.json';
import homeNb from '../features/home/i18n/nb.json';
import homeNn from '../features/home/i18n/nn.json';
import ikoWorkspaceEn from '../features/iko-workspace/i18n/en.json';
import ikoWorkspaceNb from '../features/iko-workspace/i18n/nb.json';
import ikoWorkspaceNn from '../features/iko-workspace/i18n/nn.json';
import leadershipEn from '../features/leadership/i18n/en.json';
import leadershipNb from '../features/leadership/i18n/nb.json';
import leadershipNn from '../features/leadership/i18n/nn.json';
import noticesEn from '../features/notices/i18n/en.json';
import noticesNb from '../features/notices/i18n/nb.json';
import noticesNn from '../features/notices/i18n/nn.json';
import measureEffectsEn from '../features/measure-effects/i18n/en.json';
import measureEffectsNb from '../features/measure-effects/i18n/nb.json';
import measureEffectsNn from '../features/measure-effects/i18n/nn.json';
import otEn from '../features/ot/i18n/en.json';
import otNb from '../features/ot/i18n/nb.json';
import otNn from '../features/ot/i18n/nn.json';
import otAvklaringEn from '../features/ot-avklaring/i18n/en.json';
import otAvklaringNb from '../features/ot-avklaring/i18n/nb.json';
import otAvklaringNn from '../features/ot-avklaring/i18n/nn.json';
import overgangEn from '../features/overgang/i18n/en.json';
import overgangNb from '../features/overgang/i18n/nb.json';
import overgangNn from '../features/overgang/i18n/nn.json';
import ownerAbsenceEn from '../features/owner-absence/i18n/en.json';
import ownerAbsenceNb from '../features/owner-absence/i18n/nb.json';
import ownerAbsenceNn from '../features/owner-absence/i18n/nn.json';
import plansEn from '../features/plans/i18n/en.json';
import plansNb from '../features/plans/i18n/nb.json';
import plansNn from '../features/plans/i18n/nn.json';
import registrationEn from '../features/registration/i18n/en.json';
import registrationNb from '../features/registration/i18n/nb.json';
import registrationNn from '../features/registration/i18n/nn.json';
import secondFactorAdminEn from '../features/second-factor-admin/i18n/en.json';
import secondFactorAdminNb from '../features/second-factor-admin/i18n/nb.json';
import secondFactorAdminNn from '../features/second-factor-admin/i18n/nn.json';
import signInEn from '../features/sign-in/i18n/en.json';
import signInNb from '../features/sign-in/i18n/nb.json';
import signInNn from '../features/sign-in/i18n/nn.json';
import skolebytteEn from '../features/skolebytte/i18n/en.json';
import skolebytteNb from '../features/skolebytte/i18n/nb.json';
import skolebytteNn from '../features/skolebytte/i18n/nn.json';
import startEn from '../features/start/i18n/en.json';
import startNb from '../features/start/i18n/nb.json';
import startNn from '../features/start/i18n/nn.json';
import tasksEn from '../features/tasks/i18n/en.json';
import tasksNb from '../features/tasks/i18n/nb.json';
import tasksNn from '../features/tasks/i18n/nn.json';
import importsEn from '../features/imports/i18n/en.json';
import importsNb from '../features/imports/i18n/nb.json';
import importsNn from '../features/imports/i18n/nn.json';
import fintProblemsEn from '../../shared/fint-problems/en.json';
import fintProblemsNb from '../../shared/fint-problems/nb.json';
import fintProblemsNn from '../../shared/fint-problems/nn.json';
import importProblemsEn from '../../shared/import-problems/en.json';
import importProblemsNb from '../../shared/import-problems/nb.json';
import importProblemsNn from '../../shared/import-problems/nn.json';
import en from './en.json';
import type { Language } from './languages';
import nb from './nb.json';
import nn from './nn.json';

export type Catalog = { [key: string]: string | Catalog };

function merge(...parts: Catalog[]): Catalog {
  const out: Catalog = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`The translation key "${key}" is defined by two catalogs`);
      out[key] = value;
    }
  }
  return out;
}

export const catalogs: Record<Language, Catalog> = {
  nb: merge(nb, accessReportNb, casesNb, plansNb, checksNb, classReportNb, concernReportNb, feideGroupsNb, homeNb, ikoWorkspaceNb, leadershipNb, measureEffectsNb, noticesNb, otNb, otAvklaringNb, ownerAbsenceNb, overgangNb, startNb, registrationNb, secondFactorAdminNb, signInNb, skolebytteNb, tasksNb, importProblemsNb, importsNb, fintProblemsNb),
  nn: merge(nn, accessReportNn, casesNn, plansNn, checksNn, classReportNn, concernReportNn, feideGroupsNn, homeNn, ikoWorkspaceNn, leadershipNn, measureEffectsNn, noticesNn, otNn, otAvklaringNn, ownerAbsenceNn, overgangNn, startNn, registrationNn, secondFactorAdminNn, signInNn, skolebytteNn, tasksNn, importProblemsNn, importsNn, fintProblemsNn),
  en: merge(en, accessReportEn, casesEn, plansEn, checksEn, classReportEn, concernReportEn, feideGroupsEn, homeEn, ikoWorkspaceEn, leadershipEn, measureEffectsEn, noticesEn, otEn, otAvklaringEn, ownerAbsenceEn, overgangEn, startEn, registrationEn, secondFactorAdminEn, signInEn, skolebytteEn, tasksEn, importProblemsEn, importsEn, fintProblemsEn),
};
