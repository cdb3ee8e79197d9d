/**
 * The words the clarification meeting's documents (the summons, the agreement) share, in bokmål
 * and nynorsk: who takes part, by kind. Data, like the texts of each renderer.
 */
import type { AvklaringParticipantKind } from '../domain/ot/avklaring-participants.js';
import type { AvklaringGround } from '../domain/ot/avklaring-workflow.js';
import type { DocumentLanguage } from './document-models.js';

export const participantKindText: Record<DocumentLanguage, Record<AvklaringParticipantKind, string>> = {
  nb: {
    leiing: 'Skolens ledelse',
    kontaktlaerar: 'Kontaktlærer',
    radgjevar: 'Rådgiver',
    elev: 'Elev',
    ot: 'Oppfølgingstjenesten (OT)',
    foresett: 'Foresatt',
    helsesjukepleiar: 'Helsesykepleier',
    ppt: 'PPT',
    bup: 'BUP',
    vop: 'VOP',
    nav: 'NAV',
    barnevern: 'Barnevernet',
    annan: 'Annen',
  },
  nn: {
    leiing: 'Leiinga ved skulen',
    kontaktlaerar: 'Kontaktlærar',
    radgjevar: 'Rådgjevar',
    elev: 'Elev',
    ot: 'Oppfølgingstenesta (OT)',
    foresett: 'Føresett',
    helsesjukepleiar: 'Helsesjukepleiar',
    ppt: 'PPT',
    bup: 'BUP',
    vop: 'VOP',
    nav: 'NAV',
    barnevern: 'Barnevernet',
    annan: 'Annan',
  },
};

/** Why the meeting is held: the seed's two occasions. */
export const groundText: Record<DocumentLanguage, Record<AvklaringGround, string>> = {
  nb: {
    fare_for_avbrot: 'Eleven står i fare for å avbryte opplæringen, og skolen mener at OT/PPT kan bidra til å forebygge avbruddet.',
    sikker_slutt: 'Det er sikkert at eleven slutter på skolen.',
  },
  nn: {
    fare_for_avbrot: 'Eleven står i fare for å avbryte opplæringa, og skulen meiner at OT/PPT kan bidra til å førebyggje avbrotet.',
    sikker_slutt: 'Det er sikkert at eleven sluttar på skulen.',
  },
};
