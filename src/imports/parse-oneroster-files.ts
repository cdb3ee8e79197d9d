/**
 * Reads the files of a OneRoster 1.2 CSV set (1EdTech): manifest.csv and the data files Varde
 * uses — orgs, academicSessions, courses, classes, users, roles, enrollments and demographics —
 * with the specification's column names. Each file's rows are validated like the Norwegian
 * formats, with problems reported by file, row and column. Files Varde does not use
 * (lineItems, results, resources …) are listed back as ignored.
 *
 * Exports that call themselves 1.2 but keep 1.1's users.csv (with `role` and `orgSourcedIds`)
 * are common; both shapes are read. See docs/imports/oneroster.md.
 */
import { z } from 'zod';
import { fail, optionalChoice, optionalDate, optionalText, spellings, text } from './field-schemas.js';
import { shown, type ProblemList } from './import-problems.js';
import type { ImportFile } from './import-types.js';
import type { ColumnSpec } from './match-columns.js';
import { schoolKindField } from './parse-schools-file.js';
import { readRows, type RowFormat } from './read-rows.js';

const status = optionalChoice(spellings<'active' | 'tobedeleted'>([['active', 'active'], ['tobedeleted', 'tobedeleted']]), ['active', 'tobedeleted']);
/** A OneRoster list: values separated by commas inside one cell. */
const list = () => optionalText({ max: 10_000 }).transform((v) => (v === null ? [] : v.split(',').map((s) => s.trim()).filter((s) => s !== '')));
const lowerText = () => text({ max: 100 }).transform((v) => v.toLowerCase());

function columns<const K extends string>(required: readonly K[], optional: readonly K[]): ColumnSpec<K>[] {
  return [...required.map((key) => ({ key, name: key, required: true })), ...optional.map((key) => ({ key, name: key, required: false }))];
}

function format<K extends string, F extends Record<K, z.ZodType<unknown, string>>>(required: readonly K[], optional: readonly K[], fields: F) {
  return { columns: columns(required, optional), fields, schema: z.object(fields) } as unknown as RowFormat<K, z.infer<z.ZodObject<F>>>;
}

const manifestFields = { propertyName: text({ max: 200 }), value: optionalText({ max: 200 }) };
const manifestFormat = format(['propertyName', 'value'], [], manifestFields);

/**
 * An org's kind of school (skoleslag), when the export says it: OneRoster has no field for it, so
 * it comes as an extension column (`metadata.` and a name, as the specification's CSV binding
 * has them). Without it, the kind is read from the grades (check-oneroster.ts, orgSchoolKind).
 */
export const orgKindColumn = { key: 'kind', name: 'metadata.skoleslag', aliases: ['metadata.skuleslag', 'metadata.schoolKind', 'metadata.schoolType'], required: false } as const;
const orgFields = {
  sourcedId: text({ max: 255 }),
  status,
  name: text({ max: 255 }),
  type: lowerText(),
  identifier: optionalText({ max: 255 }),
  kind: schoolKindField({ required: false }),
};
const orgFormat = {
  ...format(['sourcedId', 'name', 'type'], ['status', 'identifier', 'kind'], orgFields),
  columns: [...columns(['sourcedId', 'name', 'type'], ['status', 'identifier']), orgKindColumn],
} as RowFormat<keyof typeof orgFields, z.infer<z.ZodObject<typeof orgFields>>>;

const sessionFields = { sourcedId: text({ max: 255 }), status, title: text({ max: 255 }), type: lowerText(), startDate: optionalDate(), endDate: optionalDate() };
const sessionFormat = format(['sourcedId', 'title', 'type', 'startDate', 'endDate'], ['status'], sessionFields);

const courseFields = { sourcedId: text({ max: 255 }), status, title: text({ max: 255 }), courseCode: optionalText({ max: 50 }), orgSourcedId: optionalText({ max: 255 }) };
const courseFormat = format(['sourcedId', 'title'], ['status', 'courseCode', 'orgSourcedId'], courseFields);

