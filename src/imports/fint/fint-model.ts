/**
 * The parts of FINT's information model (FINTLabs / Novari, `fint-informasjonsmodell`, the
 * utdanning and felles packages) that Varde reads, as zod schemas. Only the fields Varde needs
 * are named; every resource is `.passthrough()`, so a field FINT adds later is kept, not refused.
 * FINT answers in HAL: a resource's relations are `_links.<relation>: [{ href }]`, and a
 * collection is `_embedded._entries` with `total_items`, `size` and `offset`. The field names
 * and where they come from are in docs/imports/fint.md.
 */
import { z } from 'zod';

/** A HAL link: FINT always gives a relation as a list of these, even when there is one. */
export const fintLink = z.object({ href: z.string().min(1) }).passthrough();
export type FintLink = z.infer<typeof fintLink>;

const links = <R extends string>(relations: readonly R[]) =>
  z
    .object({ self: z.array(fintLink).optional() })
    .extend(Object.fromEntries(relations.map((r) => [r, z.array(fintLink).optional()])) as Record<R, z.ZodOptional<z.ZodArray<typeof fintLink>>>)
    .passthrough();

/** FINT's Identifikator: an id is an object with its value, `{ identifikatorverdi: "123" }`. */
export const fintIdentifikator = z.object({ identifikatorverdi: z.string().min(1) }).passthrough();

/** FINT's Periode: `start` and `slutt` as ISO date-times (or dates); `slutt` may be absent. */
export const fintPeriode = z
  .object({ start: z.string().nullish(), slutt: z.string().nullish() })
  .passthrough();
export type FintPeriode = z.infer<typeof fintPeriode>;

/** felles.Person (served as /utdanning/elev/person and /administrasjon/personal/person). */
export const fintPerson = z
  .object({
    navn: z.object({ fornavn: z.string().nullish(), mellomnavn: z.string().nullish(), etternavn: z.string().nullish() }).passthrough().nullish(),
    fodselsdato: z.string().nullish(),
    kontaktinformasjon: z.object({ epostadresse: z.string().nullish(), mobiltelefonnummer: z.string().nullish() }).passthrough().nullish(),
    _links: links(['elev', 'personalressurs']),
  })
  .passthrough();
export type FintPerson = z.infer<typeof fintPerson>;

/** utdanning.elev.Elev: the student, with elevnummer and Feide name; the person has the name and birth date. */
export const fintElev = z
  .object({
    systemId: fintIdentifikator,
    elevnummer: fintIdentifikator.nullish(),
    feidenavn: fintIdentifikator.nullish(),
    brukernavn: fintIdentifikator.nullish(),
    _links: links(['person', 'elevforhold']),
  })
  .passthrough();
export type FintElev = z.infer<typeof fintElev>;

/** utdanning.elev.Elevforhold: a student at a school, with the groups the student is in. */
export const fintElevforhold = z
  .object({
    systemId: fintIdentifikator,
    gyldighetsperiode: fintPeriode.nullish(),
    _links: links(['elev', 'skole', 'basisgruppe', 'undervisningsgruppe', 'kontaktlarergruppe']),
  })
  .passthrough();
export type FintElevforhold = z.infer<typeof fintElevforhold>;

/** utdanning.elev.Basisgruppe: a class. */
export const fintBasisgruppe = z
  .object({
    systemId: fintIdentifikator,
    navn: z.string().nullish(),
    _links: links(['skole', 'trinn', 'skolear', 'elevforhold', 'undervisningsforhold']),
  })
  .passthrough();
export type FintBasisgruppe = z.infer<typeof fintBasisgruppe>;

/** utdanning.timeplan.Undervisningsgruppe: a teaching group, of one subject (fag). */
export const fintUndervisningsgruppe = z
  .object({
    systemId: fintIdentifikator,
    navn: z.string().nullish(),
    _links: links(['skole', 'fag', 'skolear', 'elevforhold', 'undervisningsforhold']),
  })
  .passthrough();
export type FintUndervisningsgruppe = z.infer<typeof fintUndervisningsgruppe>;

/**
 * A student's membership of a group, as a resource of its own (FINT's information model 3.x:
 * utdanning.elev.Basisgruppemedlemskap, utdanning.timeplan.Undervisningsgruppemedlemskap), with
 * its own period. Earlier versions link the elevforhold to its groups directly; Varde reads both.
 */
const fintGruppemedlemskap = <G extends string>(group: G) =>
  z
    .object({
      systemId: fintIdentifikator,
      gyldighetsperiode: fintPeriode.nullish(),
      _links: links([group, 'elevforhold']),
    })
    .passthrough();
export const fintBasisgruppemedlemskap = fintGruppemedlemskap('basisgruppe');
export type FintBasisgruppemedlemskap = z.infer<typeof fintBasisgruppemedlemskap>;
export const fintUndervisningsgruppemedlemskap = fintGruppemedlemskap('undervisningsgruppe');
export type FintUndervisningsgruppemedlemskap = z.infer<typeof fintUndervisningsgruppemedlemskap>;

/** utdanning.utdanningsprogram.Arstrinn: a class's level (`VG1`, `10`), with Grep's reference. */
export const fintArstrinn = z
  .object({
    systemId: fintIdentifikator,
    navn: z.string().nullish(),
    kode: z.string().nullish(),
    grepreferanse: z.array(z.string()).nullish(),
  })
  .passthrough();
