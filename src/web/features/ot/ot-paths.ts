/**
 * The addresses of Oppfølgingstenesta's pages (issue 12), in Norwegian as the users speak. The
 * list, the statistics and the settings are in src/web/lib/home-path.ts too, where the landing
 * page and the menu are decided.
 */
import { paths } from '../../lib/home-path';

const segment = encodeURIComponent;

export const otPaths = {
  /** The youth in OT's list today. */
  list: paths.ot,
  /** Youth past the age limit: kept, read-only. */
  archive: `${paths.ot}/arkiv`,
  youth: (youthId: string) => `${paths.ot}/ungdom/${segment(youthId)}`,
  /** The clarification meetings OT takes part in. */
  avklaringar: `${paths.ot}/avklaringar`,
  /** The school's clarification case (the page of the clarification-case feature). */
  avklaring: (caseId: string) => `/avklaringar/${segment(caseId)}`,
  statistics: paths.otStatistics,
  statisticsOn: (on: string) => `${paths.otStatistics}?dato=${segment(on)}`,
  settings: paths.otSettings,
} as const;

/** The API's downloads, opened by the browser itself (a link, not a fetch). */
export const otDownloads = {
  agreementPdf: (caseId: string) => `/api/ot-avklaringar/${segment(caseId)}/agreement.pdf`,
  statisticsCsv: (on: string) => `/api/ot/statistics.csv?${new URLSearchParams({ on }).toString()}`,
} as const;