const classFields = {
  sourcedId: text({ max: 255 }),
  status,
  title: text({ max: 100 }),
  grades: list(),
  courseSourcedId: optionalText({ max: 255 }),
  classCode: optionalText({ max: 100 }),
  classType: choiceOf(['homeroom', 'scheduled']),
  schoolSourcedId: text({ max: 255 }),
  termSourcedIds: list(),
  subjects: list(),
  subjectCodes: list(),
};
const classFormat = format(
  ['sourcedId', 'title', 'classType', 'schoolSourcedId'],
  ['status', 'grades', 'courseSourcedId', 'classCode', 'termSourcedIds', 'subjects', 'subjectCodes'],
  classFields,
);

const userFields = {
  sourcedId: text({ max: 255 }),
  status,
  orgSourcedIds: list(),
  primaryOrgSourcedId: optionalText({ max: 255 }),
  role: optionalText({ max: 50 }).transform((v) => v?.toLowerCase() ?? null),
  givenName: text({ max: 100 }),
  familyName: text({ max: 100 }),
  identifier: optionalText({ max: 50 }),
  email: optionalText({ max: 254 }),
  phone: optionalText({ max: 30 }),
  sms: optionalText({ max: 30 }),
  agentSourcedIds: list(),
  /** A student's grade (year group), as classes have them: what tells the kind of a school its org does not give. */
  grades: list(),
};
const userFormat = format(
  ['sourcedId', 'givenName', 'familyName'],
  ['status', 'orgSourcedIds', 'primaryOrgSourcedId', 'role', 'identifier', 'email', 'phone', 'sms', 'agentSourcedIds', 'grades'],
  userFields,
);

const roleFields = { sourcedId: optionalText({ max: 255 }), status, userSourcedId: text({ max: 255 }), roleType: optionalText({ max: 20 }), role: lowerText(), orgSourcedId: text({ max: 255 }) };
const roleFormat = format(['userSourcedId', 'role', 'orgSourcedId'], ['sourcedId', 'status', 'roleType'], roleFields);

