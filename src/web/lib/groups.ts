import type { MyStudents } from '../../shared/api';

export type MyGroup = MyStudents['groups'][number];

/** The teacher's teaching groups, each once: these have lessons to register and grades to give. */
export function teachingGroups(data: MyStudents | undefined): MyGroup[] {
  const seen = new Set<string>();
  const out: MyGroup[] = [];
  for (const group of data?.groups ?? []) {
    if (group.kind !== 'undervisningsgruppe' || seen.has(group.id)) continue;
    seen.add(group.id);
    out.push(group);
  }
  return out;
}

/** "1STA/NOR1260 (Norsk)": the group with its subject, for choosing among groups. */
export function groupLabel(group: Pick<MyGroup, 'name' | 'subjectName'>): string {
  return group.subjectName ? `${group.name} (${group.subjectName})` : group.name;
}
