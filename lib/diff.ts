import { diffArrays, diffWordsWithSpace } from 'diff';

// Word-level differences between two revisions, field by field, for the history page and
// the conflict view. Chinese has no spaces, so words come from Intl.Segmenter, which
// jsdiff uses when given one.

export type DiffPart = { value: string; added: boolean; removed: boolean };
export type FieldDiff = { field: string; changed: boolean; parts: DiffPart[] };

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-level diff of two texts. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ value: before, added: false, removed: false }] : [];
  const changes = diffWordsWithSpace(before, after, { intlSegmenter: segmenter });
  return changes.map((c) => ({ value: c.value, added: !!c.added, removed: !!c.removed }));
}

/** Diff of two lists of items (tags, attachments), item by item. */
export function diffList(before: string[], after: string[]): DiffPart[] {
  return diffArrays(before, after).flatMap((c) =>
    c.value.map((value) => ({ value, added: !!c.added, removed: !!c.removed })),
  );
}

/** A text snapshot of a revision: field name to text, or to a list of items. */
export type Snapshot = Record<string, string | string[]>;

/** The differences between two snapshots, in the order of the fields of `after`. */
export function diffSnapshots(before: Snapshot, after: Snapshot): FieldDiff[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields.map((field) => {
    const a = before[field] ?? '';
    const b = after[field] ?? '';
    const parts =
      Array.isArray(a) || Array.isArray(b)
        ? diffList(Array.isArray(a) ? a : a ? [a] : [], Array.isArray(b) ? b : b ? [b] : [])
        : diffText(a, b);
    return { field, changed: parts.some((p) => p.added || p.removed), parts };
  });
}
