/**
 * The national identity numbers of a students or guardians file (issue 14): each is hashed as
 * its row is read and then forgotten, and a number belongs to one person — twice in the file for
 * two people, or held in Varde by another student or guardian of the owner, it is refused (the
 * guardians' hashes are unique per owner, and ID-porten sign-in must find one person). A problem
 * never shows the number: the cell's value is cut to its birth date (field-schemas.ts).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import { arrayParam } from '../lib/sql-arrays.js';
import type { ProblemList } from './import-problems.js';
import type { RowContext } from './read-rows.js';

interface Seen {
  person: string;
  row: number;
  column: string;
}

export class NationalIdsInFile<K extends string> {
  private readonly byHash = new Map<string, Seen>();
  private readonly byPerson = new Map<string, Seen & { hash: string }>();

  constructor(
    private readonly key: K,
    private readonly hashNationalId: (nationalId: string) => string,
  ) {}

  /** The number's hash; a number another person of the file has is reported at this row. */
  add(nationalId: string, person: string, context: RowContext<K>): string {
    const hash = this.hashNationalId(nationalId);
    const earlier = this.byHash.get(hash);
    if (earlier && earlier.person !== person) {
      context.report('duplicate_row', this.key, 'duplicateNationalId', { first: earlier.row });
    } else if (!earlier) {
      const seen = { person, row: context.row, column: context.columnName(this.key) };
      this.byHash.set(hash, seen);
      if (!this.byPerson.has(person)) this.byPerson.set(person, { ...seen, hash });
    }
    return hash;
  }

  hashes(): string[] {
    return [...this.byHash.keys()];
  }

  /** Reports, at the person's first row with a number, that another in Varde has it. */
  reportHeld(problems: ProblemList, person: string, holderName: string): void {
    const seen = this.byPerson.get(person);
    if (!seen) return;
    problems.add({ code: 'conflicting_details', row: seen.row, column: seen.column, text: 'nationalIdOfOther', params: { name: holderName } });
  }
}

export interface NationalIdHolder {
  id: string;
  externalId: string | null;
  name: string;
}

/** Who of the owner's students (or guardians) has each of these hashes. */
export async function findNationalIdHolders(
  db: Db,
  table: 'students' | 'guardians',
  ownerId: string,
  hashes: readonly string[],
): Promise<Map<string, NationalIdHolder>> {
  if (hashes.length === 0) return new Map();
  const rows = await queryRows<{ id: string; external_id: string | null; given_name: string; family_name: string; national_id_hash: string }>(
    db,
    sql`select id, external_id, given_name, family_name, national_id_hash from ${sql.identifier(table)}
        where owner_id = ${ownerId} and national_id_hash = any(${arrayParam(hashes, 'text')})`,
  );
  return new Map(rows.map((r) => [r.national_id_hash, { id: r.id, externalId: r.external_id, name: `${r.given_name} ${r.family_name}` }]));
}
