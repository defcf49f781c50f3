import type { ParsedQuery } from '@/lib/search/query';

// The FTS5 MATCH syntax of a parsed query (lib/search/query.ts): written from our own
// tokens only, each one quoted, so nothing the reader typed reaches the syntax.

const quoteFts = (token: string) => `"${token.replaceAll('"', '""')}"`;

/**
 * The FTS5 MATCH expression of a parsed query, or null when it has no terms. Text terms
 * match the text columns only; `facets` are groups of filter tokens (any of a group), which
 * match the facets column only.
 */
export function toFts5(
  query: ParsedQuery,
  facets: string[][] = [],
  columns = '{title summary body}',
  withWords = true,
): string | null {
  if (!query.terms.length) return null;
  const text = columns;
  const parts = query.terms.map((t) => {
    if (t.kind === 'phrase') {
      const phrase = `${text} : ${quoteFts(t.tokens.join(' '))}`;
      return t.word && withWords ? `(${phrase} OR words : ${quoteFts(t.word)})` : phrase;
    }
    return `${text} : (${[quoteFts(t.exact), ...t.prefixes.map((p) => `${quoteFts(p)} *`)].join(' OR ')})`;
  });
  for (const group of facets) if (group.length) parts.push(`facets : (${group.map(quoteFts).join(' OR ')})`);
  return parts.join(' AND ');
}

/** FTS5 expressions for the whole-word bonus: one per CJK term, on the words column. */
export function wordBonusFts5(query: ParsedQuery): string[] {
  return query.terms.flatMap((t) => (t.kind === 'phrase' && t.word ? [`words : ${quoteFts(t.word)}`] : []));
}
