/** Structured data of a meeting report, stored as JSON on each revision. */
export const MEETING_KINDS = [
  'annual_work',
  'mid_year_work',
  'quarterly_analysis',
  'party_committee',
  'board',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export type MeetingSpeech = {
  speaker: string;
  position: string;
  title: string;
  summary: string;
  /** Numbered key tasks, without their numerals ("To optimize market layout"). */
  keyTasks: string[];
};

export type MeetingData = {
  name: string;
  kind: MeetingKind;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  location: string;
  presider: { name: string; position: string };
  /** Groups that attended, as free text. */
  attendees: string;
  speeches: MeetingSpeech[];
  closingRemarks: string;
  quotes: string[];
};
