/**
 * A plan as the school prints it for the meeting and the family: each kind with the headings of
 * its template in the seeds, the evaluation points, and the signature block.
 * - tiltaksplan: the absence seed (Søndre Land kommune), "Vedlegg 1: Eksempel på tiltaksplan";
 * - oppfolgingsplan: the IKO seed (Akershus fylkeskommune), "Forslag til maler og rutiner";
 * - aktivitetsplan: opplæringslova § 12-4 (the problem, measures, when, who, when evaluated);
 * - ukeplan: the week plan for a gradual return (Dag/dato | Klokka | Hva | Hvor | Sammen med hvem).
 * A draft (no signature yet) carries "UTKAST"; a signed version says so, with the date.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type {
  AktivitetsplanContent,
  OppfolgingsplanContent,
  PlanKind,
  TiltaksplanContent,
  UkeplanContent,
} from '../domain/plans/plan-content.js';
import type { SignatoryRole, Signature } from '../domain/plans/plan-versions.js';
import {
  bulletList,
  colours,
  commonTexts,
  fields,
  formatBirthDate,
  formatLongDate,
  formatShortDate,
  formatWeekdayDate,
  gridTable,
  heading,
  isoWeek,
  osloDay,
  osloTime,
  paragraph,
  renderDocument,
  subheading,
  weekdayOf,
} from './document-layout.js';
import type { DocumentLanguage, DocumentPlanEvaluation, ExpectedSignatory, PlanDocumentInput } from './document-models.js';

const texts = {
  nb: {
    kindTitle: { tiltaksplan: 'TILTAKSPLAN', oppfolgingsplan: 'OPPFØLGINGSPLAN', aktivitetsplan: 'AKTIVITETSPLAN', ukeplan: 'UKEPLAN' },
    kindSubtitle: {
      tiltaksplan: 'Plan for tiltak ved bekymringsfullt fravær',
      oppfolgingsplan: 'Plan for tettere oppfølging',
      aktivitetsplan: 'Plan for å sikre et trygt og godt skolemiljø, jf. opplæringslova § 12-4',
      ukeplan: 'Plan for gradvis tilbakekomst til skolen',
    },
    titleFor: (kind: string, name: string) => `${kind} for ${name}`,
    responsible: 'Ansvarlig for planen',
    draftStatus: (version: number) => `UTKAST – versjon ${version}, ikke signert`,
    signedStatus: (version: number, on: string) => `Versjon ${version}, signert ${on}`,
    replaces: (version: number) => `Erstatter versjon ${version}.`,
    printed: (on: string) => `Skrevet ut ${on}`,
    version: (version: number) => `versjon ${version}`,
    // tiltaksplan
    goals: 'MÅL',
    longTerm: 'Langsiktige:',
    shortTerm: 'Kortsiktige:',
    measuresTable: ['Opprettholdende faktor', 'Tiltak', 'Ansvar', 'Eventuelt plan B', 'Evaluering'],
    measuresHeading: 'Opprettholdende faktorer og tiltak',
    evaluationMeeting: 'Tidspunkt for evaluering',
    period: 'Avtalen gjelder for perioden',
    atTime: (time: string) => `kl. ${time}`,
    // oppfolgingsplan
    mainChallenge: 'Hva er elevens hovedutfordringer?',
    measuresAndGoal: 'Kort beskrivelse av tiltak og mål',
    start: 'Start',
    end: 'Slutt',
    duration: 'Antatt varighet',
    responsibilities: 'Gjennomføring og ansvar',
    responsibilitiesTable: ['Navn på involvert(e)', 'Oppgaver og ev. frister'],
    due: (on: string) => `Frist: ${on}`,
    noResponsibilities: 'Ingen oppgaver er fordelt ennå.',
    evaluation: 'Evaluering',
    evaluationMethod: 'Hvordan og hvor ofte effekten evalueres',
    // aktivitetsplan
    problem: 'Problemet',
    measures: 'Tiltak',
    activityTable: ['Tiltak', 'Nivå', 'Når', 'Ansvarlig', 'Evalueres'],
    level: { individ: 'Individ', gruppe: 'Gruppe', skole: 'Skole' },
    contactPerson: 'Kontaktperson for eleven',
    startsOn: 'Planen gjelder fra',
    // ukeplan
    week: (week: number) => `Uke ${week}`,
    weekTable: ['Dag/dato', 'Klokka', 'Hva', 'Hvor', 'Sammen med hvem'],
    weekStarts: 'Planen starter',
    note: 'Merknad',
    // evaluations
    evaluationPoints: 'Evalueringspunkter',
    evaluationTable: ['Dato', 'Tilfredsstillende effekt/progresjon', 'Justering av innhold og/eller organisering'],
    yes: 'Ja',
    no: 'Nei',
    planned: 'Planlagt',
    measureNote: (n: number) => `Tiltak ${n}`,
    // signatures
    signaturesHeading: { tiltaksplan: 'Signatur på avtalen', other: 'Underskrifter' },
    signatureTable: ['Navn og rolle', 'Dato', 'Signatur'],
    signed: (on: string, onPaper: boolean, registeredBy: string | null) => `Signert ${onPaper ? 'på papir' : 'i Varde'} ${on}${registeredBy ? `, registrert av ${registeredBy}` : ''}`,
    signedElectronically: (provider: string, on: string, time: string) => `Signert elektronisk med ${provider} ${on} kl. ${time}`,
    role: { elev: 'Elev', foresatt: 'Foresatt', skole: 'Skolen', annen: 'Annen' } satisfies Record<SignatoryRole, string>,
    noSignatories: 'Ingen signaturer er registrert.',
  },
  nn: {
    kindTitle: { tiltaksplan: 'TILTAKSPLAN', oppfolgingsplan: 'OPPFØLGINGSPLAN', aktivitetsplan: 'AKTIVITETSPLAN', ukeplan: 'VEKEPLAN' },
    kindSubtitle: {
      tiltaksplan: 'Plan for tiltak ved bekymringsfullt fråvær',
      oppfolgingsplan: 'Plan for tettare oppfølging',
      aktivitetsplan: 'Plan for å sikre eit trygt og godt skulemiljø, jf. opplæringslova § 12-4',
      ukeplan: 'Plan for gradvis tilbakekomst til skulen',
    },
    titleFor: (kind: string, name: string) => `${kind} for ${name}`,
    responsible: 'Ansvarleg for planen',
    draftStatus: (version: number) => `UTKAST – versjon ${version}, ikkje signert`,
    signedStatus: (version: number, on: string) => `Versjon ${version}, signert ${on}`,
    replaces: (version: number) => `Erstattar versjon ${version}.`,
    printed: (on: string) => `Skriven ut ${on}`,
    version: (version: number) => `versjon ${version}`,
    goals: 'MÅL',
    longTerm: 'Langsiktige:',
    shortTerm: 'Kortsiktige:',
    measuresTable: ['Oppretthaldande faktor', 'Tiltak', 'Ansvar', 'Eventuelt plan B', 'Evaluering'],
    measuresHeading: 'Oppretthaldande faktorar og tiltak',
    evaluationMeeting: 'Tidspunkt for evaluering',
    period: 'Avtalen gjeld for perioden',
    atTime: (time: string) => `kl. ${time}`,
    mainChallenge: 'Kva er hovudutfordringane til eleven?',
    measuresAndGoal: 'Kort skildring av tiltak og mål',
    start: 'Start',
    end: 'Slutt',
    duration: 'Venta varigheit',
    responsibilities: 'Gjennomføring og ansvar',
    responsibilitiesTable: ['Namn på involvert(e)', 'Oppgåver og ev. fristar'],
    due: (on: string) => `Frist: ${on}`,
    noResponsibilities: 'Ingen oppgåver er fordelte enno.',
    evaluation: 'Evaluering',
    evaluationMethod: 'Korleis og kor ofte effekten blir evaluert',
    problem: 'Problemet',
    measures: 'Tiltak',
    activityTable: ['Tiltak', 'Nivå', 'Når', 'Ansvarleg', 'Evaluerast'],
    level: { individ: 'Individ', gruppe: 'Gruppe', skole: 'Skule' },
    contactPerson: 'Kontaktperson for eleven',
    startsOn: 'Planen gjeld frå',
    week: (week: number) => `Veke ${week}`,
    weekTable: ['Dag/dato', 'Klokka', 'Kva', 'Kvar', 'Saman med kven'],
    weekStarts: 'Planen startar',
    note: 'Merknad',
    evaluationPoints: 'Evalueringspunkt',
    evaluationTable: ['Dato', 'Tilfredsstillande effekt/progresjon', 'Justering av innhald og/eller organisering'],
    yes: 'Ja',
    no: 'Nei',
    planned: 'Planlagt',
    measureNote: (n: number) => `Tiltak ${n}`,
    signaturesHeading: { tiltaksplan: 'Signatur på avtalen', other: 'Underskrifter' },
    signatureTable: ['Namn og rolle', 'Dato', 'Signatur'],
    signed: (on: string, onPaper: boolean, registeredBy: string | null) => `Signert ${onPaper ? 'på papir' : 'i Varde'} ${on}${registeredBy ? `, registrert av ${registeredBy}` : ''}`,
    signedElectronically: (provider: string, on: string, time: string) => `Signert elektronisk med ${provider} ${on} kl. ${time}`,
    role: { elev: 'Elev', foresatt: 'Føresett', skole: 'Skulen', annen: 'Annan' } satisfies Record<SignatoryRole, string>,
    noSignatories: 'Ingen signaturar er registrerte.',
  },
} as const;

type PlanTexts = (typeof texts)[DocumentLanguage];

export async function renderPlanPdf(input: PlanDocumentInput): Promise<Buffer> {
  const t = texts[input.language];
  const c = commonTexts(input.language);
  const lang = input.language;
  const kind = input.plan.kind;
  const draft = input.signatures.length === 0;
  const title = t.titleFor(t.kindTitle[kind], input.student.name);

  const firstSignedOn = [...input.signatures.map((s) => s.signedOn)].sort()[0];
  const status: Content = draft
    ? { text: t.draftStatus(input.version), style: 'draftStatus' }
    : { text: t.signedStatus(input.version, formatLongDate(firstSignedOn!, lang)), style: 'status' };

  const { facts, body } = kindContent(input, t);
  const head: Content[] = [
    { text: title, style: 'title' },
    { text: t.kindSubtitle[kind], style: 'subtitle' },
    status,
    fields([
      [c.date, formatLongDate(osloDay(input.versionCreatedAt), lang)],
      [c.student, input.student.name],
      [c.birthDate, formatBirthDate(input.student.birthDate, lang)],
      [c.group, input.student.groupName ?? '–'],
      [t.responsible, input.responsibleName],
      ...facts,
    ]),
    ...(input.version > 1 ? [{ text: t.replaces(input.version - 1), style: 'small', margin: [0, -6, 0, 8] } satisfies Content] : []),
  ];

  return renderDocument({
    language: lang,
    letterhead: input.letterhead,
    title,
    footerNote: `${title}, ${t.version(input.version)}${draft ? ' (UTKAST)' : ''} · ${t.printed(formatShortDate(input.generatedOn))}`,
    draft,
    content: [...head, ...body, ...signatureBlock(kind, input.signatoriesExpected, input.signatures, t)],
  });
}

type FieldRow = readonly [string, string];
/** What a kind adds to the plan's head ("Planen gjelder fra: …"), and its body. */
interface KindContent {
  facts: FieldRow[];
  body: Content[];
}

