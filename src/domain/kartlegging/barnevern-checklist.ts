/**
 * What the absence seed says about a concern report to child welfare (bekymringsmelding til
 * barnevernet) at step 4 of the staircase, as a checklist, in the seed's words.
 *
 * `required` follows the seed's verbs: true where it says skal, må or kan ikke (the conditions
 * and the procedure), false where it says bør or "vil noen ganger være aktuelt". The points the
 * report should cover are "bør dekkes" in the seed, so they are not required: the person writing
 * the report ticks what applies, and the software must not stop a report a law obliges them to
 * send.
 *
 * The seed does not say that the guardians may be left uninformed when telling them would put
 * the child at risk, so this list does not say it either. It cites the duty to report as
 * "Lov om barnevernstjenester § 6.4", the act replaced by barnevernsloven (2021) from
 * 1 January 2023; the citation is the seed's, and a letter quoting the law should cite the act
 * in force.
 *
 * Only spaces lost in the seed's conversion are restored ("envurdering", "Lovom", "NOU2012:5").
 */
import type { Localised } from '../localised.js';

export const barnevernSource =
  'Rutine fraværsoppfølging (Søndre Land kommune) — «4. Evaluering», «Bekymringsmelding til barnevernet?»';

export type BarnevernChecklistGroup = 'vilkar' | 'framgangsmate' | 'innhold' | 'etterpa';

export interface BarnevernChecklistItem {
  id: string;
  text: Localised;
  required: boolean;
  /** Conditions for sending, how it is sent, what it covers, what follows. */
  group: BarnevernChecklistGroup;
}

const t = (nb: string, nn: string, en: string): Localised => ({ nb, nn, en });

