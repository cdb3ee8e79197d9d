import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../db/schema.ts';
import { generateDemoSchool } from './generate-demo-school.ts';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const db = drizzle(pool, { schema }) as any;
const d = generateDemoSchool({ seed: 1, students: 30000, today: '2026-11-23' });
const grades = d.grades.slice(0, 60000).map((g) => ({ ...g, id: crypto.randomUUID() }));
let t = performance.now();
for (let i = 0; i < 60000; i += 6553) db.insert(schema.grades).values(grades.slice(i, i + 6553)).toSQL();
console.log('drizzle toSQL only', Math.round(performance.now() - t));
const client = await pool.connect();
await client.query('begin');
t = performance.now();
const cols = ['owner_id','id','student_id','group_id','subject_code','subject_name','kind','value','given_on','registered_by'];
const keys = ['ownerId','id','studentId','groupId','subjectCode','subjectName','kind','value','givenOn','registeredBy'];
const types = ['uuid','uuid','uuid','uuid','text','text','text','text','date','uuid'];
for (let i = 0; i < 60000; i += 5000) {
  const chunk = grades.slice(i, i + 5000);
  await client.query(`insert into grades (${cols.join(',')}) select * from unnest(${types.map((t, k) => `$${k + 1}::${t}[]`).join(',')})`, keys.map((k) => chunk.map((r: any) => r[k])));
}
console.log('unnest 60k', Math.round(performance.now() - t));
await client.query('rollback');
await client.query('begin');
t = performance.now();
await client.query('set local session_replication_role = replica');
for (let i = 0; i < 60000; i += 5000) {
  const chunk = grades.slice(i, i + 5000);
  await client.query(`insert into grades (${cols.join(',')}) select * from unnest(${types.map((t, k) => `$${k + 1}::${t}[]`).join(',')})`, keys.map((k) => chunk.map((r: any) => r[k])));
}
console.log('unnest 60k no FK', Math.round(performance.now() - t));
await client.query('rollback');
client.release();
await pool.end();
