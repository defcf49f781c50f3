import type { Anchor } from './common';

// Where a Chinese sentence introduces a speech ("作题为《……》的报告", "以《……》为题讲授党课",
// "听取了……所作的报告"), and the speech's title or topic.

// Chinese speech forms. Each captures (title or topic, descriptor, speech noun); `keys` are
// words without which it cannot match, to skip it quickly. The title is the captured one, or
// one that a bracketed title must end in a speech noun to be ("作《关于……的报告》"), or the
// descriptor with its noun ("作2024年度财务决算报告", none for "作总结讲话"), or, for "听取了X所作的
// ……报告", the speaker is inside. Weak forms introduce a speech only for someone not yet known.
const NOT_ZUO = '(?<![工合协创制写运动操著杰佳习劳耕振炒当看造所])';
const ZH_NOUN = '报告|讲话|发言|致辞|讲座|党课|辅导|说明|演讲|动员';
const OPEN = '[《“"「]';
const CLOSE = '[》”"」]';
type ZhForm = { keys: string[]; re: RegExp; title: 'captured' | 'bracketed' | 'described' | 'heard'; weak?: boolean };
const zhForm = (keys: string[], source: string, title: ZhForm['title'], weak = false): ZhForm => ({ keys, re: new RegExp(source, 'g'), title, weak });
const ZH_FORMS: ZhForm[] = [
  zhForm(['题为'], `${NOT_ZUO}作(?:了)?(?:一个|一场|一次)?题为${OPEN}([^》”"」]{1,300})${CLOSE}的([^，。；]{0,12}?)(${ZH_NOUN})`, 'captured'),
  zhForm(['为题'], `以${OPEN}([^》”"」]{1,300})${CLOSE}为题(?:[，,]?(?:作|讲授|进行)(?:了)?([^，。；]{0,12}?)(${ZH_NOUN}))?`, 'captured'),
  zhForm(['围绕'], `围绕${OPEN}([^》”"」]{1,300})${CLOSE}(?:${NOT_ZUO}作|进行)(?:了)?([^，。；]{0,12}?)(${ZH_NOUN})`, 'captured'),
  zhForm(['围绕'], `围绕([^，。；]{2,60}?)(?:作|进行)(?:了)?((?:工作|[^，。；作]){0,12}?)(${ZH_NOUN})`, 'captured'),
  zhForm(['就'], `就([^，。；]{2,80}?)(?:${NOT_ZUO}作|进行|谈)(?:了)?((?:工作|[^，。；作]){0,12}?)(${ZH_NOUN}|解读|讲解|宣讲|体会|认识|看法|意见|想法)`, 'captured'),
  zhForm(['进行'], `对([^，。；]{2,80}?)进行(?:了)?(?:专题)?()(解读|讲解|说明|辅导|宣讲)`, 'captured'),
  zhForm(['作'], `${NOT_ZUO}作(?:了)?${OPEN}([^》”"」]{1,300})${CLOSE}(?:的)?([^，。；]{0,12}?)(${ZH_NOUN})?`, 'bracketed'),
  zhForm(['作'], `()${NOT_ZUO}作(?:了)?(?!出|为|用|风|品|业|者|战|息|证|废)([^，。；《“"]{0,30}?)(${ZH_NOUN})`, 'described'),
  zhForm(['发表'], `()发表(?:了)?([^，。；]{0,10}?)(讲话|致辞|演讲|发言)`, 'described'),
  zhForm(['致'], `()致()(开幕词|闭幕词|欢迎词|欢迎辞|贺词|贺辞|辞)`, 'described'),
  zhForm(['并'], `()并(?:作|发表)?(?:了)?([^，。；]{0,8}?)(讲话|致辞)`, 'described'),
  zhForm(['传达'], `传达(?:学习)?(?:了)?([^，。；]{2,120})()()`, 'captured'),
  zhForm(['通报'], `通报(?:了)?([^，。；]{2,120})()()`, 'captured'),
  zhForm(['党课'], `()(?:讲授|讲)(?:了)?([^，。；]{0,40}?)(党课)`, 'described'),
  zhForm(['听取', '聆听'], `(?:听取|聆听)(?:了)?([^，。；]{2,60}?)(?:所作|作)?的([^，。；]{0,40}?)(${ZH_NOUN}|汇报)`, 'heard'),
  zhForm(['汇报'], `汇报(?:了)?([^，。；]{2,120})()()`, 'captured'),
  zhForm(['介绍', '分享'], `(?:介绍|分享)(?:了)?([^，。；]{2,120})()()`, 'captured', true),
  zhForm(['谈', '交流'], `()(?:谈|交流)(?:了)?([^，。；]{0,12}?)(体会|认识|看法|感受|心得)`, 'described'),
];
/** A sentence without any of these has no speech form in it. */
const ZH_TRIGGER = /作|以|围绕|就|对|发表|致|并|传达|通报|讲|听取|聆听|汇报|介绍|分享|谈|交流/;
const GENERIC_ZH = /^(?:了|一个|一次|一场|重要|总结|主题|专题|工作|交流|书面|简短|动员|大会|会议|开幕|闭幕|典型|表态|辅导|部署|讲评|点评|情况|的)*$/;

const ENDS_WITH_NOUN = new RegExp(`(?:${ZH_NOUN})$`);
/** "《稳中求进》" → "稳中求进"; a topic with a title inside it ("新修订的《……》") stays whole. */
export const unwrap = (s: string) => (/^[《“"「][^《》“”"「」]*[》”"」]$/.test(s) ? s.slice(1, -1).trim() : s);

export function anchorsZh(s: string): Anchor[] {
  if (!ZH_TRIGGER.test(s)) return [];
  // Every form's matches, earliest first (the earlier form first at the same place), without overlaps.
  const matches: { m: RegExpExecArray; form: ZhForm; order: number }[] = [];
  ZH_FORMS.forEach((form, order) => {
    if (form.keys.some((key) => s.includes(key))) for (const m of s.matchAll(form.re)) matches.push({ m, form, order });
  });
  matches.sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0) || a.order - b.order);
  const out: Anchor[] = [];
  let after = 0;
  for (const { m, form } of matches) {
    const start = m.index ?? 0;
    if (start < after) continue;
    const captured = unwrap((m[1] ?? '').trim());
    const descriptor = (m[2] ?? '').trim();
    const noun = m[3] ?? '';
    if (form.title === 'bracketed' && !noun && !ENDS_WITH_NOUN.test(captured)) continue;
    // "讲授了题为《…》的专题党课" is titled inside its descriptor.
    const inner = /[《“"「]([^》”"」]{1,300})[》”"」]/.exec(descriptor)?.[1];
    const described = inner ?? (GENERIC_ZH.test(descriptor) ? '' : `${descriptor.replace(/^了/, '')}${noun}`);
    const title = form.title === 'described' || form.title === 'heard' ? described : captured;
    out.push({ start, end: start + m[0].length, subject: form.title === 'heard' ? captured : null, title, plural: false, weak: !!form.weak });
    after = start + m[0].length;
  }
  return out;
}