function kindContent(input: PlanDocumentInput, t: PlanTexts): KindContent {
  const { evaluations, language: lang } = input;
  switch (input.plan.kind) {
    case 'tiltaksplan':
      return { facts: [], body: tiltaksplan(input.plan.content, evaluations, t, lang) };
    case 'oppfolgingsplan':
      return { facts: [], body: oppfolgingsplan(input.plan.content, evaluations, t, lang) };
    case 'aktivitetsplan':
      return aktivitetsplan(input.plan.content, evaluations, t, lang);
    case 'ukeplan':
      return ukeplan(input.plan.content, evaluations, t, lang);
  }
}

function tiltaksplan(plan: TiltaksplanContent, evaluations: DocumentPlanEvaluation[], t: PlanTexts, lang: DocumentLanguage): Content[] {
  const meeting = plan.evaluationMeeting;
  const meetingText = [formatWeekdayDate(meeting.on, lang), meeting.time.trim() ? t.atTime(meeting.time.trim()) : '']
    .filter(Boolean)
    .join(' ')
    .concat(meeting.place.trim() ? `, ${meeting.place.trim()}` : '');
  const rows: TableCell[][] = plan.rows.map((row, i) => [
    { text: row.maintainingFactor },
    { text: row.measure },
    { text: row.responsible },
    { text: row.planB.trim() || '–' },
    rowEvaluation(row.evaluation, i, evaluations),
  ]);
  return [
    heading(t.goals),
    subheading(t.longTerm),
    bulletList(plan.longTermGoals, lang),
    subheading(t.shortTerm),
    bulletList(plan.shortTermGoals, lang),
    heading(t.measuresHeading),
    gridTable(t.measuresTable, rows, ['18%', '29%', '16%', '19%', '18%']),
    fields([
      [t.evaluationMeeting, meetingText],
      [t.period, `${formatLongDate(plan.startsOn, lang)} – ${formatLongDate(plan.endsOn, lang)}`],
    ]),
    ...evaluationPoints(evaluations, [], t, false),
  ];
}

