import { bare } from '../meeting-import/common';
import { textOf, type Block } from './blocks';

// How alike the existing body's text and the data are.

/** Text compared for sameness: spaces and the final punctuation do not count. */
export const same = (a: string, b: string) => bare(a).replace(/\s+/g, ' ') === bare(b).replace(/\s+/g, ' ');

/** Dice similarity of two texts over their character pairs, 0 to 1. */
export function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const t = s.toLowerCase().replace(/\s+/g, ' ');
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < t.length && i < 4_000; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const x = pairs(a);
  const y = pairs(b);
  let common = 0;
  let total = 0;
  for (const [k, n] of x) {
    common += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * common) / total : 0;
}

/** Whether every word of a passage (every character, in Chinese) is still in its replacement. */
export function wordsKept(passage: string, replacementHtml: string, zh: boolean): boolean {
  if (passage.length > 20_000) return false;
  const replacement = textOf(replacementHtml).text;
  const units = (s: string) => (zh ? [...s.replace(/[\s\p{P}]/gu, '')] : s.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean));
  const left = new Map<string, number>();
  for (const u of units(replacement)) left.set(u, (left.get(u) ?? 0) + 1);
  return units(passage).every((u) => {
    const n = left.get(u) ?? 0;
    left.set(u, n - 1);
    return n > 0;
  });
}

/** A list block whose items are mostly these tasks (a body whose editor made them a bulleted or numbered list). */
export function listBlockFor(blocks: Block[], tasks: string[]): number {
  return blocks.findIndex((b) => b.kind === 'list' && tasks.filter((t) => b.items.some((item) => same(item, t))).length * 2 >= tasks.length);
}

