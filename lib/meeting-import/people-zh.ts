import { SCAN, type Person, type Subject } from './common';

// People in Chinese: who a subject names ("集团党委书记、董事长赵国昂", "院长牛志刚、总经理鲁卫东"),
// who presided and who attended.

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|令狐|夏侯|端木|南宫|西门|独孤|呼延|澹台|万俟|闻人)/;
const startsWithSurname = (s: string) => COMPOUND_SURNAME.test(s) || SURNAMES.includes(s.charAt(0));
const ZH_POSITION =
  /(?:书记|董事长|总经理|经理|主任|主席|总裁|总监|部长|处长|科长|厂长|院长|局长|所长|组长|队长|站长|行长|校长|负责人|总工程师|工程师|总会计师|会计师|总经济师|经济师|总法律顾问|顾问|委员|秘书长|董事|监事|专员|首席[\u4e00-\u9fff]{1,5}?官|总师|主管|班长|教授|研究员|院士|主任医师|代表)/g;
const ZH_ORG_END = /(?:公司|集团|工厂|分厂|中心|部|院|厂|处|局|站|队|事业部|单位|班子|支部|委员会|党委|纪委|工会|学校|银行|医院|协会)$/;
const ZH_GROUP =
  /^(?:各|全体|与会|大家|会议|大会|本次会议|参会|各位|部分|有关|相关|多家|几家|其他|其余|\d+家|\d+名|\d+位|[一二两三四五六七八九十几]+[家名位个])|(?:负责人|代表们|同志们|干部职工|职工代表|员工代表|人员|们)$/;
const isZhName = (s: string) => /^[\u4e00-\u9fff]{2,4}$/.test(s) && !ZH_ORG_END.test(s) && !/[、，]/.test(s);

/** "集团党委书记、董事长赵国昂" → 赵国昂, 集团党委书记、董事长; helped by names seen before. */
function zhPerson(part: string, known: readonly string[]): Person | null {
  const s = part.replace(/同志$/, '').trim();
  if (!s) return null;
  for (const name of known) if (name && s.endsWith(name) && name.length >= 2) return { name, position: s.slice(0, -name.length) };
  let end = -1;
  for (const m of s.matchAll(ZH_POSITION)) end = (m.index ?? 0) + m[0].length;
  if (end >= 0) {
    const tail = s.slice(end);
    if (!tail) return { name: '', position: s };
    return isZhName(tail) ? { name: tail, position: s.slice(0, end) } : null;
  }
  if (isZhName(s) && startsWithSurname(s) && s.length <= 4) return { name: s, position: '' };
  return null;
}

/** The people of a Chinese subject: one, or several joined by "、" ("院长牛志刚、总经理鲁卫东"). */
export function subjectZh(phrase: string, known: readonly string[]): Subject {
  const s = phrase.trim();
  if (!s) return { kind: 'none' };
  if (/^(?:他|她|其|他们|她们|报告|讲话|会议|大会)$/.test(s)) return { kind: 'pronoun' };
  if (s.length > 80 || /[，。；：]/.test(s)) return { kind: 'none' };
  if (ZH_GROUP.test(s)) return { kind: 'group' };
  const parts = s.split('、');
  const people: Person[] = [];
  let pending = '';
  for (const raw of parts) {
    const part = `${pending}${pending ? '、' : ''}${raw}`;
    const person = zhPerson(raw, known);
    if (person && person.name) {
      people.push({ name: person.name, position: `${pending ? `${pending}、` : ''}${person.position}` });
      pending = '';
    } else if (person && !person.name) {
      pending = part;
    } else {
      if (parts.length === 1 && ZH_ORG_END.test(raw) && raw.length <= 30) return { kind: 'org', name: raw };
      return ZH_ORG_END.test(raw) ? { kind: 'group' } : { kind: 'none' };
    }
  }
  // "公司总经理作报告": a speech whose speaker is unnamed, as the body generator writes it.
  if (pending && people.length === 0) return { kind: 'person', people: [{ name: '', position: pending }] };
  return people.length ? { kind: 'person', people } : { kind: 'none' };
}

/** What opens a sentence before its subject ("会上，", "随后"). */
export const INTRO_ZH = /^(?:(?:会上|会议上|会中|大会上|随后|接着|之后|其后|然后|最后|同时|此外|另外|会议期间|上午|下午|当天|首先|其次|再次|紧接着)[，,、]?)+/;

