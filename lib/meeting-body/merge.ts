import { isIsoDate, type MeetingData, type MeetingSpeech } from '../meeting';
import { analyseReport, LEAD_IN, numbered, type Language } from '../meeting-import';
import { bare, escape } from '../meeting-import/common';
import { blocksOf, sliceHtml } from './blocks';
import { listBlockFor, same, similarity, wordsKept } from './compare';
import { defaultStyle, generateMeetingBody, leadHtml, numeral, presiderHtml, quoteHtml, sentence, speechBlocks, taskHtml, unquoted, whenHtml } from './generate';

// Merging: the body written from the data over a body that already exists.

export type GeneratedBody = {
  /** The new body, as sanitizable HTML. */
  html: string;
  /** Passages of the existing body whose words the new body no longer has, in reading order: show them before replacing. */
  removed: string[];
  /** Blocks of the existing body kept exactly as they were. */
  kept: number;
  /** Blocks of the existing body rewritten, wholly or in part, or taken out. */
  replaced: number;
  /** Blocks written from the data that the existing body did not have. */
  added: number;
};

type Edit = { start: number; end: number; html: string; removed: string };

/**
 * The body written from `meeting` over `existingHtml`: the parts of the existing body that say
 * what the data says are kept as they are, the parts that say it differently are rewritten in
 * place, what the body lacks is added where it belongs, and everything the data does not cover
 * is kept. With an empty body, this is generateMeetingBody.
 */
export function mergeMeetingBody(meeting: MeetingData, language: Language, existingHtml: string): GeneratedBody {
  try {
    return merge(meeting, language, typeof existingHtml === 'string' ? existingHtml : '');
  } catch {
    // Should reading the body fail, fall back to a new body, and say that all of the old one goes.
    const html = generateMeetingBody(meeting, language);
    const old = blocksOf(existingHtml).map((b) => (b.kind === 'list' ? b.items.join('\n') : b.text)).filter(Boolean);
    return { html, removed: old, kept: 0, replaced: old.length, added: html ? html.split('\n').length : 0 };
  }
}

