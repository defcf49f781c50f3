// What every part of the reader shares: the two languages, how far into a paragraph it
// looks, the text helpers, and the words for who spoke and where a speech is introduced.

export type Language = 'en' | 'zh';

/** Only the start of a paragraph is searched for speeches, presiders and attendees. */
export const SCAN = 2_000;

export const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max).trim() : s);
/** Without the punctuation that numbering adds again (";", "。", ":" and the like at the end). */
export const bare = (s: string) => s.trim().replace(/[\s;；。.,，:：]+$/u, '');

export type Person = { name: string; position: string };
/** Who the subject of a sentence is. */
export type Subject = { kind: 'person'; people: Person[] } | { kind: 'org'; name: string } | { kind: 'pronoun' | 'group' | 'none' };

/** Where a sentence introduces a speech. */
export type Anchor = {
  /** Where the verb phrase starts and where the speech's head (verb, title or topic) ends, in the sentence. */
  start: number;
  end: number;
  /** Where the subject is to be found: the text before `start`, or an explicit one (passive forms). */
  subject: string | null;
  title: string;
  /** The speech noun was plural ("delivered thematic speeches"): a group spoke. */
  plural: boolean;
  /** Verbs that introduce a speech only for someone not yet known as a speaker ("introduced", "介绍了"). */
  weak: boolean;
};
