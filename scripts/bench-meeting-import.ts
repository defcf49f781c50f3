// Prints how long the meeting report importer takes on realistic and on hostile text, up to
// the largest text it accepts: `npx tsx scripts/bench-meeting-import.ts`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { IMPORT_MAX_CHARS, importMeetingReport } from '../lib/meeting-import';

const fixture = (name: string) => readFileSync(path.join('tests', 'fixtures', 'meetings', name), 'utf8');
const fill = (unit: string) => unit.repeat(Math.floor(IMPORT_MAX_CHARS / unit.length));

const cases: [string, string][] = [
  ['English report (fixture)', fixture('report-en.txt')],
  ['Chinese report (fixture)', fixture('report-zh.txt')],
  ['English report repeated to the limit', fill(fixture('report-en.txt'))],
  ['Chinese report repeated to the limit', fill(fixture('report-zh.txt'))],
  ['numbered lines only', fill('I. \n')],
  ['one line of "presided over by"', fill('presided over by ')],
  ['one line of "delivered a report titled"', fill('Zhang San delivered a report titled "x ')],
  ['unclosed Chinese title', `作题为《${fill('题')}`.slice(0, IMPORT_MAX_CHARS)],
  ['one line of 会议由', fill('会议由')],
  ['noise', Array.from({ length: IMPORT_MAX_CHARS }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
];

for (const [name, text] of cases) {
  importMeetingReport(text);
  const runs = 3;
  const start = performance.now();
  let outcome = '';
  for (let i = 0; i < runs; i++) outcome = importMeetingReport(text).outcome;
  const ms = (performance.now() - start) / runs;
  console.log(`${name.padEnd(42)} ${String(text.length).padStart(7)} chars  ${ms.toFixed(1).padStart(7)} ms  ${outcome}`);
}