/** The seed's Evaluering column: what the plan says, then what each evaluation noted for the row. */
function rowEvaluation(planned: string, index: number, evaluations: DocumentPlanEvaluation[]): TableCell {
  const notes = evaluations
    .filter((e) => (e.rowNotes[String(index)] ?? '').trim() !== '')
    .map((e) => ({ text: [{ text: `${formatShortDate(e.evaluatedOn)}: `, bold: true }, { text: e.rowNotes[String(index)]!.trim() }] }));
  if (planned.trim() === '' && notes.length === 0) return { text: '' };
  return { stack: [...(planned.trim() ? [{ text: planned.trim(), margin: [0, 0, 0, notes.length ? 3 : 0] }] : []), ...notes] } as TableCell;
}

function oppfolgingsplan(plan: OppfolgingsplanContent, evaluations: DocumentPlanEvaluation[], t: PlanTexts, lang: DocumentLanguage): Content[] {
  const responsibilities: TableCell[][] = plan.responsibilities.map((r) => [
    { text: r.who },
    { stack: [{ text: r.task }, ...(r.dueOn ? [{ text: t.due(formatShortDate(r.dueOn)), bold: true, margin: [0, 2, 0, 0] }] : [])] } as TableCell,
  ]);
  return [
    heading(t.mainChallenge),
    paragraph(plan.mainChallenge),
    heading(t.measuresAndGoal),
    paragraph(plan.measuresAndGoal),
    fields([
      [t.start, formatLongDate(plan.startsOn, lang)],
      [t.end, formatLongDate(plan.endsOn, lang)],
      ...(plan.expectedDuration.trim() ? [[t.duration, plan.expectedDuration.trim()] as const] : []),
    ]),
    heading(t.responsibilities),
    responsibilities.length > 0
      ? gridTable(t.responsibilitiesTable, responsibilities, ['30%', '70%'])
      : { text: t.noResponsibilities, style: 'body', italics: true, color: colours.muted },
    heading(t.evaluation),
    subheading(t.evaluationMethod),
    paragraph(plan.evaluationMethod),
    ...evaluationPoints(evaluations, plan.evaluationPoints, t, true),
  ];
}