export type FintArstrinn = z.infer<typeof fintArstrinn>;

/** utdanning.kodeverk.Skolear: a school year, with its period. */
export const fintSkolear = z
  .object({
    systemId: fintIdentifikator,
    kode: z.string().nullish(),
    navn: z.string().nullish(),
    gyldighetsperiode: fintPeriode.nullish(),
  })
  .passthrough();
export type FintSkolear = z.infer<typeof fintSkolear>;

/** utdanning.elev.Kontaktlarergruppe: the kontaktlærer's group of a class. */
export const fintKontaktlarergruppe = z
  .object({
    systemId: fintIdentifikator,
    navn: z.string().nullish(),
    _links: links(['skole', 'basisgruppe', 'undervisningsforhold', 'elevforhold']),
  })
  .passthrough();
export type FintKontaktlarergruppe = z.infer<typeof fintKontaktlarergruppe>;

/** utdanning.elev.Skoleressurs: a member of staff at the schools, with the Feide name. */
export const fintSkoleressurs = z
  .object({
    systemId: fintIdentifikator,
    feidenavn: fintIdentifikator.nullish(),
    _links: links(['person', 'personalressurs', 'undervisningsforhold', 'skole']),
  })
  .passthrough();
export type FintSkoleressurs = z.infer<typeof fintSkoleressurs>;

/** utdanning.elev.Undervisningsforhold: a teacher's teaching, linking skoleressurs and groups. */
export const fintUndervisningsforhold = z
  .object({
    systemId: fintIdentifikator,
    _links: links(['skoleressurs', 'skole', 'basisgruppe', 'undervisningsgruppe', 'kontaktlarergruppe']),
  })
  .passthrough();
export type FintUndervisningsforhold = z.infer<typeof fintUndervisningsforhold>;

/** utdanning.utdanningsprogram.Skole. */
export const fintSkole = z
  .object({
    systemId: fintIdentifikator,
    skolenummer: fintIdentifikator.nullish(),
    organisasjonsnummer: fintIdentifikator.nullish(),
    navn: z.string().nullish(),
  })
  .passthrough();
export type FintSkole = z.infer<typeof fintSkole>;

/** utdanning.timeplan.Fag: a subject, for a teaching group's subject name and code. */
export const fintFag = z
  .object({
    systemId: fintIdentifikator,
    navn: z.string().nullish(),
  })
  .passthrough();
export type FintFag = z.infer<typeof fintFag>;

/** A page of a collection, as FINT answers `GET /<domain>/<package>/<class>?size=&offset=`. */
export const fintPage = z
  .object({
    _embedded: z.object({ _entries: z.array(z.unknown()) }).passthrough(),
    total_items: z.number().int().nonnegative(),
    size: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
  })
  .passthrough();
export type FintPage = z.infer<typeof fintPage>;

/**
 * Every collection Varde reads: its path under the base URL and its schema. An `optional`
 * collection that the county's FINT does not serve (404: an older model version, or a component
 * the county has not set up) is read as empty: levels, school years and 3.x memberships.
 */
export const fintCollections = {
  skole: { path: '/utdanning/utdanningsprogram/skole', schema: fintSkole },
  elev: { path: '/utdanning/elev/elev', schema: fintElev },
  elevPerson: { path: '/utdanning/elev/person', schema: fintPerson },
  elevforhold: { path: '/utdanning/elev/elevforhold', schema: fintElevforhold },
  basisgruppe: { path: '/utdanning/elev/basisgruppe', schema: fintBasisgruppe },
  undervisningsgruppe: { path: '/utdanning/timeplan/undervisningsgruppe', schema: fintUndervisningsgruppe },
  fag: { path: '/utdanning/timeplan/fag', schema: fintFag },
  kontaktlarergruppe: { path: '/utdanning/elev/kontaktlarergruppe', schema: fintKontaktlarergruppe },
  skoleressurs: { path: '/utdanning/elev/skoleressurs', schema: fintSkoleressurs },
  undervisningsforhold: { path: '/utdanning/elev/undervisningsforhold', schema: fintUndervisningsforhold },
  ansattPerson: { path: '/administrasjon/personal/person', schema: fintPerson },
  arstrinn: { path: '/utdanning/utdanningsprogram/arstrinn', schema: fintArstrinn, optional: true },
  skolear: { path: '/utdanning/kodeverk/skolear', schema: fintSkolear, optional: true },
  basisgruppemedlemskap: { path: '/utdanning/elev/basisgruppemedlemskap', schema: fintBasisgruppemedlemskap, optional: true },
  undervisningsgruppemedlemskap: { path: '/utdanning/timeplan/undervisningsgruppemedlemskap', schema: fintUndervisningsgruppemedlemskap, optional: true },
} as const;
export type FintCollection = keyof typeof fintCollections;

/** Everything a sync reads, each collection whole. */
export type FintRosterData = { [K in FintCollection]: Array<z.infer<(typeof fintCollections)[K]['schema']>> };

/**
 * Where a link points, comparable across hosts and spellings: FINT writes absolute URLs with its
 * own host, and ids in paths such as `/systemid/123`, whose case it does not keep steady.
 */
export function linkKey(href: string): string {
  let path = href;
  try {
    path = new URL(href, 'http://fint.invalid').pathname;
  } catch {
    // Not a URL: compare it as it stands.
  }
  return decodeURIComponent(path).replace(/\/+$/, '').toLowerCase();
}
