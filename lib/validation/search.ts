import { z } from 'zod';

/** The longest query read from a URL; longer ones are cut (and cut again by the parser). */
export const QUERY_INPUT_MAX = 10_000;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The search page's query string. Every field is optional and a malformed one is dropped,
 * so a hand-edited URL shows results rather than an error.
 */
export const searchParamsSchema = z.object({
  q: z.preprocess(one, z.string().transform((s) => s.slice(0, QUERY_INPUT_MAX))).catch(''),
  category: z.preprocess(one, z.string().regex(/^[a-z0-9-]{1,80}$/).optional()).catch(undefined),
  unit: z.preprocess(one, z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).optional()).catch(undefined),
  year: z.preprocess(one, z.coerce.number().int().min(1970).max(9998).optional()).catch(undefined),
  kind: z.preprocess(one, z.string().regex(/^[a-z0-9_-]{1,40}$/).optional()).catch(undefined),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(1000)).catch(1),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Reads the search page's query string; never throws. */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const parsed = searchParamsSchema.safeParse({ q: '', page: 1, ...raw });
  return parsed.success ? parsed.data : { q: '', page: 1 };
}
