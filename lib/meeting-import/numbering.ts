import { fromChineseNumeral, fromRoman, MEETING_LIMITS } from '../meeting';
import { bare, clip } from './common';

// Numbered lists: "I. To optimize …;", "1.", "(1)", "一、……；", "（一）", "一是……".

export type NumberStyle = 'roman' | 'arabic' | 'arabic-paren' | 'cn' | 'cn-paren' | 'cn-shi';
export type Numbered = { n: number; text: string; style: NumberStyle };

const taskText = (s: string) => clip(bare(s), MEETING_LIMITS.keyTask);

const romanSeen = new Map<string, number | null>();
/** fromRoman, remembered: a pasted list repeats the same few numerals. */
function roman(value: string): number | null {
  let n = romanSeen.get(value);
  if (n === undefined) {
    n = fromRoman(value);
    if (romanSeen.size < 1_000) romanSeen.set(value, n);
  }
  return n;
}

/** "III. To improve …;" → {3, "To improve …", roman}; "（二）……" → {2, "……", cn-paren}; otherwise null. */
export function numbered(p: string): Numbered | null {
  if (!/^[IVXLCDM一二三四五六七八九十(（\d]/.test(p)) return null;
  const head = p.slice(0, 24);
  let m = /^([IVXLCDM]{1,8})\s*[.．、)]\s*/.exec(head);
  if (m) {
    const n = roman(m[1]);
    if (n !== null) return { n, text: taskText(p.slice(m[0].length)), style: 'roman' };
  }
  const cn = (value: string, length: number, style: NumberStyle): Numbered | null => {
    const n = fromChineseNumeral(value);
    return n === null ? null : { n, text: taskText(p.slice(length)), style };
  };
  m = /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn-paren');
  m = /^([一二三四五六七八九十]{1,3})\s*[、．.]\s*/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn');
  m = /^([一二三四五六七八九十]{1,3})[)）]\s*/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn-paren');
  m = /^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff])/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn-shi');
  m = /^[(（](\d{1,2})[)）]\s*/.exec(head);
  if (m) return { n: Number(m[1]), text: taskText(p.slice(m[0].length)), style: 'arabic-paren' };
  m = /^(\d{1,2})\s*[.．、](?!\d)\s*/.exec(head);
  if (m) return { n: Number(m[1]), text: taskText(p.slice(m[0].length)), style: 'arabic' };
  return null;
}
