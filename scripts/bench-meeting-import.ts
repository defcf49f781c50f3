// Prints how long the meeting report importer takes on realistic and on hostile text, up to
// the largest text it accepts, and how long regenerating a body over an existing one takes:
// `npx tsx scripts/bench-meeting-import.ts`. Each figure is the median of several runs, so a
// busy machine disturbs it less.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LIMITS } from '../lib/article-fields';
import { mergeMeetingBody } from '../lib/meeting-body';
import { IMPORT_MAX_CHARS, importMeetingReport } from '../lib/meeting-import';

const dir = path.join('tests', 'fixtures', 'meetings');
const fixture = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const corpus = readdirSync(path.join(dir, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fixture(path.join('corpus', f)));
const fill = (unit: string, max = IMPORT_MAX_CHARS) => unit.repeat(Math.floor(max / unit.length));
const names = ['Li Ming', 'Wang Fang', 'Zhang Wei', 'Liu Yang', 'Chen Jing', 'Yang Lei', 'Zhao Min', 'Huang Tao'];

function median(run: () => unknown, runs = 7): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const line = (name: string, chars: number, ms: number, note: string) =>
  console.log(`${name.padEnd(46)} ${String(chars).padStart(7)} chars  ${ms.toFixed(1).padStart(7)} ms  ${note}`);

const importCases: [string, string][] = [
  ['English report (fixture)', fixture('report-en.txt')],
  ['Chinese report (fixture)', fixture('report-zh.txt')],
  ['the seed report (corpus)', fixture('corpus/en-haisum-2023-mid-year.txt')],
  ['English report repeated to the limit', fill(fixture('report-en.txt'))],
  ['Chinese report repeated to the limit', fill(fixture('report-zh.txt'))],
  ['50,000 numbered lines ("I. ")', fill('I. \n')],
  ['50,000 numbered lines ("一、")', fill('一、\n')],
  ['one paragraph of speeches', fill('Li Ming, Manager, gave a speech titled "Steady Steps" on behalf of the team. ')],
  ['a speech in every line', fill(names.map((n) => `${n}, Manager, delivered a report.\n`).join(''))],
  ['a Chinese speech in every line', fill('集团总经理王磊作题为《稳中求进》的报告。\n')],
  ['one line of "presided over by"', fill('presided over by ')],
  ['one line of "delivered a report titled"', fill('Zhang San delivered a report titled "x ')],
  ['unclosed Chinese title', `作题为《${fill('题')}`.slice(0, IMPORT_MAX_CHARS)],
  ['one line of 会议由', fill('会议由')],
  ['noise', Array.from({ length: IMPORT_MAX_CHARS }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
];

console.log('Importing a pasted report');
const corpusChars = corpus.reduce((n, t) => n + t.length, 0);
line(`the corpus (${corpus.length} reports), all of them`, corpusChars, median(() => corpus.forEach((t) => importMeetingReport(t))), 'report');
for (const [name, text] of importCases) {
  let result = importMeetingReport(text);
  const ms = median(() => (result = importMeetingReport(text)));
  line(name, text.length, ms, `${result.outcome}, ${result.found.speeches} speeches, ${result.unparsed.length} unparsed`);
}

console.log('\nGenerating the body over an existing one');
const seed = importMeetingReport(fixture('corpus/en-haisum-2023-mid-year.txt'));
const edited = structuredClone(seed.meeting!);
edited.speeches[0].keyTasks[1] = 'To explore new business models';
edited.speeches[3].position = 'General Manager of CEC New Materials';
const large = importMeetingReport(fill(fixture('report-en.txt')));
const mergeCases: [string, string, typeof edited, 'en' | 'zh'][] = [
  ['the seed, data unchanged', seed.bodyHtml, seed.meeting!, 'en'],
  ['the seed, two corrections', seed.bodyHtml, edited, 'en'],
  ['an imported report at the import limit', large.bodyHtml, large.meeting!, 'en'],
  ['20,000 numbered paragraphs', fill('<p>I. To do;</p>\n', LIMITS.body), edited, 'en'],
  ['one paragraph of speeches', `<p>${fill('Li Ming gave a speech titled "x". ', LIMITS.body - 7)}</p>`, edited, 'en'],
  ['unclosed tags', fill('<div><p><em>', LIMITS.body), edited, 'en'],
  ['one Chinese paragraph', `<p>${fill('会议由王磊主持，', LIMITS.body - 7)}</p>`, edited, 'zh'],
];
for (const [name, body, meeting, language] of mergeCases) {
  let result = mergeMeetingBody(meeting, language, body);
  const ms = median(() => (result = mergeMeetingBody(meeting, language, body)), 5);
  line(name, body.length, ms, `${result.kept} kept, ${result.replaced} replaced, ${result.added} added, ${result.removed.length} passages removed`);
}