/** A clause's subject without the words that open it ("随后", "会上") or what it did besides. */
export function cleanSubjectZh(raw: string): string {
  let s = raw.replace(/^[\s，,；;、：:]+/, '');
  for (let i = 0; i < 3; i++) s = s.replace(/^(?:并且|并|同时|随后|还|也)/, '').replace(INTRO_ZH, '').replace(/^[\s，,；;、：:]+/, '');
  // "陈荣荣代表经营班子", "葛文静结合分管工作", "牛志刚、鲁卫东分别", "袁志明出席会议": who, without what they did.
  s = s.replace(/(?:出席|主持|参加)(?:了)?(?:本次)?(?:会议|大会|会)?$/, '');
  for (let i = 0; i < 3; i++) {
    s = s.replace(/(?:代表[^，。；]{0,24}?(?:班子|党委|党组|公司|集团|单位|团队|部门|委员会|工会|董事会|经营层|管理层|组织|全体[^，。；]{0,10})|结合[^，。；]{1,30}|在会上|在大会上|在会议上|分别|先后|依次|首先|最后|也|还|又|同志|在讲话中|在报告中)$/, '');
  }
  return s.trim();
}

const ZH_FOLLOW = /结合|围绕|就|对|在|为|以|作|发表|通报|介绍|传达|讲授|讲|上了|指出|强调|表示|要求|说|，|、|代表|主持|出席|参加|向|带领|从|也|还|分别|首先|进行|宣读|解读|汇报|与|和|勉励|希望|引用|总结|签订|同志/g;

/** The person a sentence starts with ("葛文静结合分管工作……"), if any. */
export function leadingPersonZh(sentence: string, known: string[]): Person | null {
  const s = sentence.replace(INTRO_ZH, '').slice(0, 48);
  for (const m of s.matchAll(ZH_FOLLOW)) {
    const at = m.index ?? 0;
    if (at < 2) continue;
    const subject = subjectZh(s.slice(0, at), known);
    if (subject.kind === 'person' && subject.people.length === 1 && subject.people[0].name) return subject.people[0];
    if (subject.kind === 'group') return null;
  }
  return null;
}

/** Who presided, as a sentence says it ("会议由……主持", "……主持会议"). */
export function presiderZh(sentence: string, known: string[]): Person | null {
  const s = sentence.slice(0, SCAN);
  const passive = /(?:会议|大会|会|本次会议)?由([^，。；]{1,60}?)(?:主持|主持召开)/.exec(s);
  const raw = passive ? passive[1] : /(?:^|[，,])([^，。；,]{2,60}?)主持(?:了)?(?:会议|大会|本次会议|会)(?!议程)/.exec(s)?.[1];
  if (!raw) return null;
  const subject = subjectZh(cleanSubjectZh(raw), known);
  return subject.kind === 'person' ? subject.people[0] : null;
}

/** Who attended, as a sentence says it ("……参加会议"), as free text. */
export function attendeesZh(sentence: string, known: string[]): string {
  const s = sentence.slice(0, SCAN);
  const after = /主持[，,]([^。]{1,600}?)(?:参加|出席)(?:了)?(?:本次)?(?:会议|大会)/.exec(s);
  if (after) return after[1].trim();
  for (const m of s.matchAll(/(?:^|[。，,])([^。，,]{2,600}?)(?:参加|出席)(?:了)?(?:本次)?(?:会议|大会)(?!并)/g)) {
    const who = cleanSubjectZh(m[1]);
    if (!who || subjectZh(who, known).kind === 'person') continue;
    // "集团领导班子成员，总部各部门负责人，……参加会议": the list may run over commas.
    return listBefore(s, m.index ?? 0, m[0], m[1]);
  }
  return '';
}

/** The attendee list that ends at a match, taken back over commas while the parts before it are groups of people too. */
function listBefore(s: string, index: number, whole: string, last: string): string {
  const lastStart = index + whole.indexOf(last);
  let start = lastStart;
  for (;;) {
    const comma = Math.max(s.lastIndexOf('，', start - 2), s.lastIndexOf(',', start - 2));
    const part = s.slice(comma + 1, start).replace(/[，,]$/, '').replace(INTRO_ZH, '').trim();
    if (!part || /[。；]/.test(part) || /(?:主持|召开|举行|指出|强调|会议|精神|讲话)/.test(part) || !/(?:成员|负责人|代表|人员|书记|领导|干部|职工|同志)$/.test(part)) break;
    start = s.indexOf(part, comma + 1);
    if (comma < 0) break;
  }
  return s.slice(start, lastStart + last.length).trim();
}