export const barnevernChecklist: readonly BarnevernChecklistItem[] = [
  {
    id: 'vurder-etter-tiltak',
    group: 'vilkar',
    required: false,
    text: t(
      'Om fraværet fortsatt er bekymringsfullt etter periode med tiltak, vil det noen ganger være aktuelt å vurdere å sende melding til barneverntjenesten.',
      'Om fråværet framleis er urovekkjande etter ein periode med tiltak, vil det nokre gonger vere aktuelt å vurdere å sende melding til barnevernstenesta.',
      'If the absence is still worrying after a period of measures, it will sometimes be right to consider sending a report to the child welfare service.',
    ),
  },
  {
    id: 'ikke-rutinemessig',
    group: 'vilkar',
    required: true,
    text: t(
      'Det er viktig å understreke at en melding til barnevernet ikke skal gjøres rutinemessig ved høyt skolefravær.',
      'Det er viktig å understreke at ei melding til barnevernet ikkje skal sendast rutinemessig ved høgt skulefråvær.',
      'It must be stressed that a report to child welfare is not to be made as a routine when school absence is high.',
    ),
  },
  {
    id: 'ikke-fravaer-alene',
    group: 'vilkar',
    required: true,
    text: t(
      'En melding til barnevernet skal ikke sendes kun med bakgrunn i skolefraværet alene.',
      'Ei melding til barnevernet skal ikkje sendast berre på grunn av skulefråværet åleine.',
      'A report to child welfare must not be sent on the grounds of the school absence alone.',
    ),
  },
  {
    id: 'elevens-totale-situasjon',
    group: 'vilkar',
    required: true,
    text: t(
      'En slik melding til barnevernet må gjøres etter en vurdering av elevens totale situasjon.',
      'Ei slik melding til barnevernet må sendast etter ei vurdering av heile situasjonen til eleven.',
      "Such a report to child welfare must follow an assessment of the student's whole situation.",
    ),
  },
  {
    id: 'udir-rundskriv-2012',
    group: 'vilkar',
    required: false,
    text: t(
      'I Utdanningsdirektoratets rundskriv som omhandler skolepersonalets opplysningsplikt til barneverntjenesten (2012) står det: «Ugyldig skolefravær eller at en elev er helt falt ut av skolen er ikke alene tilstrekkelig til at bestemmelsen tas i bruk. Fravær kan være et av flere symptomer på normoppløsning, og dette må sees i sammenheng med den totale livsførselen».',
      'I rundskrivet frå Utdanningsdirektoratet om opplysningsplikta skulepersonalet har til barnevernstenesta (2012), står det: «Ugyldig skulefråvær eller at ein elev har falle heilt ut av skulen, er ikkje åleine nok til at føresegna blir teken i bruk. Fråvær kan vere eitt av fleire symptom på normoppløysing, og dette må sjåast i samanheng med den totale livsførselen».',
      'The Directorate for Education and Training\'s circular on school staff\'s duty to inform the child welfare service (2012) says: "Unexcused school absence, or a student having dropped out of school entirely, is not on its own enough for the provision to apply. Absence can be one of several symptoms of a breakdown of norms, and must be seen together with the whole way of life."',
    ),
  },
  {
    id: 'alvorlig-omsorgssvikt',
    group: 'vilkar',
    required: true,
    text: t(
      'Det er imidlertid viktig å presisere at alle ansatte som bekymrer for om et barn er utsatt for alvorlig omsorgssvikt, har plikt til å melde fra til barneverntjenesten (Lov om barnevernstjenester §6.4)',
      'Det er likevel viktig å presisere at alle tilsette som er uroa for om eit barn er utsett for alvorleg omsorgssvikt, har plikt til å melde frå til barnevernstenesta (Lov om barnevernstjenester §6.4)',
      'It must be made clear, however, that every employee who is concerned that a child may be suffering serious neglect has a duty to report it to the child welfare service (Child Welfare Act § 6-4)',
    ),
  },
  {
    id: 'underrett-foresatte',
    group: 'framgangsmate',
    required: true,
    text: t(
      'Skolen skal underrette foresatte om melding til barnevernet',
      'Skulen skal varsle dei føresette om melding til barnevernet',
      'The school must tell the guardians about the report to child welfare',
    ),
  },
  {
    id: 'ikke-anonym',
    group: 'framgangsmate',
    required: true,
    text: t('Meldingen kan ikke sendes anonymt.', 'Meldinga kan ikkje sendast anonymt.', 'The report cannot be sent anonymously.'),
  },
  {
    id: 'naermeste-leder',
    group: 'framgangsmate',
    required: true,
    text: t(
      'Nærmeste leder skal involveres i en slik melding, men leder kan ikke stoppe bekymringsmeldingen da alle har en selvstendig meldeplikt.',
      'Nærmaste leiar skal involverast i ei slik melding, men leiaren kan ikkje stoppe bekymringsmeldinga, då alle har ei sjølvstendig meldeplikt.',
      'The immediate superior must be involved in such a report, but cannot stop it, since everyone has an independent duty to report.',
    ),
  },
  {
    id: 'fravaersmonster',
    group: 'innhold',
    required: false,
    text: t('Beskrivelse av fraværsmønster', 'Skildring av fråværsmønsteret', 'Description of the absence pattern'),
  },
  {
    id: 'sosial-fungering',
    group: 'innhold',
    required: false,
    text: t('Barnets sosiale fungering', 'Korleis barnet fungerer sosialt', "The child's social functioning"),
  },
  {
    id: 'psykisk-helse',
    group: 'innhold',
    required: false,
    text: t(
      'Det man vet om barnets psykiske helse',
      'Det ein veit om den psykiske helsa til barnet',
      "What is known about the child's mental health",
    ),
  },
  {
    id: 'tiltak-og-effekt',
    group: 'innhold',
    required: false,
    text: t('Tiltak prøvd, og med hvilken effekt', 'Tiltak som er prøvde, og med kva effekt', 'Measures tried, and with what effect'),
  },
  {
    id: 'foreldresamarbeid',
    group: 'innhold',
    required: false,
    text: t(
      'I hvilken grad foreldre samarbeider om skolegang og følger opp tiltak (NOU 2012:5)',
      'I kva grad foreldra samarbeider om skulegangen og følgjer opp tiltak (NOU 2012:5)',
      'To what extent the parents cooperate on schooling and follow up measures (NOU 2012:5)',
    ),
  },
  {
    id: 'andre-risikofaktorer',
    group: 'innhold',
    required: false,
    text: t('Andre kjente risikofaktorer', 'Andre kjende risikofaktorar', 'Other known risk factors'),
  },
  {
    id: 'samarbeid-etterpa',
    group: 'etterpa',
    required: false,
    text: t(
      'Om barnevernet etter sin undersøkelse jobber videre i familier hvor det er langvarig skolefravær, vil det være fortløpende behov for samarbeid mellom dem, skolen, andre instanser/tjenester og familien.',
      'Om barnevernet etter undersøkinga si arbeider vidare i familiar der det er langvarig skulefråvær, vil det vere løpande behov for samarbeid mellom barnevernet, skulen, andre instansar/tenester og familien.',
      'If child welfare, after its investigation, goes on working with families where there is long-term school absence, there will be an ongoing need for cooperation between it, the school, other agencies/services and the family.',
    ),
  },
];
