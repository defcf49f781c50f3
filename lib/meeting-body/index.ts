// Writes the body of a meeting report from its data, in the way the published reports read:
// an opening paragraph (when, where, who presided, who attended), a paragraph per speech
// followed by its numbered key tasks ("I. To optimize market layout;" / "一、优化市场布局；"),
// the closing remarks and the quotes. Pure and safe: every value is escaped.
//
// mergeMeetingBody does the same over a body that already exists: it reads the body with the
// importer's analysis, rewrites only the sentences and paragraphs that say something the data
// now says differently, adds what the body lacks, and keeps everything else in its place:
// narrative paragraphs, a speech the data no longer lists, images and tables. It returns what
// it would remove, so the editor sees it before anything is replaced.
//
// The modules: generate (the pieces of a body, and a new body), blocks (an existing body read
// block by block, its text mapped back to its HTML), compare (how alike texts are), merge.

export { generateMeetingBody } from './generate';
export { mergeMeetingBody, type GeneratedBody } from './merge';