const enrollmentFields = {
  sourcedId: text({ max: 255 }),
  status,
  classSourcedId: text({ max: 255 }),
  schoolSourcedId: text({ max: 255 }),
  userSourcedId: text({ max: 255 }),
  role: lowerText(),
  beginDate: optionalDate(),
  endDate: optionalDate(),
};
const enrollmentFormat = format(
  ['sourcedId', 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role'],
  ['status', 'beginDate', 'endDate'],
  enrollmentFields,
);

const demographicFields = { sourcedId: text({ max: 255 }), status, birthDate: optionalDate() };
const demographicFormat = format(['sourcedId'], ['status', 'birthDate'], demographicFields);

function choiceOf<const T extends string>(values: readonly T[]) {
  return z.string().transform((v, ctx): T => {
    const found = values.find((x) => x.toLowerCase() === v.toLowerCase());
    if (found) return found;
    if (v === '') return fail(ctx, 'required', 'required');
    return fail(ctx, 'invalid_choice', 'invalidChoice', { value: shown(v), choices: { oneOf: [...values] } });
  });
}

type RowOf<F extends Record<string, z.ZodType<unknown, string>>> = z.infer<z.ZodObject<F>> & { row: number };
export type OrgRow = RowOf<typeof orgFields>;
export type SessionRow = RowOf<typeof sessionFields>;
export type CourseRow = RowOf<typeof courseFields>;
export type ClassRow = RowOf<typeof classFields>;
export type UserRow = RowOf<typeof userFields>;
export type RoleRow = RowOf<typeof roleFields>;
export type EnrollmentRow = RowOf<typeof enrollmentFields>;
export type DemographicRow = RowOf<typeof demographicFields>;

export interface OneRosterSet {
  version: string | null;
  /** file.<name> of the manifest, keyed by the name in lower case: bulk, delta or absent, the name as written, and the manifest's row. */
  modes: Map<string, { mode: string; name: string; row: number }>;
  orgs: OrgRow[];
  sessions: SessionRow[];
  courses: CourseRow[];
  classes: ClassRow[];
  users: UserRow[];
  roles: RoleRow[];
  enrollments: EnrollmentRow[];
  demographics: DemographicRow[];
  /** Rows read in all files. */
  rows: number;
  /** Files in the set that Varde does not use. */
  ignored: string[];
  /**
   * The sourcedIds of the rows of classes.csv and users.csv that could not be read (and are
   * reported there): what refers to them is not reported again as referring to nothing.
   */
  unreadable: { classes: Set<string>; users: Set<string> };
}

/** The files Varde reads: the manifest must give these as bulk (or absent, when not required). */
export const dataFiles = {
  orgs: { file: 'orgs.csv', format: orgFormat, required: true },
  sessions: { file: 'academicSessions.csv', format: sessionFormat, required: false },
  courses: { file: 'courses.csv', format: courseFormat, required: false },
  classes: { file: 'classes.csv', format: classFormat, required: true },
  users: { file: 'users.csv', format: userFormat, required: true },
  roles: { file: 'roles.csv', format: roleFormat, required: false },
  enrollments: { file: 'enrollments.csv', format: enrollmentFormat, required: true },
  demographics: { file: 'demographics.csv', format: demographicFormat, required: false },
} as const;

/** The file's own name, without any folder the upload or the archive gave it. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop()!;
}

export async function readOneRosterFiles(files: readonly ImportFile[], problems: ProblemList, onRows?: (rows: number) => void): Promise<OneRosterSet> {
  const byName = new Map(files.map((f) => [baseName(f.name).toLowerCase(), f]));
  const set: OneRosterSet = {
    version: null,
    modes: new Map(),
    orgs: [],
    sessions: [],
    courses: [],
    classes: [],
    users: [],
    roles: [],
    enrollments: [],
    demographics: [],
    rows: 0,
    ignored: [],
    unreadable: { classes: new Set(), users: new Set() },
  };
  const known = new Set(['manifest.csv', ...Object.values(dataFiles).map((d) => d.file.toLowerCase())]);
  set.ignored = files.map((f) => baseName(f.name)).filter((n) => !known.has(n.toLowerCase()));

  const manifest = byName.get('manifest.csv');
  if (!manifest) {
    problems.add({ code: 'missing_file', row: null, column: null, text: 'manifestMissing' });
  } else {
    const inManifest = problems.forFile('manifest.csv');
    let versionRow: number | null = null;
    const read = await readRows({
      file: manifest,
      format: manifestFormat,
      problems: inManifest,
      onRow: (row, context) => {
        if (!context.complete) return;
        const name = row.propertyName!;
        if (name === 'oneroster.version') {
          set.version = row.value ?? null;
          versionRow = context.row;
        }
        if (name.startsWith('file.')) set.modes.set(name.slice(5).toLowerCase(), { mode: (row.value ?? '').toLowerCase(), name: name.slice(5), row: context.row });
      },
    });
    set.rows += read.rows;
    if (read.columns && set.version !== '1.2' && set.version !== '1.1') {
      inManifest.add({
        code: 'unsupported_version',
        row: versionRow,
        column: 'value',
        text: 'unsupportedVersion',
        params: { version: set.version === null ? null : shown(set.version) },
      });
    }
  }

  for (const [key, spec] of Object.entries(dataFiles) as Array<[keyof typeof dataFiles, (typeof dataFiles)[keyof typeof dataFiles]]>) {
    const file = byName.get(spec.file.toLowerCase());
    const name = spec.file.replace(/\.csv$/i, '');
    const said = set.modes.get(name.toLowerCase());
    if (!file) {
      if (spec.required && said?.mode === 'absent') {
        // The manifest says so itself: the export left out a file Varde cannot do without.
        problems.forFile('manifest.csv').add({
          code: 'missing_file',
          row: said.row,
          column: 'value',
          value: 'absent',
          text: 'oneRosterFileAbsent',
          params: { file: spec.file, property: `file.${name}` },
        });
      } else if (spec.required) {
        problems.add({ code: 'missing_file', row: null, column: null, text: 'oneRosterFileMissing', params: { file: spec.file } });
      }
      continue;
    }
    const unreadable = key === 'classes' || key === 'users' ? set.unreadable[key] : undefined;
    const rows = set[key] as Array<Record<string, unknown>>;
    const read = await readRows({
      file,
      format: spec.format as RowFormat<string, Record<string, unknown>>,
      problems: problems.forFile(spec.file),
      allowNoRows: true,
      onRow: (row, context) => {
        if (context.complete) rows.push({ ...row, row: context.row });
        else if (unreadable && context.cells.sourcedId) unreadable.add(context.cells.sourcedId);
      },
    });
    set.rows += read.rows;
    onRows?.(set.rows);
  }
  return set;
}
