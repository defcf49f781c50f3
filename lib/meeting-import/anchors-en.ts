import type { Anchor } from './common';

// Where an English sentence introduces a speech ("delivered a report titled …", "spoke on …",
// "The meeting heard a report by …"), and the speech's title or topic.

const SMALL_WORDS = /^(?:of|the|and|or|in|on|for|to|a|an|with|at|by|from|towards|toward|into|as|vs|its|our|their|new|&)$/;

/**
 * A title written without quotation marks: the title-case run from `from`, up to the end of
 * the sentence, a ", on …" clause, or a ", and …" that starts a clause of its own.
 */
function unquotedTitle(s: string, from: number): number {
  const re = /([,;]?)\s*([^\s,;]+)/gy;
  re.lastIndex = from;
  let end = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const word = m[2].replace(/["”’)]+$/, '');
    const sentenceEnd = /[.!?]["”’)]*$/.test(m[2]) && !/^(?:[A-Z]|No|St|Co|Ltd|Inc|Jr|Sr|U\.S)\.$/.test(m[2]);
    const bare = word.replace(/[.!?:]+$/, '');
    if (m[1]) {
      // After a comma, the title goes on only with a capital letter, or "and"/"or" and a capital.
      if (!/^[A-Z0-9"“(]/.test(bare) && !/^(?:and|or)$/.test(bare)) return end;
      if (/^(?:and|or)$/.test(bare)) {
        const rest = s.slice(re.lastIndex, re.lastIndex + 200);
        // ", and Deputy General Manager Fang Zhiyuan read out …" is a clause, not the title going on.
        const clause = /^\s*((?:[A-Z][\w'-]*|of|the|and|&)(?:\s+(?:[A-Z][\w'-]*|of|the|and|&))*)\s+([a-z]+)\b/.exec(rest);
        if (!/^\s*[A-Z]/.test(rest) || (clause && !SMALL_WORDS.test(clause[2]))) return end;
      }
    } else if (!/^[A-Z0-9"“(&:–-]/.test(bare) && !SMALL_WORDS.test(bare) && bare !== '') {
      return end;
    }
    end = m.index + m[0].length - (sentenceEnd ? m[2].length - m[2].replace(/[.!?]["”’)]*$/, '').length : 0);
    if (sentenceEnd) return end;
  }
  return end;
}

/** A quoted title at `from` (after spaces): its text and where it ends, or null. */
function quotedAt(s: string, from: number): { title: string; end: number } | null {
  const m = /^\s*[,:]?\s*(["“《「])/.exec(s.slice(from, from + 8));
  if (!m) return null;
  const open = m[1];
  const close = open === '"' ? '"' : open === '“' ? '”' : open === '《' ? '》' : '」';
  const at = from + m[0].length;
  const end = s.indexOf(close, at);
  if (end < 0 || end - at > 300 || end === at) return null;
  return { title: s.slice(at, end).trim(), end: end + 1 };
}

/** A topic after "on", "about", "of": up to the end of its clause. */
function topicEnd(s: string, from: number): number {
  const rest = s.slice(from, from + 400);
  const stop = rest.search(/[.;!?](?:\s|$)|[;；]|,\s+(?:and|while|whereas|which|where|with|as|who|when|before|after|reviewing|focusing|analy[sz]ing|summari[sz]ing|drawing|noting|stressing|pointing|calling|saying|setting|highlighting|making|giving)\b|\s+on behalf of\b|,\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\b)/);
  return from + (stop < 0 ? rest.replace(/[\s.]+$/, '').length : stop);
}

/** What comes after a speech noun or verb: a title, a topic, or nothing; and where the head ends. */
function titleAfterEn(s: string, from: number): { title: string; end: number } {
  const window = s.slice(from, from + 200);
  const quoted = quotedAt(s, from);
  if (quoted) return quoted;
  const titled = /^\s*,?\s*(?:titled|entitled|themed|named|called|under the title|with the (?:theme|title)(?: of)?|on the (?:theme|topic|subject)(?: of)?|around the (?:theme|topic|subject)(?: of)?)\s*[,:]?\s*/i.exec(window);
  if (titled) {
    const at = from + titled[0].length;
    const q = quotedAt(s, at);
    if (q) return q;
    const end = unquotedTitle(s, at);
    if (end > at) return { title: s.slice(at, end).trim(), end };
  }
  // A topic: "on building a lighthouse factory", "via video link on the integration of …".
  const topic = /^((?:\s+(?:via|by|at|to|in|before|through)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)\s+(?:on|about|around|regarding|concerning|of)\s+(?!behalf\b)/i.exec(window);
  if (topic) {
    const at = from + topic[0].length;
    const q = quotedAt(s, at - 1);
    if (q) return q;
    const end = topicEnd(s, at);
    if (end - at >= 3) return { title: s.slice(at, end).trim(), end };
  }
  return { title: '', end: from };
}

const EN_NOUN = 'reports?|speech(?:es)?|address(?:es)?|presentations?|remarks|talks?|briefings?|lectures?|explanations?|statements?|keynotes?|lessons?|analys[ie]s|overviews?|interpretations?';
const EN_ANCHOR = new RegExp(
  String.raw`\b(delivered|gave|made|presented|offered|conducted|taught|read out)\s+((?:(?:a|an|the|his|her|their|its|two|three)\s+)?(?:(?!(?:that|which|who|it|to|and|or|but|clear|sure|up|use|progress|efforts)\b)[\w'’-]+\s+){0,5}?)((?:${EN_NOUN})(?:\s+(?:${EN_NOUN}))?)\b` +
    String.raw`|\b(spoke)\b|\b(addressed)\s+(?:the\s+)?(?:meeting|conference|session|congress|participants|attendees|delegates|gathering|audience)\b` +
    String.raw`|\b(reported)\s+on\b|\b(briefed)\s+(?:the\s+)?(?:meeting|conference|session|participants|attendees|delegates|audience)\s+on\b` +
    String.raw`|\b(conveyed|relayed)\s+(?=the\s+(?:spirit|guiding principles|instructions|requirements))` +
    String.raw`|\b(shared)\s+(?:his|her|their)\s+(?:insights?|experiences?|thoughts|views|practices|reflections)\b` +
    String.raw`|\b(introduced|explained|outlined|described|presented)\s+(?!(?:how|why|what|that|awards?|certificates?|prizes?|plaques?|medals?|flags?)\b)` +
    String.raw`|\b(took the floor)\b` +
    String.raw`|\b(delivered|presented|read out)\s+the\s+(?=(?:\d{4}\s+)?[A-Z])`,
  'gi',
);

export function anchorsEn(s: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of s.matchAll(EN_ANCHOR)) {
    const start = m.index ?? 0;
    if (out.length && start < out[out.length - 1].end) continue;
    const after = start + m[0].length;
    if (m[1]) {
      // delivered / gave / made … a report, a speech …
      const words = m[2].trim();
      const noun = m[3].split(/\s+/).pop() ?? '';
      const plural = !/^(?:his|her)\s/i.test(words) && /^(?:reports|speeches|addresses|presentations|talks|briefings|lectures|explanations|statements|keynotes|lessons|analyses|overviews|interpretations)$/i.test(noun);
      // "delivered the 2023 Safety Production Work Report", "delivered the Report on the Work of 2024 …": the title is the noun phrase.
      const named = /^\s+(?:the|his|her)\s+(?=[A-Z0-9])/.exec(s.slice(start + m[1].length, start + m[1].length + 12));
      if (named && /^[A-Z]/.test(noun)) {
        const at = start + m[1].length + named[0].length;
        const end = unquotedTitle(s, at);
        out.push({ start, end: Math.max(end, after), subject: null, title: s.slice(at, Math.max(end, after)).trim(), plural, weak: false });
        continue;
      }
      const t = titleAfterEn(s, after);
      out.push({ start, end: Math.max(t.end, after), subject: null, title: t.title, plural, weak: false });
      continue;
    }
    if (m[12]) {
      // A document named in title case: "delivered the 2025 Business Plan".
      const end = unquotedTitle(s, after);
      const title = s.slice(after, end).trim();
      const words = title.split(/\s+/);
      if (words.length >= 2 && /^[A-Z0-9]/.test(words[words.length - 1])) out.push({ start, end, subject: null, title, plural: false, weak: false });
      continue;
    }
    const verb = (m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11] ?? '').toLowerCase();
    if (verb === 'conveyed' || verb === 'relayed' || m[10]) {
      // The object is the topic: "conveyed the spirit of …", "introduced the plant's energy management system".
      const q = quotedAt(s, after);
      const end = q ? q.end : topicEnd(s, after);
      if (!q && end - after < 3) continue;
      out.push({ start, end, subject: null, title: q ? q.title : s.slice(after, end).trim(), plural: false, weak: !!m[10] });
      continue;
    }
    if (verb === 'reported' || verb === 'briefed') {
      const q = quotedAt(s, after);
      const end = q ? q.end : topicEnd(s, after);
      out.push({ start, end, subject: null, title: q ? q.title : s.slice(after, end).trim(), plural: false, weak: false });
      continue;
    }
    const t = titleAfterEn(s, after);
    out.push({ start, end: Math.max(t.end, after), subject: null, title: t.title, plural: false, weak: false });
  }
  // "The meeting heard a report by Li Ming on …", "A report titled … was delivered by …".
  const heard = /\b(?:heard|listened to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|speech|briefing|presentation|address)\s+(?:by|from)\s+/i.exec(s.slice(0, 600));
  if (heard && !out.some((a) => a.start <= (heard.index ?? 0) && (heard.index ?? 0) < a.end)) {
    const at = (heard.index ?? 0) + heard[0].length;
    const rest = s.slice(at, at + 240);
    const stop = rest.search(/\s+(?:on|about|titled|entitled)\s|[.;](?:\s|$)/);
    const subjectEnd = at + (stop < 0 ? rest.length : stop);
    const t = titleAfterEn(s, subjectEnd);
    out.push({ start: heard.index ?? 0, end: Math.max(t.end, subjectEnd), subject: s.slice(at, subjectEnd), title: t.title, plural: false, weak: false });
    out.sort((a, b) => a.start - b.start);
  }
  const passive = /^(?:an?\s+(?:[\w-]+\s+){0,3}?(?:report|speech|address|presentation))\s+(?:titled|entitled)\s+/i.exec(s.slice(0, 400));
  if (passive && out.length === 0) {
    const at = passive[0].length;
    const q = quotedAt(s, at);
    const endTitle = q ? q.end : s.search(/\s+was\s+(?:delivered|given|made|presented)\b/);
    if (endTitle > at) {
      const by = /^\s+was\s+(?:delivered|given|made|presented)(?:\s+by\s+([^.]{2,200}?))?(?=[.;]|$)/.exec(s.slice(endTitle));
      if (by) {
        out.push({ start: 0, end: endTitle + by[0].length, subject: by[1] ?? '', title: q ? q.title : s.slice(at, endTitle).trim(), plural: false, weak: false });
      }
    }
  }
  return out;
}
