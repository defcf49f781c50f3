import type { MeetingData } from '@/lib/meeting';

export type SeedUnit = {
  code: string;
  nameEn: string;
  nameZh: string;
  /** Code of the parent unit; the group itself has none. */
  parent?: string;
  kind: 'group' | 'department' | 'company';
};

export type SeedCategory = { slug: string; nameEn: string; nameZh: string };

export type SeedSeries = { slug: string; nameEn: string; nameZh: string; unit: string };

/** Demo authors: keys of the demo users created by the seed. */
export type SeedAuthor = 'editor' | 'editor2' | 'admin';

export type SeedArticle = {
  /** Stable key, unique over the whole seed. */
  key: string;
  lang: 'en' | 'zh';
  /** Key of the same article in the other language, set on one side of the pair. */
  translationOf?: string;
  category: string;
  /** Unit code of the source unit. */
  unit: string;
  /** Free-text source shown instead of the unit name, e.g. "Party Committee Office". */
  sourceText?: string;
  author: SeedAuthor;
  visibility: 'internal' | 'public';
  pinned?: boolean;
  featured?: boolean;
  mustRead?: boolean;
  status: 'published' | 'draft' | 'in_review';
  /** ISO date-time of publication (also used as the creation date of drafts). */
  publishedAt: string;
  title: string;
  summary: string;
  /** HTML using only p, h2, h3, strong, em, ul, ol, li, blockquote. */
  body: string;
  tags: string[];
  meeting?: MeetingData;
  /** Slug of a meeting series. */
  series?: string;
  /** Initial view count. */
  views: number;
};
