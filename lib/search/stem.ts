// A light English stemmer: enough that the usual forms of a word meet (optimize,
// optimizes, optimized, optimizing, optimization), and conservative enough that short
// words and names are left alone. The same function runs when indexing and when querying,
// so what matters is that word forms meet, not that the stem is a dictionary word.

const VOWEL = /[aeiouy]/;

function strip(word: string, suffix: string, minStem = 3): string | null {
  if (!word.endsWith(suffix)) return null;
  const stem = word.slice(0, -suffix.length);
  return stem.length >= minStem && VOWEL.test(stem) ? stem : null;
}

/** The stem of a lowercase word; words that are not plain a-z are returned unchanged. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  // Plurals and third person.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  // Derivations that map onto the verb.
  if (w.endsWith('ization')) w = `${w.slice(0, -7)}ize`;
  else if (w.endsWith('isation')) w = `${w.slice(0, -7)}ise`;
  else if (w.endsWith('ation') && w.length > 7) w = `${w.slice(0, -5)}ate`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed') && w.length > 5 && !w.endsWith('ceed')) w = w.slice(0, -1);
  else {
    const s = strip(w, 'ing') ?? strip(w, 'ed') ?? strip(w, 'ly', 4);
    if (s !== null) {
      w = s;
      // planning -> plan, stopped -> stop (but keep "all", "miss", "buzz")
      if (/([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
    }
  }
  // optimize / optimiz(ing): drop a final silent e so both meet.
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y') && !VOWEL.test(w.at(-2) ?? '')) w = `${w.slice(0, -1)}i`;
  return w;
}
