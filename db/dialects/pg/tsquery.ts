import type { ParsedQuery } from '@/lib/search/query';

// The tsquery syntax of a parsed query (lib/search/query.ts): written from our own tokens
// only, each one quoted, so nothing the reader typed reaches the syntax.

const quoteTs = (token: string) => `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * The PostgreSQL tsquery text of a parsed query (cast with ::tsquery, so lexemes are taken
 * as they are), and the token sequences that must appear in order: PostgreSQL keeps
 * positions only up to 16,383 per document, so phrases are checked on the stored tokens.
 */
export function toTsQuery(query: ParsedQuery): { tsquery: string; phrases: string[] } | null {
  if (!query.terms.length) return null;
  const phrases: string[] = [];
  const parts = query.terms.map((t) => {
    if (t.kind === 'phrase') {
      if (t.tokens.length > 1) phrases.push(` ${t.tokens.join(' ')} `);
      const all = t.tokens.map(quoteTs).join(' & ');
      return t.word ? `((${all}) | ${quoteTs(t.word)}:D)` : `(${all})`;
    }
    return `(${[quoteTs(t.exact), ...t.prefixes.map((p) => `${quoteTs(p)}:*`)].join(' | ')})`;
  });
  return { tsquery: parts.join(' & '), phrases };
}
