// Reads the plain text of a published meeting report, as copied from a news page: a title
// line, a "Browsing volume / Source / Date" line, paragraphs, and numbered lists ("I. To
// optimize …;", "1.", "(1)", "一、……；", "（一）", "一是……"). It fills in what it recognises
// (title, the page's date and view count, a summary, the meeting's date, place, presider and
// attendees, every speech with its speaker, title, summary and key tasks, closing remarks,
// quotes) and keeps every paragraph in the body, so nothing is lost: the editor reviews the
// draft. A paragraph that seems to introduce a speech it could not read is named in
// `unparsed`, so the editor is told rather than misled by a partial result.
//
// The same analysis reads an article body when the body is regenerated from meeting data
// (lib/meeting-body/): it says which sentences and paragraphs carry which data.
//
// Pure, never throws, and linear in the length of the text: each paragraph is examined
// through bounded slices, with patterns that cannot backtrack badly.
//
// The modules, from the whole report down to its words:
//   report      the report as a whole: language, title, meta line, body, outcome
//   analysis    the meeting data of its paragraphs, and where each piece of it is said
//   speeches    the speeches a paragraph introduces, with their summaries
//   anchors-en, anchors-zh   where a sentence introduces a speech, and its title
//   people-en, people-zh     who a subject names; who presided and attended
//   meta-lines  the page's meta line (view count, date, source) and navigation furniture
//   dates, sentences, numbering   days, sentence spans, numbered list items
//   common      what they all share

export { analyseReport, LEAD_IN, type ReportAnalysis, type UnparsedParagraph, type UnparsedReason } from './analysis';
export type { Language, Person } from './common';
export { numbered, type Numbered, type NumberStyle } from './numbering';
export { IMPORT_MAX_CHARS, importMeetingReport, reportLines, type ImportResult } from './report';
export { sentenceSpans, type Span } from './sentences';
export type { SpeechPlace } from './speeches';
