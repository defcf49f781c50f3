import { SCAN, type Person, type Subject } from './common';

// People in English: who a subject names ("Vice President Chen Zhiming", "Zhao Guoang,
// Secretary of …,"), who presided and who attended.

const POSITION_WORDS = new Set(
  (
    'president vice chairman chairwoman chairperson chair secretary deputy general manager managing director chief officer ' +
    'executive head leader member engineer senior assistant supervisor representative accountant counsel inspector commissioner ' +
    'treasurer controller ceo cfo cto coo cio cdo mr ms mrs dr professor prof academician comrade captain foreman superintendent ' +
    'principal dean minister mayor governor partner founder lead coordinator administrator analyst specialist expert auditor ' +
    'economist commander chairmen directors managers secretaries'
  ).split(' '),
);
const ORG_WORDS = new Set(
  (
    'party committee board discipline inspection commission union trade group company corporation holdings plant factory ' +
    'department center centre office bureau branch division subsidiary institute university school hospital bank station team ' +
    'unit workshop headquarters ltd co inc congress council association federation administration ministry government'
  ).split(' '),
);
const NOT_NAME = new Set(
  (
    'the a an and of at in on for with to by from as this that these those his her their our its meeting conference session ' +
    'report speech january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday during after before then next finally also'
  ).split(' '),
);

const isNameToken = (w: string) => {
  if (!/^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/.test(w)) return false;
  const lower = w.toLowerCase();
  return !POSITION_WORDS.has(lower) && !ORG_WORDS.has(lower) && !NOT_NAME.has(lower);
};

/** How many tokens at the end of `tokens` make a name: 2, 3 when the phrase is nothing else, or 0. */
function trailingName(tokens: string[]): number {
  const n = tokens.length;
  if (n === 3 && tokens.every(isNameToken)) return 3;
  if (n >= 2 && isNameToken(tokens[n - 1]) && isNameToken(tokens[n - 2])) return 2;
  return 0;
}


export const GROUP_EN =
  /^(?:the\s+|all\s+(?:the\s+)?|each\s+|every\s+|several\s+|many\s+|some\s+|both\s+|other\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:[\w-]+\s+){0,2}?(?:heads|leaders|representatives|members|managers|directors|secretaries|participants|attendees|delegates|employees|staff|chiefs|officials|cadres|principals|plants|companies|subsidiaries|departments|teams|units|branches|everyone|everybody|colleagues|workers|guests|speakers|experts|officers|engineers)\b/i;
const PRONOUN_EN = /^(?:he|she|they|we|i|it|his|her|their|its|this|that|who)$/i;
const NON_PERSON_EN = /^(?:the|a|an|this|that|its|our)\s+(?:meeting|conference|session|congress|plenary|report|speech|company|group|party committee|study group|event|forum|gathering)\b/i;

/** "Vice President Chen Zhiming", "Zhao Guoang, Secretary of …,", "General Manager Lin Wei of CEC" → who. */
export function subjectEn(phrase: string): Subject {
  const s = phrase
    .replace(/,?\s*on behalf of [^,]{1,120}(?:,|$)/gi, ',')
    .replace(/(^|\s)(?:Mr|Ms|Mrs|Miss|Madam|Dr)\.?\s+(?=[A-Z])/g, '$1')
    .replace(/\s+(?:also|then|first|later|next|respectively|in turn|briefly|further|finally|subsequently|afterwards)$/i, '')
    .replace(/\s+(?:also|then|first|later)$/i, '')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  if (!s) return { kind: 'none' };
  if (PRONOUN_EN.test(s) || /^(?:he|she|they)\s+(?:also|then)$/i.test(s)) return { kind: 'pronoun' };
  if (NON_PERSON_EN.test(s)) return { kind: 'none' };
  if (GROUP_EN.test(s)) return { kind: 'group' };
  if (s.length > 240) return { kind: 'none' };
  const comma = s.indexOf(',');
  if (comma > 0) {
    const first = personWithoutComma(s.slice(0, comma).trim());
    const rest = s
      .slice(comma + 1)
      .replace(/^\s*(?:who|which|whose|where)\b.*$/is, '')
      .replace(/,\s*(?:who|which|whose|where)\b.*$/is, '')
      .replace(/[\s,]+$/, '')
      .trim();
    if (first) {
      if (!rest || /^(?:and|while|then)\b/i.test(rest) || /\b(?:presided|attended|chaired)\b/i.test(rest)) return { kind: 'person', people: [first] };
      return { kind: 'person', people: [{ name: first.name, position: [first.position, rest].filter(Boolean).join(', ') }] };
    }
    return { kind: 'none' };
  }
  const person = personWithoutComma(s);
  if (person) return { kind: 'person', people: [person] };
  // A unit that spoke ("The Suzhou Plant made an exchange speech titled …").
  const org = /^(?:[Tt]he\s+)?((?:[A-Z][\w&'’-]*\s+){1,6}(?:Plant|Company|Branch|Subsidiary|Center|Centre|Department|Factory|Institute|Office|Division|Team|Workshop|Group|Mine|Station|Hospital))$/.exec(s);
  return org ? { kind: 'org', name: org[1] } : { kind: 'none' };
}

function personWithoutComma(s: string): Person | null {
  const tokens = s.split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 24) return null;
  const k = trailingName(tokens);
  if (k) return { name: tokens.slice(-k).join(' '), position: tokens.slice(0, -k).join(' ') };
  // "General Manager Lin Wei of CEC", "Zhang Qian of the Nantong Plant".
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i] !== 'of') continue;
    const head = tokens.slice(0, i);
    const kk = trailingName(head);
    if (!kk) continue;
    const before = head.slice(0, -kk).join(' ');
    const org = tokens.slice(i + 1).join(' ');
    return { name: head.slice(-kk).join(' '), position: before ? `${before} of ${org}` : org.replace(/^the\s+/i, '') };
  }
  // "The Vice President" (a speech whose speaker is unnamed, as the body generator writes it).
  if (/^The\s+/.test(s) && tokens.length <= 8 && tokens.slice(1).every((t) => /^[A-Z]/.test(t) || /^(?:of|and|the)$/.test(t))) {
    if (tokens.slice(1).some((t) => POSITION_WORDS.has(t.toLowerCase()))) return { name: '', position: tokens.slice(1).join(' ') };
  }
  return null;
}

