import type { Language } from './common';

// The sentences of a paragraph, in English and in Chinese, as spans of it.

export type Span = { start: number; end: number };

const EN_ABBREVIATION = /(?:^|[\s(])(?:Mr|Ms|Mrs|Dr|Prof|No|St|Co|Ltd|Inc|Corp|Jr|Sr|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])$/;

/** The sentences of a paragraph, as spans without surrounding spaces. */
export function sentenceSpans(p: string, language: Language): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(p[a])) a++;
    while (b > a && /\s/.test(p[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    start = end;
  };
  const re = language === 'zh' ? /[。！？!?]+[”’」』）)"]*|\.(?=\s+[“"A-Z])/g : /[.!?。！？]+["”’)]*(?=\s|$)/g;
  for (const m of p.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (language === 'en' || m[0] === '.') {
      if (m[0].startsWith('.') && EN_ABBREVIATION.test(p.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue;
      const next = p.slice(end, end + 3).trimStart();
      if (next && !/^[“"‘'(A-Z0-9\u4e00-\u9fff]/.test(next)) continue;
    }
    push(end);
  }
  push(p.length);
  return out;
}