function merge(meeting: MeetingData, language: Language, existingHtml: string): GeneratedBody {
  const blocks = blocksOf(existingHtml);
  if (!blocks.some((b) => b.text.trim() || b.kind === 'other' || b.kind === 'list')) {
    const html = generateMeetingBody(meeting, language);
    return { html, removed: [], kept: 0, replaced: blocks.length, added: html ? html.split('\n').length : 0 };
  }
  const zh = language === 'zh';
  const space = zh ? '' : ' ';
  const end = zh ? '。' : '.';

  // The text blocks are read as the paragraphs of a report.
  const textual = blocks.map((b, i) => (b.kind === 'text' || b.kind === 'quote') && b.text ? i : -1).filter((i) => i >= 0);
  const paragraphs = textual.map((i) => blocks[i].text);
  const blockOf = (paragraph: number) => textual[paragraph];
  const yearHint = isIsoDate(meeting.date) ? Number(meeting.date.slice(0, 4)) : null;
  const found = analyseReport(paragraphs, language, { yearHint });

  const edits = new Map<number, Edit[]>();
  const replacedBlocks = new Map<number, { html: string | null; removed: string }>();
  const inserts = new Map<number, string[]>();
  const prepend: string[] = [];
  const append: string[] = [];
  const edit = (paragraph: number, e: Edit) => {
    const b = blockOf(paragraph);
    edits.set(b, [...(edits.get(b) ?? []), e]);
  };
  const insertAfter = (block: number, html: string[]) => inserts.set(block, [...(inserts.get(block) ?? []), ...html]);

  // The opening: when and where; who presided; who attended.
  const whenNew = whenHtml(meeting, language);
  const when = found.when;
  if (when) {
    const day = when.day;
    const dateChanged = !!meeting.date && isIsoDate(meeting.date) && (!day || Number(meeting.date.slice(5, 7)) !== day.month || Number(meeting.date.slice(8, 10)) !== day.day || (day.year !== null && day.year !== Number(meeting.date.slice(0, 4))));
    const placeChanged = !!meeting.location.trim() && meeting.location.trim() !== when.location;
    if ((dateChanged || placeChanged) && whenNew) {
      edit(when.paragraph, { ...when.span, html: whenNew, removed: paragraphs[when.paragraph].slice(when.span.start, when.span.end) });
    }
  }
  const presiderNow = found.meeting.presider;
  const presiderChanged = !!meeting.presider.name.trim() && (meeting.presider.name.trim() !== presiderNow.name || (meeting.presider.position.trim() !== '' && meeting.presider.position.trim() !== presiderNow.position));
  const attendeesChanged = !!bare(meeting.attendees) && !same(meeting.attendees, found.meeting.attendees);
  const sharedSentence = found.presider && found.attendees && found.presider.paragraph === found.attendees.paragraph && found.presider.span.start === found.attendees.span.start;
  if (found.presider && (presiderChanged || (sharedSentence && attendeesChanged))) {
    const html = presiderHtml(meeting, language, { presider: true, attendees: !!sharedSentence });
    const { paragraph, span } = found.presider;
    edit(paragraph, { ...span, html, removed: paragraphs[paragraph].slice(span.start, span.end) });
  }
  if (found.attendees && attendeesChanged && !sharedSentence) {
    const { paragraph, span } = found.attendees;
    const text = paragraphs[paragraph];
    const label = /^([^:：]{1,20}[:：]\s*)/.exec(text);
    const whole = span.start === 0 && span.end === text.length && label;
    const html = whole ? `${escape(label[1])}${escape(bare(meeting.attendees))}` : presiderHtml(meeting, language, { presider: false, attendees: true });
    edit(paragraph, { ...span, html, removed: text.slice(span.start, span.end) });
  }
  // What the opening lacks is added to it, or written as a new first paragraph.
  const missing: string[] = [];
  if (!when && whenNew) missing.push(whenNew);
  const needPresider = !found.presider && !!meeting.presider.name.trim();
  const needAttendees = !found.attendees && !!bare(meeting.attendees);
  if (needPresider || needAttendees) missing.push(presiderHtml(meeting, language, { presider: needPresider, attendees: needAttendees }));
  if (missing.length) {
    const into = when ? when.paragraph : found.presider?.paragraph ?? found.attendees?.paragraph;
    if (into !== undefined) {
      const text = paragraphs[into];
      edit(into, { start: text.length, end: text.length, html: `${space}${missing.join(space)}`, removed: '' });
    } else {
      prepend.push(`<p>${missing.join(space)}</p>`);
    }
  }

  // Speeches: each one of the data is matched with the one the body has for it.
  const bodySpeeches = found.meeting.speeches.map((s, i) => ({ s, place: found.places[i] }));
  const match = new Array<number>(meeting.speeches.length).fill(-1);
  const taken = new Set<number>();
  const pair = (test: (d: MeetingSpeech, b: MeetingSpeech) => boolean) =>
    meeting.speeches.forEach((d, i) => {
      if (match[i] >= 0) return;
      const j = bodySpeeches.findIndex((b, k) => !taken.has(k) && test(d, b.s));
      if (j >= 0) {
        match[i] = j;
        taken.add(j);
      }
    });
  pair((d, b) => !!d.speaker.trim() && d.speaker.trim() === b.speaker);
  pair((d, b) => !!unquoted(d.title) && same(unquoted(d.title), b.title));
  // A speech whose speaker was corrected: the remaining ones in order, when as many remain.
  const restData = match.map((j, i) => (j < 0 ? i : -1)).filter((i) => i >= 0);
  const restBody = bodySpeeches.map((_, j) => j).filter((j) => !taken.has(j) && bodySpeeches[j].place.head.end > 0);
  if (restData.length === restBody.length) restData.forEach((i, k) => (match[i] = restBody[k]));

  const headsDone = new Set<string>();
  meeting.speeches.forEach((d, i) => {
    const j = match[i];
    if (j < 0) return;
    const { s: b, place } = bodySpeeches[j];
    const p = place.paragraph;
    const text = paragraphs[p];
    const headKey = `${p}:${place.head.start}`;
    const unchanged = (x: MeetingSpeech, y: MeetingSpeech) => x.speaker.trim() === y.speaker && (x.position.trim() === y.position || !x.position.trim()) && same(unquoted(x.title), y.title);
    // A head sentence may introduce several speeches: it is rewritten when any of them changed.
    const sharing = bodySpeeches.map((x, k) => ({ ...x, k })).filter((x) => x.place.paragraph === p && x.place.head.start === place.head.start && x.place.head.end > 0);
    const dataOf = (k: number) => meeting.speeches[match.indexOf(k)];
    // A speech the data dropped does not change the sentence; if it is rewritten, it stays in it.
    const headChanged = sharing.some((x) => !!dataOf(x.k) && !unchanged(dataOf(x.k), x.s));
    const summary = d.summary.trim();
    const summaryChanged = !same(summary, b.summary);
    if (place.head.end > 0 && headChanged && !headsDone.has(headKey)) {
      headsDone.add(headKey);
      // The summary is written again with the lead when it was part of the same sentence.
      const joined = place.summary && place.summary.start < place.head.end;
      const speeches = sharing.map((x) => dataOf(x.k) ?? x.s);
      const leads = speeches.map((x) => leadHtml(x, language)).filter(Boolean);
      const to = joined && place.summary ? Math.max(place.head.end, place.summary.end) : place.head.end;
      const withSummary = joined && summary ? `${space}${escape(sentence(summary, end))}` : '';
      edit(p, { start: place.head.start, end: to, html: `${leads.join(space)}${withSummary}`, removed: text.slice(place.head.start, to) });
      if (!joined && place.summary && summaryChanged) {
        edit(p, { ...place.summary, html: summary ? escape(sentence(summary, end)) : '', removed: text.slice(place.summary.start, place.summary.end) });
      } else if (!joined && !place.summary && summary && sharing.length === 1) {
        edit(p, { start: place.head.end, end: place.head.end, html: `${space}${escape(sentence(summary, end))}`, removed: '' });
      }
    } else if (place.head.end > 0 && !headChanged && summaryChanged) {
      if (place.summary) {
        edit(p, { ...place.summary, html: summary ? escape(sentence(summary, end)) : '', removed: text.slice(place.summary.start, place.summary.end) });
      } else if (summary && !paragraphs.some((x) => x.includes(bare(summary)))) {
        edit(p, { start: place.head.end, end: place.head.end, html: `${space}${escape(sentence(summary, end))}`, removed: '' });
      }
    }

    // Key tasks, in place and in the list's own numbering.
    const tasks = d.keyTasks.map(bare).filter(Boolean);
    const old = place.tasks;
    if (old.length === 0) {
      if (!tasks.length) return;
      // Tasks the editor made into a bulleted or numbered list are updated in that list.
      const list = listBlockFor(blocks, tasks);
      if (list >= 0) {
        const items = blocks[list].items;
        if (items.length !== tasks.length || items.some((item, k) => !same(item, tasks[k]))) {
          const lost = items.filter((item) => !tasks.some((t) => same(item, t)));
          replacedBlocks.set(list, { html: `${blocks[list].open}${tasks.map((t) => `<li><p>${escape(t)}</p></li>`).join('')}${blocks[list].close}`, removed: lost.join('\n') });
        }
        return;
      }
      const html: string[] = [];
      if (!/[:：]$/u.test(text) && !/[:：]$/u.test(summary)) html.push(`<p>${LEAD_IN[language]}</p>`);
      tasks.forEach((t, k) => html.push(`<p>${taskHtml(t, k, tasks.length, defaultStyle(language), language)}</p>`));
      insertAfter(blockOf(p), html);
      return;
    }
    const style = old[0].style;
    const punctuated = old.filter((t) => /[;；.。]$/u.test(paragraphs[t.paragraph])).length * 2 >= old.length;
    tasks.forEach((t, k) => {
      if (k >= old.length) return;
      const html = taskHtml(t, k, tasks.length, style, language, punctuated);
      const current = paragraphs[old[k].paragraph];
      const item = numbered(current);
      const wordsSame = same(old[k].text, t);
      const expected = `${numeral(style, k)}${bare(t)}${punctuated ? (k === tasks.length - 1 ? end : zh ? '；' : ';') : ''}`;
      const inPlace = wordsSame && item?.n === k + 1 && (current.replace(/\s+/g, ' ') === expected.replace(/\s+/g, ' ') || !punctuated || /[;；]$/u.test(current) === /[;；]$/u.test(expected));
      if (inPlace) return;
      replacedBlocks.set(blockOf(old[k].paragraph), { html: `${blocks[blockOf(old[k].paragraph)].open || '<p>'}${html}${blocks[blockOf(old[k].paragraph)].close || '</p>'}`, removed: wordsSame ? '' : current });
    });
    // Tasks the data no longer has are taken out; new ones follow the last one (and its sub-items).
    for (let k = tasks.length; k < old.length; k++) replacedBlocks.set(blockOf(old[k].paragraph), { html: null, removed: paragraphs[old[k].paragraph] });
    if (tasks.length === 0) {
      const lead = found.leadIns.find((l) => l === old[0].paragraph - 1);
      if (lead !== undefined) replacedBlocks.set(blockOf(lead), { html: null, removed: '' });
    }
    if (tasks.length > old.length) {
      let after = blockOf(old[old.length - 1].paragraph);
      while (after + 1 < blocks.length && blocks[after + 1].kind === 'text' && numbered(blocks[after + 1].text) && numbered(blocks[after + 1].text)?.style !== style) after++;
      insertAfter(
        after,
        tasks.slice(old.length).map((t, k) => `<p>${taskHtml(t, old.length + k, tasks.length, style, language, punctuated)}</p>`),
      );
    }
  });

  // Speeches the body does not have yet, after the one before them.
  meeting.speeches.forEach((d, i) => {
    if (match[i] >= 0) return;
    const html = speechBlocks(d, language);
    if (!html.length) return;
    const before = match.slice(0, i).filter((j) => j >= 0).pop();
    const next = match.slice(i + 1).find((j) => j >= 0);
    if (next !== undefined && bodySpeeches[next].place.head.end > 0 && (before === undefined || bodySpeeches[next].place.paragraph !== bodySpeeches[before].place.paragraph)) {
      const at = blockOf(bodySpeeches[next].place.paragraph) - 1;
      if (at < 0) prepend.push(...html);
      else insertAfter(at, html);
    } else if (before !== undefined) {
      const place = bodySpeeches[before].place;
      const last = Math.max(place.paragraph, ...place.tasks.map((t) => t.paragraph));
      insertAfter(blockOf(last), html);
    } else if (found.closing !== null) {
      insertAfter(blockOf(found.closing) - 1, html);
    } else {
      append.push(...html);
    }
  });

  // Closing remarks: the paragraph that says them, or the one most like them.
  const closing = meeting.closingRemarks.trim();
  if (closing) {
    const exact = paragraphs.findIndex((p) => same(p, closing));
    if (exact < 0) {
      const covered = new Set<number>([...found.places.flatMap((pl) => [pl.paragraph, ...pl.tasks.map((t) => t.paragraph)])]);
      let at = found.closing ?? -1;
      if (at < 0) {
        // Closing remarks close the body: only its last paragraphs are compared.
        let best = 0;
        paragraphs.forEach((p, k) => {
          const score = covered.has(k) || k === found.opening || k < paragraphs.length - 12 ? 0 : similarity(p, closing);
          if (score > best && score >= 0.6) {
            best = score;
            at = k;
          }
        });
      }
      const html = escape(sentence(closing, end));
      if (at >= 0) replacedBlocks.set(blockOf(at), { html: `${blocks[blockOf(at)].open || '<p>'}${html}${blocks[blockOf(at)].close || '</p>'}`, removed: paragraphs[at] });
      else append.push(`<p>${html}</p>`);
    }
  }

  // Quotes the body does not already quote.
  const allText = paragraphs.join('\n');
  for (const q of meeting.quotes) {
    const quote = unquoted(q);
    if (quote && !allText.includes(bare(quote))) append.push(quoteHtml(q));
  }

  // The new body, block by block.
  const out: string[] = [...prepend];
  const removed: string[] = [];
  let kept = 0;
  let replaced = 0;
  let added = prepend.length + append.length;
  blocks.forEach((block, i) => {
    const whole = replacedBlocks.get(i);
    const blockEdits = (edits.get(i) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    if (whole) {
      replaced++;
      if (whole.removed && (whole.html === null || !wordsKept(whole.removed, whole.html, zh))) removed.push(whole.removed);
      if (whole.html !== null) out.push(whole.html);
    } else if (blockEdits.length) {
      let html = '';
      let at = 0;
      for (const e of blockEdits) {
        if (e.start < at) continue;
        html += sliceHtml(block, at, e.start) + e.html;
        at = e.end;
        if (e.removed.trim() && !wordsKept(e.removed, e.html, zh)) removed.push(e.removed.trim());
      }
      html += sliceHtml(block, at, block.text.length);
      html = html.replace(/ {2,}/g, ' ').trim();
      const rebuilt = html ? `${block.open || '<p>'}${html}${block.close || '</p>'}` : '';
      if (rebuilt === block.html) kept++;
      else replaced++;
      if (rebuilt) out.push(rebuilt);
    } else {
      kept++;
      out.push(block.html);
    }
    const more = inserts.get(i) ?? [];
    out.push(...more);
    added += more.length;
  });
  out.push(...append);
  return { html: out.join('\n'), removed, kept, replaced, added };
}