function aktivitetsplan(plan: AktivitetsplanContent, evaluations: DocumentPlanEvaluation[], t: PlanTexts, lang: DocumentLanguage): KindContent {
  const rows: TableCell[][] = plan.measures.map((m) => [
    { text: m.measure },
    { text: t.level[m.level] },
    { text: m.when },
    { text: m.responsible },
    { text: formatShortDate(m.evaluateOn) },
  ]);
  return {
    facts: [
      [t.startsOn, formatLongDate(plan.startsOn, lang)],
      ...(plan.contactPerson.trim() ? [[t.contactPerson, plan.contactPerson.trim()] as const] : []),
    ],
    body: [
      heading(t.problem),
      paragraph(plan.problem),
      heading(t.measures),
      gridTable(t.activityTable, rows, ['40%', '10%', '20%', '17%', '13%']),
      ...evaluationPoints(evaluations, [], t, false, plan.measures.map((m) => m.measure)),
    ],
  };
}

function ukeplan(plan: UkeplanContent, evaluations: DocumentPlanEvaluation[], t: PlanTexts, lang: DocumentLanguage): KindContent {
  const entries = [...plan.entries].sort((a, b) => (a.on === b.on ? a.time.localeCompare(b.time) : a.on.localeCompare(b.on)));
  const rows: TableCell[][] = entries.map((e) => {
    const weekday = weekdayOf(e.on, lang);
    return [
      { text: [{ text: weekday.charAt(0).toLocaleUpperCase('nb') + weekday.slice(1), bold: true }, `\n${formatShortDate(e.on)}`] },
      { text: e.time.trim() || '–' },
      { text: e.what },
      { text: e.where.trim() || '–' },
      { text: e.withWhom.trim() || '–' },
    ];
  });
  const week = isoWeek(plan.startsOn);
  return {
    facts: [[t.weekStarts, `${formatWeekdayDate(plan.startsOn, lang)}${week ? ` (${t.week(week)})` : ''}`]],
    body: [
      gridTable(t.weekTable, rows, ['14%', '13%', '39%', '17%', '17%']),
      ...(plan.note.trim() ? [subheading(t.note), paragraph(plan.note)] : []),
      ...evaluationPoints(evaluations, [], t, false, plan.entries.map((e) => e.what)),
    ],
  };
}