/** What opens a sentence before its subject ("At the meeting, ", "Then, "). */
export const INTRO_EN = /^(?:(?:at|during|in|then|next|finally|afterwards|subsequently|later|after that|on behalf of|speaking at|in the (?:morning|afternoon)|meanwhile|first|second|third|lastly)\b[^,]{0,80},\s*)+/i;

/** A clause's subject without the words that open it ("and then", "At the meeting,") or what it did before. */
export function cleanSubjectEn(raw: string): string {
  let s = raw.replace(/^[\s,;:]+/, '');
  for (let i = 0; i < 3; i++) s = s.replace(/^(?:and|while|whereas|then|after that|afterwards|also|meanwhile)\b[\s,]*/i, '').replace(INTRO_EN, '');
  return s
    .replace(/\b(?:presided over|chaired|hosted|attended|opened)\s+(?:the|this)\s+(?:meeting|conference|session|congress|event)\s*,?\s+and(?:\s+then)?\s*$/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

/** The person a sentence starts with ("Senior engineer Hou Xuemei, who …, took …"), if any. */
export function leadingPersonEn(sentence: string): Person | null {
  const s = sentence.replace(INTRO_EN, '');
  const m = /^((?:[A-Z][\w'’-]*|of|the|and|senior|deputy|vice|chief|executive|general|managing|assistant|engineer|member|director|head|secretary|manager|president|chairman|officer)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|senior|deputy|vice|chief|executive|general|managing|assistant|engineer|member|director|head|secretary|manager|president|chairman|officer))*)(?=[\s,])/.exec(s.slice(0, 160));
  if (!m) return null;
  const subject = subjectEn(m[1]);
  return subject.kind === 'person' && subject.people[0].name ? subject.people[0] : null;
}

/** Who presided, as a sentence says it ("presided over by …", "… chaired the meeting"). */
export function presiderEn(sentence: string): Person | null {
  const s = sentence.slice(0, SCAN);
  const passive = /\b(?:presided over|chaired|hosted|moderated)\s+by\s+/i.exec(s);
  if (passive) {
    const rest = s.slice((passive.index ?? 0) + passive[0].length);
    const stop = rest.search(/,?\s+and\s+(?:was\s+)?attended\s+by\b|,\s+attended\s+by\b|,\s+with\b|[.;](?:\s|$)/i);
    const subject = subjectEn(rest.slice(0, stop < 0 ? rest.length : stop).replace(/[.,]$/, ''));
    return subject.kind === 'person' ? subject.people[0] : null;
  }
  const active = /\b(?:presided over|chaired|hosted|moderated)\s+(?:the|this)\s+(?:meeting|conference|session|congress|event|forum)\b/i.exec(s);
  if (active) {
    const subject = subjectEn(cleanSubjectEn(s.slice(0, active.index)));
    return subject.kind === 'person' ? subject.people[0] : null;
  }
  return null;
}

/** Who attended, as a sentence says it ("attended by …", "… attended the meeting"), as free text. */
export function attendeesEn(sentence: string): string {
  const s = sentence.slice(0, SCAN);
  const by = /\battended\s+by\s+/i.exec(s);
  if (by) {
    const rest = s.slice((by.index ?? 0) + by[0].length);
    const end = rest.search(/\.(\s|$)/);
    return (end >= 0 ? rest.slice(0, end) : rest).trim();
  }
  const active = /\s+attended\s+(?:the|this)\s+(?:meeting|conference|session|congress|event)\b/i.exec(s);
  if (active) {
    const who = cleanSubjectEn(s.slice(0, active.index));
    if (who && subjectEn(who).kind !== 'person' && !/^(?:he|she|they|it)$/i.test(who)) return who;
  }
  return '';
}