/**
 * The IKO template's table: Dato | Tilfredsstillende effekt/progresjon (Ja, Nei) | Justering.
 * Planned points not yet evaluated are empty rows to fill in; other kinds show the table only
 * once something has been evaluated. Notes on single measures follow the adjustment.
 */
function evaluationPoints(
  evaluations: DocumentPlanEvaluation[],
  planned: readonly string[],
  t: PlanTexts,
  alwaysShow: boolean,
  rowLabels?: readonly string[],
): Content[] {
  const done = [...evaluations].sort((a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn));
  const evaluatedOn = new Set(done.map((e) => e.evaluatedOn));
  const open = planned.filter((on) => !evaluatedOn.has(on));
  if (done.length === 0 && open.length === 0 && !alwaysShow) return [];

  const mark = (on: boolean): TableCell => ({ text: on ? 'X' : '', alignment: 'center', bold: true });
  type Row = { on: string; cells: TableCell[] };
  const rows: Row[] = [
    ...done.map((e) => ({
      on: e.evaluatedOn,
      cells: [
        { text: formatShortDate(e.evaluatedOn) },
        mark(e.satisfactory),
        mark(!e.satisfactory),
        adjustmentCell(e, rowLabels, t),
      ],
    })),
    ...open.map((on) => ({
      on,
      cells: [{ text: formatShortDate(on) }, { text: '' }, { text: '' }, { text: `(${t.planned.toLocaleLowerCase('nb')})`, color: colours.muted, italics: true }],
    })),
  ].sort((a, b) => a.on.localeCompare(b.on));

  const [dateHeader, effectHeader, adjustmentHeader] = t.evaluationTable;
  const headerCell = (text: string, extra: object = {}): TableCell => ({ text, style: 'tableHeader', ...extra });
  return [
    heading(t.evaluationPoints),
    {
      table: {
        headerRows: 2,
        dontBreakRows: true,
        widths: ['15%', '11%', '11%', '63%'],
        body: [
          [
            headerCell(dateHeader, { rowSpan: 2 }),
            headerCell(effectHeader, { colSpan: 2, alignment: 'center' }),
            {},
            headerCell(adjustmentHeader, { rowSpan: 2 }),
          ],
          [{}, headerCell(t.yes, { alignment: 'center' }), headerCell(t.no, { alignment: 'center' }), {}],
          ...(rows.length > 0 ? rows.map((r) => r.cells) : [[{ text: ' ' }, { text: '' }, { text: '' }, { text: '' }]]),
        ],
      },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => colours.rule,
        vLineColor: () => colours.rule,
        paddingLeft: () => 5,
        paddingRight: () => 5,
        paddingTop: () => 4,
        paddingBottom: () => 4,
        fillColor: (rowIndex) => (rowIndex < 2 ? colours.headerFill : null),
      },
      style: 'table',
      margin: [0, 2, 0, 12],
    },
  ];
}

function adjustmentCell(e: DocumentPlanEvaluation, rowLabels: readonly string[] | undefined, t: PlanTexts): TableCell {
  const adjustment = e.adjustment.trim();
  const notes = rowLabels
    ? Object.entries(e.rowNotes)
        .filter(([, note]) => note.trim() !== '')
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([index, note]) => {
          const label = rowLabels[Number(index)];
          const short = label && label.length > 60 ? `${label.slice(0, 57).trimEnd()}…` : label;
          return {
            text: [{ text: `${t.measureNote(Number(index) + 1)}${short ? ` («${short}»)` : ''}: `, bold: true }, { text: note.trim() }],
            margin: [0, 3, 0, 0],
          };
        })
    : [];
  return { stack: [{ text: adjustment || '–' }, ...notes] } as TableCell;
}

interface SignatureLine {
  name: string;
  role: SignatoryRole;
  signature: Signature | undefined;
}

/** One line per expected signatory, then anyone else who signed; a recorded signature says when and how. */
export function signatureLines(expected: readonly ExpectedSignatory[], signatures: readonly Signature[]): SignatureLine[] {
  const key = (role: string, name: string) => `${role}:${name.trim().toLocaleLowerCase('nb')}`;
  const remaining = new Map(signatures.map((s) => [key(s.role, s.name), s]));
  const lines: SignatureLine[] = expected.map((e) => {
    const k = key(e.role, e.name);
    const signature = remaining.get(k);
    remaining.delete(k);
    return { name: e.name, role: e.role, signature };
  });
  for (const s of remaining.values()) lines.push({ name: s.name, role: s.role, signature: s });
  return lines;
}

/** Every signature is registered by a staff member: named, unless it is their own signature in Varde. */
function registeredBy(signature: Signature): string | null {
  if (!signature.recordedBy) return null;
  return signature.method === 'papir' || signature.recordedBy !== signature.name ? signature.recordedBy : null;
}

const providerName = { feide: 'Feide', id_porten: 'ID-porten' } as const;

/** How the signature was made: by the person themself with Feide or ID-porten (and when, to the minute), or recorded by the school. */
function signedText(signature: Signature, on: string, t: PlanTexts): string {
  if (signature.method === 'feide' || signature.method === 'id_porten') {
    return t.signedElectronically(providerName[signature.method], on, osloTime(signature.recordedAt));
  }
  return t.signed(on, signature.method === 'papir', registeredBy(signature));
}

function signatureBlock(kind: PlanKind, expected: readonly ExpectedSignatory[], signatures: readonly Signature[], t: PlanTexts): Content[] {
  const lines = signatureLines(expected, signatures);
  const headingText = kind === 'tiltaksplan' ? t.signaturesHeading.tiltaksplan : t.signaturesHeading.other;
  if (lines.length === 0) return [heading(headingText), { text: t.noSignatories, style: 'body', italics: true, color: colours.muted }];
  const body: TableCell[][] = lines.map((line) => {
    const who: TableCell = { stack: [{ text: line.name, bold: true }, { text: t.role[line.role], color: colours.muted, fontSize: 9 }] };
    if (line.signature) {
      const on = formatShortDate(line.signature.signedOn);
      return [who, { text: on, margin: [0, 6, 0, 0] }, { text: signedText(line.signature, on, t), margin: [0, 6, 0, 0] }];
    }
    // Room to write by hand, on a line.
    return [who, { text: ' ', margin: [0, 20, 0, 0] }, { text: ' ', margin: [0, 20, 0, 0] }];
  });
  return [
    {
      stack: [
        heading(headingText, lines.length > 8),
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['36%', '18%', '46%'],
            body: [t.signatureTable.map((h) => ({ text: h, style: 'tableHeader', color: colours.muted })), ...body],
          },
          layout: {
            hLineWidth: (i) => (i === 0 ? 0 : i === 1 ? 0.8 : 0.5),
            vLineWidth: () => 0,
            hLineColor: (i) => (i === 1 ? colours.accent : colours.rule),
            paddingLeft: (i) => (i === 0 ? 0 : 8),
            paddingRight: () => 4,
            paddingTop: () => 5,
            paddingBottom: () => 5,
          },
          margin: [0, 2, 0, 0],
        },
      ],
      unbreakable: lines.length <= 8,
    },
  ];
}
