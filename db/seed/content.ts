/**
 * Demo content for Newsroom: a fictional diversified industrial group,
 * Lanstone Group (蓝石集团), its units, categories, meeting series and news.
 * All names, people, figures and events are invented.
 */
import type { SeedArticle, SeedCategory, SeedSeries, SeedUnit } from './types';

type Meeting = NonNullable<SeedArticle['meeting']>;

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

export const units: SeedUnit[] = [
  { code: 'GROUP', nameEn: 'Lanstone Group', nameZh: '蓝石集团', kind: 'group' },

  // Headquarters departments
  { code: 'HQ-GO', nameEn: 'General Office', nameZh: '集团办公室', parent: 'GROUP', kind: 'department' },
  { code: 'HQ-FIN', nameEn: 'Finance Department', nameZh: '财务管理部', parent: 'GROUP', kind: 'department' },
  { code: 'HQ-HR', nameEn: 'Human Resources Department', nameZh: '人力资源部', parent: 'GROUP', kind: 'department' },
  { code: 'HQ-DIC', nameEn: 'Digital Innovation Center', nameZh: '数字创新中心', parent: 'GROUP', kind: 'department' },
  { code: 'HQ-RD', nameEn: 'Technology R&D Center', nameZh: '技术研发中心', parent: 'GROUP', kind: 'department' },
  { code: 'HQ-EAO', nameEn: 'Employee Affairs Office', nameZh: '员工事务部', parent: 'GROUP', kind: 'department' },
  { code: 'HQ-SQ', nameEn: 'Safety and Quality Department', nameZh: '安全质量部', parent: 'GROUP', kind: 'department' },
  { code: 'HQ-AUD', nameEn: 'Audit and Risk Department', nameZh: '审计与风控部', parent: 'GROUP', kind: 'department' },

  // Operating units: subsidiaries
  { code: 'OU-PKG', nameEn: 'Lanstone Packaging Materials Co., Ltd.', nameZh: '蓝石包装材料有限公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-MACH', nameEn: 'Lanstone Precision Machinery Co., Ltd.', nameZh: '蓝石精密机械有限公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-CHEM', nameEn: 'Lanstone Specialty Chemicals Co., Ltd.', nameZh: '蓝石精细化工有限公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-ENR', nameEn: 'Lanstone New Energy Materials Co., Ltd.', nameZh: '蓝石新能源材料有限公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-LOG', nameEn: 'Lanstone Logistics Co., Ltd.', nameZh: '蓝石物流有限公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-ENG', nameEn: 'Lanstone Engineering and Construction Co., Ltd.', nameZh: '蓝石工程建设有限公司', parent: 'GROUP', kind: 'company' },

  // Operating units: regional companies
  { code: 'OU-EAST', nameEn: 'East China Regional Company', nameZh: '华东区域公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-SOUTH', nameEn: 'South China Regional Company', nameZh: '华南区域公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-NORTH', nameEn: 'North China Regional Company', nameZh: '华北区域公司', parent: 'GROUP', kind: 'company' },
  { code: 'OU-WEST', nameEn: 'Southwest Regional Company', nameZh: '西南区域公司', parent: 'GROUP', kind: 'company' },
];

// ---------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------

export const categories: SeedCategory[] = [
  { slug: 'group-news', nameEn: 'Group News', nameZh: '集团要闻' },
  { slug: 'meetings', nameEn: 'Meetings', nameZh: '会议报道' },
  { slug: 'operations', nameEn: 'Operations', nameZh: '经营动态' },
  { slug: 'people', nameEn: 'People', nameZh: '人物风采' },
  { slug: 'innovation', nameEn: 'Innovation', nameZh: '科技创新' },
  { slug: 'safety', nameEn: 'Safety and Quality', nameZh: '安全质量' },
  { slug: 'notices', nameEn: 'Notices', nameZh: '通知公告' },
];

// ---------------------------------------------------------------------------
// Meeting series
// ---------------------------------------------------------------------------

export const series: SeedSeries[] = [
  { slug: 'group-mid-year-work-meeting', nameEn: 'Group Mid-Year Work Meeting', nameZh: '集团年中工作会议', unit: 'GROUP' },
  { slug: 'group-annual-work-meeting', nameEn: 'Group Annual Work Meeting', nameZh: '集团年度工作会议', unit: 'GROUP' },
  {
    slug: 'group-quarterly-operation-analysis',
    nameEn: 'Quarterly Operation Analysis Meeting',
    nameZh: '季度经营分析会',
    unit: 'HQ-FIN',
  },
];

// ---------------------------------------------------------------------------
// Helpers for meeting report bodies
// ---------------------------------------------------------------------------

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Numbered key tasks as separate paragraphs: "I. To ...;" / "一、……；". */
function keyTasksHtml(tasks: string[], lang: 'en' | 'zh'): string {
  return tasks
    .map((task, i) => {
      const last = i === tasks.length - 1;
      return lang === 'en'
        ? `<p>${ROMAN[i]}. ${task}${last ? '.' : ';'}</p>`
        : `<p>${CHINESE_NUMERALS[i]}、${task}${last ? '。' : '；'}</p>`;
    })
    .join('\n');
}

function speechTasks(meeting: Meeting, index: number, lang: 'en' | 'zh'): string {
  const speech = meeting.speeches[index];
  return speech ? keyTasksHtml(speech.keyTasks, lang) : '';
}

// ---------------------------------------------------------------------------
// Meeting data
// ---------------------------------------------------------------------------

const midYear2024Zh: Meeting = {
  name: '蓝石集团2024年年中工作会议',
  kind: 'mid_year_work',
  date: '2024-07-19',
  location: '浙江嘉兴 蓝石包装材料公司培训中心',
  presider: { name: '沈逸文', position: '集团总裁' },
  attendees: '集团领导班子成员，总部各部门负责人，各经营单位主要负责人和财务负责人',
  speeches: [
    {
      speaker: '沈逸文',
      position: '集团总裁',
      title: '稳住基本盘 打开增长面',
      summary:
        '总结上半年生产经营情况：集团营业收入86亿元，同比增长5.2%，经营性现金流提前一个季度转正；同时指出包装和化工板块盈利承压、部分单位存货和应收账款偏高等问题，部署下半年重点工作。',
      keyTasks: [
        '巩固包装和化工主业的市场份额',
        '加快新能源材料新产能建设',
        '压降存货和应收账款',
        '推进ERP上云后的流程优化',
        '加强海外市场开拓',
        '守住安全环保底线',
      ],
    },
    {
      speaker: '高明远',
      position: '集团董事长',
      title: '保持战略定力 练好内功迎挑战',
      summary: '分析行业形势和各板块发展态势，要求各单位既要扛起年度目标，也要为下一个增长周期打好基础。',
      keyTasks: [
        '聚焦主业，不盲目铺摊子',
        '加大关键技术研发投入',
        '推动管理扁平化',
        '培养年轻干部和技术骨干',
        '健全风险防控体系',
      ],
    },
  ],
  closingRemarks: '高明远要求各单位主要负责人把会议部署带回去、讲清楚、落下去，确保全年目标任务圆满完成。',
  quotes: ['下半年的每一天都算数，把小事做细，大事就不会出错。'],
};

const annual2025En: Meeting = {
  name: 'Lanstone Group 2025 Annual Work Meeting',
  kind: 'annual_work',
  date: '2025-01-17',
  location: 'Hangzhou, Lanstone Tower',
  presider: { name: 'Lu Hanqing', position: 'Executive Vice President of Lanstone Group' },
  attendees:
    'The group leadership team; heads of headquarters departments; the management teams of the ten operating units; employee representatives from every operating unit',
  speeches: [
    {
      speaker: 'Shen Yiwen',
      position: 'President of Lanstone Group',
      title: 'Report on 2024 Operations and the 2025 Business Plan',
      summary:
        'Reported that the group closed 2024 with revenue of 17.9 billion yuan, up 5.6 percent, and presented a 2025 plan that targets revenue growth of 7 percent and positive free cash flow in every operating unit.',
      keyTasks: [
        'To grow new energy materials into the third pillar of the group',
        'To defend margins in packaging and specialty chemicals through product upgrades',
        'To expand overseas sales with combined offers of equipment and materials',
        'To make every operating unit cash-positive',
        'To complete the first phase of the Digital Lanstone programme',
        'To deepen cooperation with universities and research institutes',
        'To make the thirtieth anniversary a moment of renewal for the whole group',
      ],
    },
    {
      speaker: 'Gao Mingyuan',
      position: 'Chairman of Lanstone Group',
      title: 'Turning Strategy into Results',
      summary:
        'Looked back on the three-year strategy adopted in 2022, acknowledged where progress had been slower than hoped, and asked leaders to judge 2025 by what reaches customers rather than by what is announced.',
      keyTasks: [
        'To hold each unit leader accountable for a small number of clear targets',
        'To concentrate investment on projects with proven demand',
        'To shorten the time from research result to product launch',
        'To give capable young people responsibility earlier',
        'To treat safety, quality and compliance as conditions for every decision',
      ],
    },
  ],
  closingRemarks:
    'Lu Hanqing asked all units to sign their 2025 performance agreements by the end of January and to share the plan with every team before the Spring Festival holiday.',
  quotes: ['Plans are promises we make to ourselves; results are promises we keep to our customers.'],
};

const midYear2025En: Meeting = {
  name: 'Lanstone Group 2025 Mid-Year Work Meeting',
  kind: 'mid_year_work',
  date: '2025-07-18',
  location: 'Hangzhou, Lanstone Tower conference centre',
  presider: { name: 'Shen Yiwen', position: 'President of Lanstone Group' },
  attendees:
    'Members of the group leadership team; heads of headquarters departments; general managers and finance directors of the ten operating units; representatives of the Employee Affairs Office',
  speeches: [
    {
      speaker: 'Shen Yiwen',
      position: 'President of Lanstone Group',
      title: 'Holding Steady on Quality, Stepping Up on Growth',
      summary:
        'Reviewed the first half, in which revenue rose 6.8 percent to 9.18 billion yuan while higher raw-material prices narrowed margins in packaging and chemicals, and set out six operating priorities for the second half.',
      keyTasks: [
        'To secure the annual revenue and cash-flow targets',
        'To shift the customer portfolio toward higher-value accounts',
        'To prepare the second phase of the cathode-material project',
        'To release working capital tied up in inventory and receivables',
        'To extend digital tools from pilot plants to every operating unit',
        'To keep safety and quality free of serious incidents',
      ],
    },
    {
      speaker: 'Fang Jiayi',
      position: 'Chief Financial Officer',
      title: 'Analysis of First-Half Financial Performance',
      summary:
        'Showed that operating cash flow improved by 310 million yuan year on year, but warned that long-overdue receivables had risen at three units and that two capital projects were over budget.',
      keyTasks: [
        'To tighten monthly cash-flow forecasting at every unit',
        'To recover receivables overdue by more than ninety days',
        'To re-examine capital projects against updated returns',
        'To standardise cost accounting across all plants',
        'To prepare the 2026 budget from a zero base',
      ],
    },
    {
      speaker: 'Gao Mingyuan',
      position: 'Chairman of Lanstone Group',
      title: 'Building Resilience for the Next Decade',
      summary:
        'Analysed the outlook for the group\'s main markets and asked unit leaders to deliver this year\'s results while building the capabilities the group will need over the next ten years.',
      keyTasks: [
        'To sharpen the group strategy around three core businesses',
        'To direct research spending where it builds lasting technical advantages',
        'To reduce management layers and shorten decision chains',
        'To develop young managers and engineers faster',
        'To tighten control of contract, currency and credit risks',
      ],
    },
  ],
  closingRemarks:
    'Gao Mingyuan asked every operating unit to turn the decisions of the meeting into concrete action plans within two weeks and to report on progress at the third-quarter operation analysis meeting.',
  quotes: [
    'A company is tested not in the good years but in the ordinary ones, when nobody is applauding and the work still has to be done well.',
  ],
};

const midYear2025Zh: Meeting = {
  name: '蓝石集团2025年年中工作会议',
  kind: 'mid_year_work',
  date: '2025-07-18',
  location: '杭州 蓝石大厦会议中心',
  presider: { name: '沈逸文', position: '集团总裁' },
  attendees: '集团领导班子成员，总部各部门负责人，十家经营单位总经理和财务负责人，员工事务部代表',
  speeches: [
    {
      speaker: '沈逸文',
      position: '集团总裁',
      title: '稳质量 促增长',
      summary:
        '回顾上半年经营情况：集团营业收入91.8亿元，同比增长6.8%，但原材料涨价导致包装和化工板块毛利率收窄；部署下半年六项重点工作。',
      keyTasks: [
        '确保完成全年收入和现金流目标',
        '调整客户结构，向高附加值客户倾斜',
        '做好正极材料二期项目前期工作',
        '压降存货和应收账款占用的营运资金',
        '将数字化工具从试点工厂推广到全部经营单位',
        '确保安全和质量不发生重大事件',
      ],
    },
    {
      speaker: '方嘉怡',
      position: '集团首席财务官',
      title: '上半年财务运行分析',
      summary: '经营性现金流同比改善3.1亿元，但三家单位的长期逾期应收账款有所上升，两个资本性项目超出预算。',
      keyTasks: [
        '加强各单位月度现金流预测',
        '清收逾期九十天以上的应收账款',
        '按最新收益测算重新评估资本性项目',
        '统一各工厂成本核算口径',
        '以零基预算方式编制2026年预算',
      ],
    },
    {
      speaker: '高明远',
      position: '集团董事长',
      title: '增强韧性 赢得下一个十年',
      summary: '分析集团主要市场的发展前景，要求各单位负责人既要完成今年的经营目标，也要为未来十年构建所需的能力。',
      keyTasks: [
        '聚焦三大核心业务，进一步明确集团战略重点',
        '把研发投入用在能形成长期技术优势的地方',
        '精简管理层级，缩短决策链条',
        '加快培养年轻管理人员和工程师',
        '加强合同、汇率和信用风险管控',
      ],
    },
  ],
  closingRemarks: '高明远要求各经营单位在两周内将会议部署转化为具体行动计划，并在三季度经营分析会上汇报进展。',
  quotes: ['检验一家企业的，往往不是顺风顺水的年份，而是那些没人喝彩、却依然要把事情做好的平常日子。'],
};

const q3Analysis2025En: Meeting = {
  name: 'Third-Quarter 2025 Operation Analysis Meeting',
  kind: 'quarterly_analysis',
  date: '2025-10-24',
  location: 'Hangzhou, Lanstone Tower, with video links to all operating units',
  presider: { name: 'Lu Hanqing', position: 'Executive Vice President of Lanstone Group' },
  attendees:
    'Heads of headquarters departments; general managers and finance directors of the ten operating units; heads of sales and production of the manufacturing companies',
  speeches: [
    {
      speaker: 'Fang Jiayi',
      position: 'Chief Financial Officer',
      title: 'Operating Analysis for the First Three Quarters',
      summary:
        'Reported revenue of 13.9 billion yuan for January to September, up 6.5 percent, and warned that the group needed its strongest quarter of the year to meet the annual targets.',
      keyTasks: [
        'To secure the orders needed to meet the annual revenue target',
        'To collect at least 1.2 billion yuan of receivables before year end',
        'To bring inventory days back to the budgeted level',
        'To freeze non-essential spending at headquarters',
        'To complete year-end stocktaking and asset checks on time',
      ],
    },
    {
      speaker: 'Lu Hanqing',
      position: 'Executive Vice President of Lanstone Group',
      title: 'Finishing the Year Strong',
      summary:
        'Asked each unit to treat the last ten weeks of the year as a sprint with weekly targets, while keeping safety and product quality under close control during peak production.',
      keyTasks: [
        'To set weekly sales and delivery targets for every unit',
        'To give priority in production to confirmed export orders',
        'To coordinate logistics for the year-end shipping peak',
        'To keep strict safety supervision during overtime and night shifts',
        'To resolve open customer complaints before the holidays',
        'To start preparing the 2026 business plans in November',
      ],
    },
  ],
  closingRemarks:
    'Lu Hanqing reminded participants that the annual target was still within reach if every unit delivered its own share, and asked the Finance Department to publish a weekly progress report until the end of the year.',
  quotes: ['There is no such thing as a quiet fourth quarter; there are only well-prepared ones.'],
};

const annual2026Zh: Meeting = {
  name: '蓝石集团2026年度工作会议',
  kind: 'annual_work',
  date: '2026-01-16',
  location: '杭州 蓝石大厦',
  presider: { name: '陆汉青', position: '集团常务副总裁' },
  attendees: '集团领导班子成员，总部各部门负责人，各经营单位领导班子成员，职工代表',
  speeches: [
    {
      speaker: '沈逸文',
      position: '集团总裁',
      title: '夯实基础 拓展新局',
      summary:
        '报告2025年集团实现营业收入191亿元，同比增长6.7%，利润总额11.6亿元；提出2026年营业收入增长8%、海外收入占比提升至20%的经营目标。',
      keyTasks: [
        '推进新能源材料二期项目建设',
        '扩大海外市场，打造设备与材料一体化出海模式',
        '推动包装产品全面向可回收设计转型',
        '深化“数字蓝石”建设，推广数字孪生工厂经验',
        '提升人均效率，优化人员结构',
        '严控应收账款和存货规模',
        '完善安全质量责任体系',
      ],
    },
    {
      speaker: '高明远',
      position: '集团董事长',
      title: '坚持长期主义 走稳走实每一步',
      summary:
        '回顾集团三十年发展历程和三年战略执行情况，要求各级管理者在看准的方向上持续投入，在经营管理上精打细算。',
      keyTasks: [
        '编制好新一轮三年发展战略',
        '在核心技术上保持稳定投入',
        '让年轻人在重要岗位上经受历练',
        '把合规经营要求落实到每一项业务',
        '营造坦诚沟通、敢于担当的组织氛围',
      ],
    },
  ],
  closingRemarks: '陆汉青要求各单位于1月底前签订2026年经营业绩责任书，并在春节前把年度目标分解到每一个班组。',
  quotes: ['企业的三十年，是一天一天干出来的；下一个三十年，也要从今天的每一件小事开始。'],
};

const midYear2026En: Meeting = {
  name: 'Lanstone Group 2026 Mid-Year Work Meeting',
  kind: 'mid_year_work',
  date: '2026-07-17',
  location: 'Changzhou, training centre of Lanstone Precision Machinery',
  presider: { name: 'Shen Yiwen', position: 'President of Lanstone Group' },
  attendees:
    'Members of the group leadership team; heads of headquarters departments; general managers, finance directors and safety managers of the ten operating units; the third Young Talent Programme class as observers',
  speeches: [
    {
      speaker: 'Shen Yiwen',
      position: 'President of Lanstone Group',
      title: 'Delivering the Plan, Preparing the Next Cycle',
      summary:
        'Reported first-half revenue of 9.94 billion yuan, up 8.3 percent, with overseas sales at 19 percent of the total, and named slower domestic packaging sales and rising labour costs as the main risks for the second half.',
      keyTasks: [
        'To secure the export orders scheduled for the fourth quarter',
        'To start construction of the second cathode-material phase on schedule',
        'To launch the recyclable high-barrier film on time',
        'To raise output per employee through automation and better scheduling',
        'To keep receivables within budgeted limits',
        'To prepare the next three-year strategy by the end of October',
      ],
    },
    {
      speaker: 'Tang Zhiheng',
      position: 'Director of the Digital Innovation Center',
      title: 'Digital Lanstone: Progress and Next Steps',
      summary:
        'Reviewed the first phase of the Digital Lanstone programme, from the ERP cloud platform to the digital twin and AI inspection, and proposed the priorities of its second phase.',
      keyTasks: [
        'To roll out digital twins to the new energy and packaging plants',
        'To connect sales, production and logistics planning in a single system',
        'To extend AI inspection to film and powder products',
        'To connect the Ask Lan assistant to plant operating procedures',
        'To raise the information security level of all production networks',
      ],
    },
    {
      speaker: 'Gao Mingyuan',
      position: 'Chairman of Lanstone Group',
      title: 'Keeping Our Promises to Customers and Colleagues',
      summary:
        'Said the first half showed that the strategy was working, warned against complacency, and asked leaders to keep faith with customers on quality and delivery and with employees on safety and development.',
      keyTasks: [
        'To treat every commitment to customers on quality and delivery as binding',
        'To involve frontline employees in finding and fixing problems',
        'To bring research, production and sales closer together in every business',
        'To plan succession for key positions across the group',
        'To keep risk review a standing item on every management agenda',
      ],
    },
  ],
  closingRemarks:
    'Gao Mingyuan asked the operating units to submit their second-half action plans within two weeks and to involve their employees in preparing the next three-year strategy.',
  quotes: [
    'Trust is built slowly, one kept promise at a time, and it can be lost in a single day. Let us be the company that keeps its word.',
    'The people who do the work every day often see the future of our business earlier than we do.',
  ],
};

// ---------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------

export const articles: SeedArticle[] = [
  // =========================================================================
  // Meetings
  // =========================================================================
  {
    key: 'zh-2024-mid-year-meeting',
    lang: 'zh',
    category: 'meetings',
    unit: 'GROUP',
    sourceText: '集团办公室',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-07-19T18:30:00+08:00',
    title: '蓝石集团召开2024年年中工作会议',
    summary: '集团在嘉兴召开2024年年中工作会议，总结上半年经营情况，部署下半年重点任务。',
    tags: ['mid-year-meeting', 'strategy', 'finance'],
    series: 'group-mid-year-work-meeting',
    meeting: midYear2024Zh,
    views: 1264,
    body: `<p>7月19日，蓝石集团2024年年中工作会议在浙江嘉兴召开。会议全面回顾上半年各项工作，深入分析当前面临的形势和问题，研究部署下半年重点任务。会议由集团总裁沈逸文主持，集团领导班子成员、总部各部门负责人，以及各经营单位主要负责人和财务负责人参加会议。</p>
<p>沈逸文代表经营班子作题为《稳住基本盘 打开增长面》的工作报告。报告指出，上半年集团实现营业收入86亿元，同比增长5.2%；经营性现金流比计划提前一个季度转正，新能源材料板块收入同比增长21%。与此同时，受产品售价下行影响，包装和化工板块盈利承压，部分单位存货和应收账款偏高。针对下半年工作，沈逸文提出六项重点任务：</p>
${speechTasks(midYear2024Zh, 0, 'zh')}
<p>沈逸文强调，越是市场波动的时候，越要算细账、抓现金。各单位要逐月对照年度预算查找差距，能当月解决的问题不拖到下月，确保全年经营目标不打折扣。</p>
<p>集团董事长高明远作题为《保持战略定力 练好内功迎挑战》的总结讲话。他结合国内外市场变化，逐一分析了各板块的发展态势和存在的问题，要求各单位负责人对形势保持清醒判断，既要扛起年度目标，也要为下一个增长周期打好基础。他提出下半年要重点抓好五方面工作：</p>
${speechTasks(midYear2024Zh, 1, 'zh')}
<p>高明远指出，集团明年将迎来创立三十周年。三十年来，蓝石从一个几十人的纸箱作坊成长为多元化的实业集团，靠的是对产品的较真和对客户的诚信。他希望各单位把这份传统保持下去，在产品上精益求精，在管理上实打实，在创新上敢投入。</p>
<p>讲话最后，高明远勉励与会人员：“下半年的每一天都算数，把小事做细，大事就不会出错。”他要求各单位主要负责人把会议部署带回去、讲清楚、落下去，确保全年目标任务圆满完成。</p>
<p>会上，集团首席财务官方嘉怡作上半年财务运行分析，数字创新中心、技术研发中心和安全质量部负责人分别作专题发言，十家经营单位负责人汇报了上半年工作情况和下半年工作计划。</p>`,
  },
  {
    key: 'en-2025-annual-meeting',
    lang: 'en',
    category: 'meetings',
    unit: 'GROUP',
    author: 'admin',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-01-17T19:00:00+08:00',
    title: 'Lanstone Group holds its 2025 annual work meeting',
    summary:
      'The annual work meeting reviewed 2024, approved the 2025 business plan and set seven key tasks for the year of the group\'s thirtieth anniversary.',
    tags: ['annual-meeting', 'strategy', 'finance'],
    series: 'group-annual-work-meeting',
    meeting: annual2025En,
    views: 1538,
    body: `<p>On January 17, Lanstone Group held its 2025 annual work meeting at Lanstone Tower in Hangzhou. The meeting reviewed the group's performance in 2024, approved the business plan for 2025 and set out the priorities of each business. It was presided over by Lu Hanqing, Executive Vice President, and attended by the group leadership team, heads of headquarters departments, the management teams of the ten operating units, and employee representatives from every operating unit.</p>
<p>President Shen Yiwen delivered the <em>Report on 2024 Operations and the 2025 Business Plan</em>. He reported that the group closed 2024 with revenue of 17.9 billion yuan, up 5.6 percent, and a total profit of 1.08 billion yuan. New energy materials grew fastest, while packaging and specialty chemicals held their market shares in a year of falling prices. The 2025 plan targets revenue growth of 7 percent and positive free cash flow in every operating unit. To achieve it, Shen Yiwen set out seven key tasks:</p>
${speechTasks(annual2025En, 0, 'en')}
<p>Shen Yiwen noted that the targets had been agreed with each operating unit in December after three rounds of discussion, and that headquarters would track them every month on a dashboard open to every manager in the group.</p>
<p>Chairman Gao Mingyuan then delivered a speech titled <em>Turning Strategy into Results</em>. Looking back on the three-year strategy adopted in 2022, he said the group had made clear progress in new energy materials and digital operations, but had moved more slowly than hoped in overseas markets and in bringing research results to market. He asked leaders to judge 2025 by what reaches customers, not by what is announced in meetings, and highlighted five points:</p>
${speechTasks(annual2025En, 1, 'en')}
<p>Gao Mingyuan thanked employees for their work in a demanding year and announced that the 2024 Excellence Awards would be presented in February, with winners chosen from nominations made by colleagues.</p>
<p>He ended his speech with a sentence that participants would hear often during the year: "Plans are promises we make to ourselves; results are promises we keep to our customers."</p>
<p>Closing the meeting, Lu Hanqing asked all units to sign their 2025 performance agreements by the end of January and to share the plan with every team before the Spring Festival holiday. In the afternoon session, the heads of the ten operating units presented their plans for 2025, and the Finance, Human Resources and Safety and Quality departments explained the management requirements for the year.</p>`,
  },
  {
    key: 'en-2025-mid-year-meeting',
    lang: 'en',
    category: 'meetings',
    unit: 'GROUP',
    author: 'editor',
    visibility: 'public',
    status: 'published',
    publishedAt: '2025-07-18T20:15:00+08:00',
    title: 'Lanstone Group holds its 2025 mid-year work meeting',
    summary:
      'The mid-year work meeting in Hangzhou reviewed first-half results and set the operating, financial and strategic priorities for the rest of 2025.',
    tags: ['mid-year-meeting', 'strategy', 'finance'],
    series: 'group-mid-year-work-meeting',
    meeting: midYear2025En,
    views: 2318,
    body: `<p>On July 18, Lanstone Group held its 2025 mid-year work meeting at the Lanstone Tower conference centre in Hangzhou. Participants reviewed the group's performance from January to June, examined where results were falling short of the annual plan and agreed on the priorities for the second half. The meeting was presided over by Shen Yiwen, President of Lanstone Group, and attended by members of the group leadership team, heads of headquarters departments, the general managers and finance directors of the ten operating units, and representatives of the Employee Affairs Office.</p>
<p>On behalf of the management team, Shen Yiwen delivered the operating report, titled <em>Holding Steady on Quality, Stepping Up on Growth</em>. Group revenue reached 9.18 billion yuan in the first half, up 6.8 percent year on year, driven by new energy materials and by the East and South China regional companies. At the same time, higher resin and solvent prices narrowed gross margins in packaging and specialty chemicals, and inventories at several plants remained above target. Shen Yiwen set out six priorities for the second half:</p>
${speechTasks(midYear2025En, 0, 'en')}
<p>Shen Yiwen stressed that growth only counts when it is profitable and paid for. He asked each general manager to go through their customer list line by line, to walk away from orders that do not cover their costs, and to put the freed capacity to work for customers who value quality and reliable delivery.</p>
<p>Chief Financial Officer Fang Jiayi then presented the <em>Analysis of First-Half Financial Performance</em>. Operating cash flow had improved by 310 million yuan year on year, she reported, but receivables overdue by more than ninety days had risen at three units, and two capital projects were running over budget. She proposed five measures for the Finance Department and the units to take together:</p>
${speechTasks(midYear2025En, 1, 'en')}
<p>Chairman Gao Mingyuan delivered the concluding speech, titled <em>Building Resilience for the Next Decade</em>. He analysed the outlook for the group's main markets, noting that demand for battery materials and export equipment remained strong, while domestic construction and consumer packaging were likely to stay soft. He asked unit leaders to keep delivering this year's numbers while building the capabilities the group will need over the next ten years, and highlighted five areas of work:</p>
${speechTasks(midYear2025En, 2, 'en')}
<p>Gao Mingyuan recalled that the group would celebrate its thirtieth anniversary in September. Thirty years ago, he said, a small carton workshop in Jiaxing won its first customers by delivering on time and never cutting corners on quality, and those habits remain the group's best protection in uncertain times.</p>
<p>He concluded with a word of encouragement: "A company is tested not in the good years but in the ordinary ones, when nobody is applauding and the work still has to be done well." He asked every operating unit to turn the decisions of the meeting into concrete action plans within two weeks and to report on progress at the third-quarter operation analysis meeting.</p>
<p>During the meeting, the heads of the Digital Innovation Center, the Technology R&amp;D Center and the Safety and Quality Department gave thematic presentations, and the general managers of the ten operating units reported on their first-half results and their plans for the rest of the year.</p>`,
  },
  {
    key: 'zh-2025-mid-year-meeting',
    lang: 'zh',
    translationOf: 'en-2025-mid-year-meeting',
    category: 'meetings',
    unit: 'GROUP',
    author: 'editor2',
    visibility: 'public',
    status: 'published',
    publishedAt: '2025-07-18T20:15:00+08:00',
    title: '蓝石集团召开2025年年中工作会议',
    summary: '集团在杭州召开2025年年中工作会议，回顾上半年经营成果，部署下半年经营、财务和战略重点工作。',
    tags: ['mid-year-meeting', 'strategy', 'finance'],
    series: 'group-mid-year-work-meeting',
    meeting: midYear2025Zh,
    views: 1976,
    body: `<p>7月18日，蓝石集团2025年年中工作会议在杭州蓝石大厦会议中心召开。会议回顾上半年经营情况，查找与年度计划之间的差距，明确下半年工作重点。会议由集团总裁沈逸文主持，集团领导班子成员、总部各部门负责人、十家经营单位总经理和财务负责人，以及员工事务部代表参加会议。</p>
<p>沈逸文代表经营班子作题为《稳质量 促增长》的经营工作报告。上半年，集团实现营业收入91.8亿元，同比增长6.8%，新能源材料板块以及华东、华南区域公司是主要增长来源。与此同时，树脂和溶剂价格上涨导致包装和精细化工板块毛利率收窄，部分工厂存货仍高于目标水平。沈逸文部署了下半年六项重点工作：</p>
${speechTasks(midYear2025Zh, 0, 'zh')}
<p>沈逸文强调，只有有利润、有回款的增长才是真增长。他要求各单位总经理逐一梳理客户清单，对覆盖不了成本的订单要敢于说“不”，把腾出来的产能留给看重质量和交付的客户。</p>
<p>集团首席财务官方嘉怡作《上半年财务运行分析》报告。她指出，上半年经营性现金流同比改善3.1亿元，但有三家单位逾期九十天以上的应收账款有所上升，两个资本性项目超出预算。她提出由财务管理部与各单位共同落实的五项措施：</p>
${speechTasks(midYear2025Zh, 1, 'zh')}
<p>集团董事长高明远作题为《增强韧性 赢得下一个十年》的总结讲话。他分析了集团主要市场的前景：电池材料和出口设备需求依然旺盛，而国内建筑和消费类包装市场可能持续偏弱。他要求各单位负责人一手抓今年的经营指标，一手抓未来十年所需的能力建设，并重点抓好五方面工作：</p>
${speechTasks(midYear2025Zh, 2, 'zh')}
<p>高明远提到，今年9月集团将迎来创立三十周年。三十年前，嘉兴一家小小的纸箱作坊靠按时交货、从不在质量上打折扣赢得了第一批客户。在充满不确定性的今天，这些习惯依然是集团最可靠的“护城河”。</p>
<p>讲话最后，高明远勉励大家：“检验一家企业的，往往不是顺风顺水的年份，而是那些没人喝彩、却依然要把事情做好的平常日子。”他要求各经营单位在两周内将会议部署转化为具体行动计划，并在三季度经营分析会上汇报进展。</p>
<p>会上，数字创新中心、技术研发中心和安全质量部负责人作了专题发言，十家经营单位总经理分别汇报了上半年经营情况和下半年工作安排。</p>`,
  },
  {
    key: 'en-2025-q3-operation-analysis',
    lang: 'en',
    category: 'meetings',
    unit: 'HQ-FIN',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-10-24T17:40:00+08:00',
    title: 'Third-quarter operation analysis meeting calls for a strong finish to 2025',
    summary:
      'Revenue for the first three quarters rose 6.5 percent, and the group asked every unit to treat the last ten weeks of the year as a sprint.',
    tags: ['operations', 'finance', 'results'],
    series: 'group-quarterly-operation-analysis',
    meeting: q3Analysis2025En,
    views: 864,
    body: `<p>On October 24, Lanstone Group held its operation analysis meeting for the third quarter of 2025 at Lanstone Tower in Hangzhou, with video links to all operating units. The meeting was presided over by Executive Vice President Lu Hanqing and attended by the heads of headquarters departments, the general managers and finance directors of the ten operating units, and the heads of sales and production of the manufacturing companies.</p>
<p>Chief Financial Officer Fang Jiayi presented the <em>Operating Analysis for the First Three Quarters</em>. Revenue for January to September reached 13.9 billion yuan, up 6.5 percent year on year, and total profit reached 812 million yuan, up 4.8 percent. New energy materials and overseas sales continued to outperform, while packaging prices remained under pressure. Fang Jiayi warned that the group needed its strongest quarter of the year to meet the annual targets, and proposed five financial priorities for the fourth quarter:</p>
${speechTasks(q3Analysis2025En, 0, 'en')}
<p>She added that receivables were the single biggest risk to the year-end results, and that the Finance Department would review the fifty largest overdue accounts with the sales managers concerned every week.</p>
<p>Lu Hanqing then spoke on <em>Finishing the Year Strong</em>. He asked each unit to treat the remaining ten weeks as a sprint, with weekly targets and a named owner for every major order, while keeping safety and quality under close control during the production peak. He set out six requirements:</p>
${speechTasks(q3Analysis2025En, 1, 'en')}
<p>In his closing remarks, Lu Hanqing reminded participants that the annual target was still within reach, but only if every unit delivered its own share. He put it simply: "There is no such thing as a quiet fourth quarter; there are only well-prepared ones." He asked the Finance Department to publish a weekly progress report until the end of the year.</p>
<p>The general managers of the ten operating units then reported on their results for the first three quarters and the measures planned for the fourth.</p>`,
  },
  {
    key: 'zh-2026-annual-meeting',
    lang: 'zh',
    category: 'meetings',
    unit: 'GROUP',
    author: 'admin',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-01-16T19:30:00+08:00',
    title: '蓝石集团召开2026年度工作会议',
    summary: '集团年度工作会议总结2025年经营成果，提出2026年营业收入增长8%的目标，部署七项重点任务。',
    tags: ['annual-meeting', 'strategy', 'finance'],
    series: 'group-annual-work-meeting',
    meeting: annual2026Zh,
    views: 1712,
    body: `<p>1月16日，蓝石集团2026年度工作会议在杭州蓝石大厦召开。会议总结2025年工作，分析当前形势，部署2026年经营目标和重点任务。会议由集团常务副总裁陆汉青主持，集团领导班子成员、总部各部门负责人、各经营单位领导班子成员和职工代表参加会议。</p>
<p>集团总裁沈逸文作题为《夯实基础 拓展新局》的工作报告。报告指出，2025年集团实现营业收入191亿元，同比增长6.7%；利润总额11.6亿元，同比增长7.4%。新能源材料板块成长为集团第三大支柱业务，海外收入占比提升至17%，成都正极材料产线提前达产，精细化工公司建成集团首个数字孪生工厂。报告同时指出，包装板块价格竞争加剧，部分单位应收账款偏高。2026年，集团将力争实现营业收入增长8%，海外收入占比提升至20%。围绕这一目标，沈逸文部署了七项重点任务：</p>
${speechTasks(annual2026Zh, 0, 'zh')}
<p>沈逸文表示，今年的经营目标已与各单位经过三轮沟通确定，总部将按月跟踪、按季考核，各单位的完成情况将在管理驾驶舱中向全体管理人员公开。</p>
<p>集团董事长高明远作题为《坚持长期主义 走稳走实每一步》的讲话。他回顾了集团创立三十年来的发展历程，认为蓝石能够穿越多个行业周期，关键在于始终专注实业、重视技术、善待员工和客户。他对2022年制定的三年发展战略执行情况进行了评估，肯定了新能源材料和数字化建设取得的进展，也坦率指出海外布局和科研成果转化仍慢于预期。他要求各级管理者在看准的方向上持续投入，在经营管理上精打细算，并重点抓好五方面工作：</p>
${speechTasks(annual2026Zh, 1, 'zh')}
<p>高明远特别提到，2025年全集团损工事故率降至历史最低水平，这是每一位一线员工和安全管理人员共同努力的结果。他代表集团向全体员工及家属表示感谢。</p>
<p>讲话最后，高明远说：“企业的三十年，是一天一天干出来的；下一个三十年，也要从今天的每一件小事开始。”</p>
<p>陆汉青在会议总结时要求，各单位于1月底前签订2026年经营业绩责任书，并在春节前把年度目标分解到每一个班组。会上，十家经营单位负责人围绕年度经营计划作了交流发言，财务管理部、人力资源部和安全质量部分别对年度管理要求作了说明。</p>`,
  },
  {
    key: 'en-2026-mid-year-meeting',
    lang: 'en',
    category: 'meetings',
    unit: 'GROUP',
    author: 'editor',
    visibility: 'public',
    pinned: true,
    status: 'published',
    publishedAt: '2026-07-17T19:45:00+08:00',
    title: 'Lanstone Group holds its 2026 mid-year work meeting in Changzhou',
    summary:
      'The 2026 mid-year work meeting reviewed a strong first half, heard a progress report on Digital Lanstone and set priorities for the second half.',
    tags: ['mid-year-meeting', 'strategy', 'digital'],
    series: 'group-mid-year-work-meeting',
    meeting: midYear2026En,
    views: 2874,
    body: `<p>On July 17, Lanstone Group held its 2026 mid-year work meeting at the training centre of Lanstone Precision Machinery in Changzhou. The meeting reviewed progress against the 2026 business plan, heard a report on the group's digital programme and set the priorities for the rest of 2026. It was presided over by Shen Yiwen, President of Lanstone Group, and attended by members of the group leadership team, heads of headquarters departments, and the general managers, finance directors and safety managers of the ten operating units. For the first time, the members of the third Young Talent Programme class attended as observers.</p>
<p>Before the meeting, participants visited the gear and shaft line where the group's first AI visual inspection system has been running for eighteen months, and a new assembly cell that has doubled the output of packaging machine modules.</p>
<p>Shen Yiwen delivered the operating report, titled <em>Delivering the Plan, Preparing the Next Cycle</em>. Group revenue in the first half reached 9.94 billion yuan, up 8.3 percent year on year, and overseas sales rose to 19 percent of the total, close to the full-year goal of 20 percent. Profit grew faster than revenue, helped by higher capacity utilisation in new energy materials. Shen Yiwen pointed out, however, that domestic packaging sales had slowed in the second quarter and that labour costs were rising faster than productivity at several plants. He set out six priorities for the second half:</p>
${speechTasks(midYear2026En, 0, 'en')}
<p>Shen Yiwen recalled that a year earlier the mid-year meeting had asked every unit to release working capital and to walk away from unprofitable orders. Inventory days had since fallen by eleven, he said, and the group would now apply the same discipline to labour productivity.</p>
<p>Tang Zhiheng, Director of the Digital Innovation Center, then presented <em>Digital Lanstone: Progress and Next Steps</em>. He reviewed the results of the programme's first phase: the ERP system running on the group's private cloud; the digital twin at the specialty chemicals plant, which has cut unplanned equipment downtime by more than a quarter; AI visual inspection in Changzhou; and the Ask Lan assistant, which had answered more than 25,000 questions since its launch in June. He proposed five priorities for the second phase:</p>
${speechTasks(midYear2026En, 1, 'en')}
<p>Chairman Gao Mingyuan delivered the concluding speech, <em>Keeping Our Promises to Customers and Colleagues</em>. He said the first half had shown that the group's strategy was working, but warned that good results can easily breed complacency. Customers, he noted, remember the one late delivery more than the ten that arrived on time, and employees remember whether their concerns about safety were taken seriously. He asked unit leaders to concentrate on five areas:</p>
${speechTasks(midYear2026En, 2, 'en')}
<p>Gao Mingyuan also asked the operating units to involve their employees in preparing the group's next three-year strategy, which will be presented to the board at the end of the year. In his words: "The people who do the work every day often see the future of our business earlier than we do."</p>
<p>He concluded: "Trust is built slowly, one kept promise at a time, and it can be lost in a single day. Let us be the company that keeps its word." He asked the operating units to submit their second-half action plans within two weeks.</p>
<p>During the meeting, Chief Financial Officer Fang Jiayi presented the first-half financial analysis, the Safety and Quality Department reported on the mid-year review of each unit's safety targets, and the general managers of the ten operating units reported on their work and plans.</p>`,
  },

  // =========================================================================
  // Group news
  // =========================================================================
  {
    key: 'en-2024-brand-identity',
    lang: 'en',
    category: 'group-news',
    unit: 'HQ-GO',
    author: 'editor',
    visibility: 'public',
    status: 'published',
    publishedAt: '2024-03-12T10:00:00+08:00',
    title: 'Lanstone Group unveils a unified brand identity',
    summary:
      'The group has introduced a single logo, colour palette and naming system for all ten operating units, to be rolled out by the end of the year.',
    tags: ['brand', 'culture'],
    views: 1480,
    body: `<p>Lanstone Group introduced its new unified brand identity at headquarters on March 12, replacing the eleven different logos that its businesses had accumulated over nearly three decades of acquisitions and expansion.</p>
<p>The new mark keeps the blue stone that has been part of the group's emblem since 1995, redrawn in a simpler geometric form that reads clearly on a product label, a delivery truck or a mobile screen. Every operating unit will now use the Lanstone name followed by a plain description of its business, such as Lanstone Precision Machinery or Lanstone Logistics.</p>
<p>"Our customers often buy from three or four of our companies without knowing that they belong to the same group," said He Shuyu, Director of the General Office, who led the project. "A common identity makes it easier for them to see everything we offer, and easier for colleagues to feel part of one team."</p>
<p>The General Office has published a brand handbook and a template library on the intranet. Signs, uniforms and vehicle livery will be replaced in stages, starting with headquarters and the East China Regional Company in the second quarter. Existing stationery may be used until stocks run out.</p>
<p>Questions about the new guidelines can be sent to the brand team in the General Office.</p>`,
  },
  {
    key: 'zh-2024-brand-identity',
    lang: 'zh',
    translationOf: 'en-2024-brand-identity',
    category: 'group-news',
    unit: 'HQ-GO',
    author: 'editor2',
    visibility: 'public',
    status: 'published',
    publishedAt: '2024-03-12T10:00:00+08:00',
    title: '蓝石集团发布统一品牌形象',
    summary: '集团为旗下十家经营单位启用统一的标志、色彩和命名体系，年底前全面推广到位。',
    tags: ['brand', 'culture'],
    views: 1122,
    body: `<p>3月12日，蓝石集团在总部发布全新的统一品牌形象。近三十年来，随着并购和业务扩张，集团各板块先后形成了十一套不同的标志，此次将全部统一。</p>
<p>新标志保留了自1995年起就出现在集团徽标中的“蓝色石头”元素，并以更简洁的几何线条重新绘制，无论印在产品标签、物流车辆上，还是显示在手机屏幕上，都清晰易辨。今后，各经营单位统一采用“蓝石”加业务名称的命名方式，如“蓝石精密机械”“蓝石物流”。</p>
<p>牵头负责该项目的集团办公室主任何书宇介绍：“不少客户同时和我们三四家公司打交道，却不知道它们同属一个集团。统一形象既能让客户看到我们的整体实力，也能让同事们更有‘一家人’的感觉。”</p>
<p>集团办公室已在内网发布品牌手册和模板库。标识标牌、工装和车辆涂装将分批更换，第二季度先从总部和华东区域公司开始。现有信封信纸等办公用品可继续使用至用完为止。</p>
<p>如对新规范有疑问，请联系集团办公室品牌组。</p>`,
  },
  {
    key: 'zh-2024-rural-library-charity',
    lang: 'zh',
    category: 'group-news',
    unit: 'HQ-EAO',
    sourceText: '员工事务部“书香蓝石”项目组',
    author: 'editor2',
    visibility: 'public',
    status: 'published',
    publishedAt: '2024-06-05T15:20:00+08:00',
    title: '“书香蓝石”公益行动为山区学校建起六座图书室',
    summary: '由员工捐款捐书共建的六座乡村学校图书室近日在四川、贵州两省山区陆续启用。',
    tags: ['charity', 'volunteering', 'culture'],
    views: 862,
    body: `<p>6月初，由员工事务部发起的“书香蓝石”公益行动迎来阶段性成果：集团员工捐建的六座乡村学校图书室在四川、贵州两省山区陆续启用，两千余名小学生从中受益。</p>
<p>活动自今年1月启动以来，共有3200多名员工参与，累计捐款46万元，捐赠图书1.8万册。西南区域公司组织志愿者利用周末赶赴学校，帮忙整理书架、给图书编目，还给孩子们上了几堂生动有趣的科普课。</p>
<p>“以前学校只有一个放旧课本的柜子，现在孩子们一下课就往图书室跑。”一所受助小学的校长说。</p>
<p>员工事务部负责人潘晓莉表示，图书室建成只是开始。后续每学期都会补充新书，并邀请集团的工程师定期开设线上科学课，让这份善意持续下去。</p>
<p>下半年，活动将开展第二批捐建，欢迎大家通过内网“公益专区”报名参与。</p>`,
  },
  {
    key: 'en-2025-university-partnership',
    lang: 'en',
    category: 'group-news',
    unit: 'HQ-RD',
    author: 'admin',
    visibility: 'public',
    status: 'published',
    publishedAt: '2025-04-10T16:00:00+08:00',
    title: 'Lanstone signs research partnership with Eastshore University of Technology',
    summary:
      'A five-year agreement creates a joint laboratory for battery materials and recyclable packaging, and a scholarship for engineering students.',
    tags: ['research', 'partnership', 'innovation'],
    views: 1124,
    body: `<p>Lanstone Group and Eastshore University of Technology signed a five-year strategic cooperation agreement on April 10, establishing a joint laboratory for advanced materials on the university campus.</p>
<p>The laboratory will focus on two areas where the group expects its strongest long-term demand: high-nickel cathode materials for power batteries, and mono-material films that make flexible packaging easier to recycle. The group will contribute 30 million yuan in research funding over the term of the agreement, and the university will provide laboratory space and a team of twelve faculty members and doctoral researchers.</p>
<p>Wei Lanxin, Director of the Technology R&amp;D Center, said the partnership would shorten the path from laboratory result to factory trial. "Our engineers know the production constraints, and the university team knows the science. Putting them in the same room is the fastest way to get new materials onto our lines."</p>
<p>The agreement also creates the Lanstone Scholarship, which will support forty undergraduate engineering students each year and offer them summer internships at the group's plants in Jiaxing, Changzhou and Chengdu.</p>
<p>The first joint projects are expected to start in June.</p>`,
  },
  {
    key: 'zh-2025-university-partnership',
    lang: 'zh',
    translationOf: 'en-2025-university-partnership',
    category: 'group-news',
    unit: 'HQ-RD',
    author: 'editor',
    visibility: 'public',
    status: 'published',
    publishedAt: '2025-04-10T16:00:00+08:00',
    title: '蓝石集团与东岸理工大学签署战略合作协议',
    summary: '双方将共建先进材料联合实验室，围绕电池材料和可回收包装开展为期五年的合作，并设立工科奖学金。',
    tags: ['research', 'partnership', 'innovation'],
    views: 947,
    body: `<p>4月10日，蓝石集团与东岸理工大学签署为期五年的战略合作协议，双方将在该校校园内共建先进材料联合实验室。</p>
<p>联合实验室将聚焦集团长期需求最旺盛的两个方向：一是动力电池用高镍正极材料，二是让软包装更易回收的单一材质薄膜。协议期内，集团将投入研发经费3000万元，学校提供实验场地，并组建由12名教师和博士研究人员组成的科研团队。</p>
<p>集团技术研发中心主任魏岚欣表示，这次合作将缩短从实验室成果到工厂试产的距离。“我们的工程师熟悉生产中的各种约束，高校团队掌握前沿科学，把两支队伍放在一起，新材料才能更快走上生产线。”</p>
<p>协议还设立了“蓝石奖学金”，每年资助40名工科本科生，并为他们提供到集团嘉兴、常州、成都等地工厂暑期实习的机会。</p>
<p>首批联合研究项目预计于6月启动。</p>`,
  },
  {
    key: 'en-2025-30th-anniversary',
    lang: 'en',
    category: 'group-news',
    unit: 'GROUP',
    sourceText: 'Anniversary Organising Committee',
    author: 'admin',
    visibility: 'public',
    featured: true,
    status: 'published',
    publishedAt: '2025-09-26T18:00:00+08:00',
    title: 'Thirty years on: Lanstone celebrates its anniversary with employees and partners',
    summary:
      'The group marked its thirtieth anniversary with an open day at its first plant, a long-service ceremony and the launch of an oral-history archive.',
    tags: ['anniversary', 'culture'],
    views: 2651,
    body: `<p>Lanstone Group celebrated its thirtieth anniversary on September 26 with an open day at its first plant in Jiaxing, where the company began in 1995 as a workshop of forty people making corrugated cartons.</p>
<p>More than 1,500 employees, retirees, customers and suppliers toured the site, which today produces high-barrier films for food and pharmaceutical packaging. Visitors could compare the original hand-fed gluing machine, restored for the occasion, with the automated line that now runs beside it.</p>
<p>At a ceremony in the afternoon, Chairman Gao Mingyuan presented long-service medals to 312 colleagues who have worked for the group for twenty years or more. "Every product we make today carries something these colleagues taught us," he said. "The company is thirty years old, but what keeps it young is the people who still ask how we can do things better."</p>
<p>The General Office also launched <em>Lanstone Voices</em>, an oral-history archive on the intranet with more than sixty recorded interviews with current and retired employees. Colleagues who would like to share their own story can book a recording session with the General Office.</p>
<p>Anniversary events continue at the operating units through October, including family days in Changzhou, Foshan and Chengdu.</p>`,
  },
  {
    key: 'en-2026-sustainability-report',
    lang: 'en',
    category: 'group-news',
    unit: 'HQ-GO',
    author: 'editor',
    visibility: 'public',
    status: 'published',
    publishedAt: '2026-04-22T11:00:00+08:00',
    title: 'Group publishes its 2025 sustainability report',
    summary:
      'The report shows a 9 percent cut in energy use per unit of output and sets a target of 40 percent renewable electricity by 2030.',
    tags: ['sustainability', 'energy'],
    views: 943,
    body: `<p>Lanstone Group published its 2025 Sustainability Report on April 22. It is the fourth annual report of its kind and the first to be reviewed by an independent assurance provider.</p>
<p>The report shows that energy consumption per ten thousand yuan of output fell by 9 percent compared with 2024, mainly thanks to waste-heat recovery at the specialty chemicals plant and the replacement of older air compressors across the machinery business. Rooftop solar panels on eleven factory buildings generated 38 million kilowatt-hours of electricity during the year, about 14 percent of the group's total consumption.</p>
<p>On the social side, the lost-time injury rate fell for the third year in a row, and employees logged more than 26,000 hours of volunteer work.</p>
<ul>
<li>Energy per unit of output: down 9 percent</li>
<li>Solar generation: 38 million kWh</li>
<li>Volunteer hours: more than 26,000</li>
</ul>
<p>The report also sets new targets: 40 percent of electricity from renewable sources by 2030, and all packaging products designed for recyclability by 2028.</p>
<p>The full report, in English and Chinese, can be downloaded from the group website and the intranet library.</p>`,
  },
  {
    key: 'zh-2026-sustainability-report',
    lang: 'zh',
    translationOf: 'en-2026-sustainability-report',
    category: 'group-news',
    unit: 'HQ-GO',
    author: 'editor2',
    visibility: 'public',
    status: 'published',
    publishedAt: '2026-04-22T11:00:00+08:00',
    title: '集团发布2025年度可持续发展报告',
    summary: '报告显示，集团单位产值能耗同比下降9%，并提出到2030年可再生能源电力占比达到40%的目标。',
    tags: ['sustainability', 'energy'],
    views: 788,
    body: `<p>4月22日，蓝石集团发布《2025年度可持续发展报告》。这是集团连续第四年发布该报告，也是首次引入独立第三方机构进行鉴证。</p>
<p>报告显示，2025年集团万元产值综合能耗比2024年下降9%，主要得益于精细化工工厂的余热回收改造，以及精密机械板块对老旧空压机的集中更换。集团11栋厂房屋顶的光伏电站全年发电3800万千瓦时，约占集团总用电量的14%。</p>
<p>在社会责任方面，集团损工事故率连续第三年下降，员工全年志愿服务时长超过2.6万小时。</p>
<ul>
<li>单位产值能耗：下降9%</li>
<li>光伏发电量：3800万千瓦时</li>
<li>志愿服务时长：超过2.6万小时</li>
</ul>
<p>报告还提出了新的目标：到2030年，可再生能源电力占比达到40%；到2028年，所有包装产品均实现可回收设计。</p>
<p>报告中英文全文可在集团官网和内网资料库下载。</p>`,
  },

  // =========================================================================
  // Operations
  // =========================================================================
  {
    key: 'en-2024-h1-operating-results',
    lang: 'en',
    category: 'operations',
    unit: 'HQ-FIN',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-08-08T14:00:00+08:00',
    title: 'First-half 2024 results: revenue up 5.2 percent, cash flow ahead of plan',
    summary:
      'Group revenue reached 8.6 billion yuan in the first half, and operating cash flow turned positive a quarter earlier than planned.',
    tags: ['finance', 'results', 'operations'],
    views: 1318,
    body: `<p>The Finance Department has released the group's unaudited operating results for the first half of 2024. Revenue reached 8.6 billion yuan, up 5.2 percent year on year, and total profit was 512 million yuan, up 3.1 percent.</p>
<h3>Results by business</h3>
<ul>
<li><strong>New energy materials:</strong> revenue up 21 percent as two new customer contracts entered volume production.</li>
<li><strong>Precision machinery:</strong> broadly flat, with export orders offsetting weaker domestic demand.</li>
<li><strong>Packaging and specialty chemicals:</strong> revenue down 2 percent, as selling prices followed the fall in resin costs.</li>
<li><strong>Logistics and engineering:</strong> revenue up 8 percent, helped by new external customers.</li>
</ul>
<p>Operating cash flow was positive at 236 million yuan, one quarter ahead of the plan agreed at the beginning of the year. Chief Financial Officer Fang Jiayi credited the improvement to tighter management of receivables: the average collection period shortened by eleven days.</p>
<p>"The numbers are solid, but the second half will be harder," she said. "Price pressure in packaging has not gone away, and we need every unit to keep costs and inventories under close watch."</p>
<p>Detailed results by operating unit are available to managers in the financial reporting system.</p>`,
  },
  {
    key: 'zh-2024-logistics-hub',
    lang: 'zh',
    category: 'operations',
    unit: 'OU-LOG',
    author: 'editor',
    visibility: 'public',
    status: 'published',
    publishedAt: '2024-11-15T16:30:00+08:00',
    title: '蓝石物流嘉兴智慧物流园正式投运',
    summary: '嘉兴智慧物流园投入运营，自动化立体仓库和智能调度系统将使长三角区域订单平均交付时间缩短近一天。',
    tags: ['logistics', 'digital', 'operations'],
    views: 781,
    body: `<p>11月15日，蓝石物流有限公司嘉兴智慧物流园正式投入运营。物流园占地约120亩，总投资4.2亿元，是集团在长三角地区规模最大的仓储配送枢纽。</p>
<p>园区的核心是一座高24米的自动化立体仓库，设有3.6万个货位，出入库作业全部由堆垛机和穿梭车完成。同步上线的智能调度系统可以根据订单、车辆和路况，自动编排装车顺序和配送线路。</p>
<p>蓝石物流总经理卢振海介绍：“过去客户下单后，货物要在三个仓库之间来回调拨；现在集中到一个园区统一发运，长三角区域订单的平均交付时间预计能缩短近一天。”</p>
<p>物流园除服务集团内部的包装、化工和机械板块外，还将面向外部客户提供仓储和城市配送服务。园区屋顶已建成5.5兆瓦光伏电站，并配套建设了40个新能源货车充电桩。</p>`,
  },
  {
    key: 'en-2025-cathode-line',
    lang: 'en',
    category: 'operations',
    unit: 'OU-ENR',
    author: 'editor2',
    visibility: 'public',
    status: 'published',
    publishedAt: '2025-05-20T10:30:00+08:00',
    title: 'New cathode-material line in Chengdu reaches design capacity',
    summary:
      'The 20,000-tonne high-nickel cathode line of Lanstone New Energy Materials reached full output four months after start-up, two months ahead of plan.',
    tags: ['new-energy', 'production', 'operations'],
    views: 1392,
    body: `<p>The high-nickel cathode material line of Lanstone New Energy Materials in Chengdu reached its design capacity of 20,000 tonnes a year in May, four months after trial production began and two months earlier than planned.</p>
<p>The line supplies cathode powders for power batteries used in passenger cars and energy-storage systems. Its first-pass yield has stabilised above 96 percent, and all four of its launch customers have completed product qualification.</p>
<p>General Manager Kong Fanyu attributed the fast ramp-up to preparation done long before the first batch. "We trained operators on a pilot line for six months, and our process engineers practically lived on the shop floor during commissioning. When problems came up, the people who could fix them were already there."</p>
<p>The plant runs on a digital control system that records more than 3,000 process parameters per batch, so every tonne of product can be traced back to its raw materials and kiln conditions.</p>
<p>A second phase, which would double capacity, is now under feasibility study.</p>`,
  },
  {
    key: 'zh-2025-cathode-line',
    lang: 'zh',
    translationOf: 'en-2025-cathode-line',
    category: 'operations',
    unit: 'OU-ENR',
    author: 'editor',
    visibility: 'public',
    status: 'published',
    publishedAt: '2025-05-20T10:30:00+08:00',
    title: '成都高镍正极材料产线提前达产',
    summary: '蓝石新能源材料公司年产2万吨高镍正极材料产线在试产四个月后实现满负荷运行，比计划提前两个月。',
    tags: ['new-energy', 'production', 'operations'],
    views: 1057,
    body: `<p>5月，蓝石新能源材料有限公司成都基地高镍正极材料产线达到年产2万吨的设计产能。该产线自试生产起仅用四个月即实现达产，比计划提前两个月。</p>
<p>产线生产的正极粉体主要用于乘用车动力电池和储能系统。目前产品一次合格率稳定在96%以上，四家首批客户已全部完成产品认证。</p>
<p>谈到快速达产的原因，公司总经理孔繁宇认为功夫下在了投产之前：“操作人员提前半年在中试线上培训，调试期间工艺工程师几乎吃住都在车间。一出问题，能解决问题的人就在现场。”</p>
<p>产线采用数字化控制系统，每批次记录3000多个工艺参数，每一吨产品都可以追溯到原材料批次和窑炉工况。</p>
<p>目前，产能翻番的二期项目正在开展可行性研究。</p>`,
  },
  {
    key: 'zh-2025-south-export-order',
    lang: 'zh',
    category: 'operations',
    unit: 'OU-SOUTH',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-08-12T09:40:00+08:00',
    title: '华南区域公司签下金额最大的单笔海外订单',
    summary: '华南区域公司与一家东南亚食品企业签署包装生产线整线供货合同，合同金额约1.3亿元，创区域公司单笔海外订单纪录。',
    tags: ['export', 'packaging', 'operations'],
    views: 538,
    body: `<p>8月上旬，华南区域公司与一家东南亚大型食品企业签署包装生产线整线供货合同，合同金额约1.3亿元，这是区域公司成立以来金额最大的单笔海外订单。</p>
<p>根据合同，华南区域公司将联合蓝石精密机械和蓝石包装材料两家公司，为客户在泰国新建的工厂提供从制袋、灌装到装箱的四条完整生产线，并供应投产首年所需的包装膜材。</p>
<p>区域公司销售团队从去年10月起跟进该项目，先后三次组织客户到佛山、常州的工厂实地考察。“客户最看重的，是一家供应商能把设备和材料一起负责到底。”项目负责人说，“这恰恰是集团协同的优势所在。”</p>
<p>设备计划于明年一季度发运，安装调试由华南区域公司和精密机械公司组成的联合服务团队负责。</p>`,
  },
  {
    key: 'en-2026-q1-operating-results',
    lang: 'en',
    category: 'operations',
    unit: 'HQ-FIN',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-04-15T15:00:00+08:00',
    title: 'First-quarter 2026 results: a solid start to the year',
    summary:
      'Group revenue rose 7.4 percent to 4.7 billion yuan in the first quarter, with new energy materials and overseas sales leading growth.',
    tags: ['finance', 'results', 'operations'],
    views: 1207,
    body: `<p>According to the quarterly report released by the Finance Department, Lanstone Group recorded revenue of 4.7 billion yuan in the first quarter of 2026, up 7.4 percent year on year. Total profit reached 286 million yuan, up 9.1 percent, and the gross margin improved by 0.6 percentage points.</p>
<p>New energy materials remained the fastest-growing business, with revenue up 24 percent. Overseas sales, led by the South China Regional Company's packaging-line contracts, grew 31 percent and now account for 18 percent of group revenue.</p>
<p>The quarter also had weak spots. The specialty chemicals business missed its profit target after a planned maintenance shutdown ran eight days longer than scheduled, and receivables at two regional companies rose faster than sales.</p>
<p>"A good first quarter gives us room, not a reason to relax," said Chief Financial Officer Fang Jiayi. The Finance Department will hold one-to-one reviews with the units that fell short of their targets before the end of April.</p>`,
  },
  {
    key: 'zh-2026-q1-operating-results',
    lang: 'zh',
    translationOf: 'en-2026-q1-operating-results',
    category: 'operations',
    unit: 'HQ-FIN',
    author: 'admin',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-04-15T15:00:00+08:00',
    title: '集团2026年一季度经营情况：开局良好',
    summary: '一季度集团实现营业收入47亿元，同比增长7.4%，新能源材料和海外业务成为主要增长点。',
    tags: ['finance', 'results', 'operations'],
    views: 1033,
    body: `<p>财务管理部发布的季度报告显示，2026年一季度，蓝石集团实现营业收入47亿元，同比增长7.4%；利润总额2.86亿元，同比增长9.1%；综合毛利率提高0.6个百分点。</p>
<p>新能源材料仍是增长最快的板块，营业收入同比增长24%。海外业务同比增长31%，占集团营业收入的比重升至18%，其中华南区域公司的包装生产线出口合同贡献最大。</p>
<p>一季度也暴露出一些短板：精细化工板块计划内停产检修比预定工期多用了8天，利润未完成目标；两家区域公司应收账款增速快于销售增速。</p>
<p>集团首席财务官方嘉怡表示：“一季度开局良好，让我们有了回旋余地，但绝不是松劲的理由。”财务管理部将于4月底前与未完成目标的单位逐一开展专题复盘。</p>`,
  },

  // =========================================================================
  // People
  // =========================================================================
  {
    key: 'en-2024-graduate-intake',
    lang: 'en',
    category: 'people',
    unit: 'HQ-HR',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-08-20T09:00:00+08:00',
    title: '186 graduates join Lanstone as the class of 2024',
    summary:
      'This year\'s graduate intake began a two-week induction programme at headquarters before rotating to plants across the group.',
    tags: ['talent', 'training', 'people'],
    views: 976,
    body: `<p>On August 19, 186 new graduates from 47 universities began their careers at Lanstone Group with a two-week induction programme at headquarters in Hangzhou.</p>
<p>The class of 2024 is the largest in the group's history. Nearly two thirds studied engineering, materials science or chemistry, and 38 hold master's or doctoral degrees. The new colleagues will join all ten operating units as well as the Technology R&amp;D Center and the Digital Innovation Center.</p>
<p>The induction covers the group's history and businesses, safety basics, quality management and a day of practical work at the Jiaxing packaging plant. Each graduate has been paired with an experienced mentor who will guide them through their first year.</p>
<p>Welcoming the new colleagues, Xu Peiran, Director of Human Resources, encouraged them not to be afraid of asking questions. "The best engineers I know are the ones who spent their first year on the shop floor asking why things are done the way they are."</p>
<p>After the induction, the graduates will spend twelve months rotating between production, quality and technical roles before taking up their permanent positions.</p>`,
  },
  {
    key: 'zh-2024-graduate-intake',
    lang: 'zh',
    translationOf: 'en-2024-graduate-intake',
    category: 'people',
    unit: 'HQ-HR',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-08-20T09:00:00+08:00',
    title: '186名2024届毕业生加入蓝石大家庭',
    summary: '今年入职的应届毕业生在总部参加为期两周的入职培训，随后将赴集团各地工厂轮岗。',
    tags: ['talent', 'training', 'people'],
    views: 1143,
    body: `<p>8月19日，来自47所高校的186名应届毕业生走进杭州总部，开始为期两周的入职培训，正式开启在蓝石集团的职业生涯。</p>
<p>2024届新员工是集团历年来规模最大的一批。其中近三分之二毕业于工程、材料或化学相关专业，硕士、博士研究生38人。他们将分赴十家经营单位以及技术研发中心、数字创新中心。</p>
<p>入职培训内容包括集团发展历程与业务概况、安全基础知识、质量管理，以及在嘉兴包装工厂为期一天的现场实操。每位新员工都配备了一名经验丰富的导师，在入职第一年给予指导。</p>
<p>人力资源部总监许沛然在欢迎致辞中鼓励大家多问“为什么”：“我认识的最优秀的工程师，都是在第一年里扎在车间、不停追问事情为什么要这样做的人。”</p>
<p>培训结束后，新员工将在生产、质量、技术等岗位轮岗12个月，然后正式定岗。</p>`,
  },
  {
    key: 'zh-2024-skills-contest-award',
    lang: 'zh',
    category: 'people',
    unit: 'OU-MACH',
    sourceText: '精密机械公司综合办公室',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-12-10T11:15:00+08:00',
    title: '精密机械公司钳工彭晓东获省职业技能大赛一等奖',
    summary: '蓝石精密机械公司装配车间钳工彭晓东在省级职业技能大赛装配钳工项目中夺得一等奖。',
    tags: ['awards', 'skills', 'people'],
    views: 652,
    body: `<p>近日，在省级职业技能大赛装配钳工项目决赛中，蓝石精密机械有限公司装配车间钳工彭晓东从86名选手中脱颖而出，获得一等奖。</p>
<p>比赛要求选手在六小时内，仅凭图纸和手工工具完成一套精密传动部件的加工与装配，配合精度须控制在0.01毫米以内。彭晓东提前40分钟完成作品，各项精度指标均排名第一。</p>
<p>今年34岁的彭晓东已在公司工作13年。为备战比赛，他连续三个月每天下班后在培训室练上两三个小时，光是锉削练习用掉的钢块就有200多块。</p>
<p>“比赛拼的是基本功。平时在生产线上认真对待每一个零件，到了赛场心里就有底。”彭晓东说。</p>
<p>公司总经理严乔表示，公司将以彭晓东的名字设立技能工作室，由他带领青年技工开展技艺传承和工艺改进。</p>`,
  },
  {
    key: 'en-2025-excellence-awards',
    lang: 'en',
    category: 'people',
    unit: 'HQ-HR',
    author: 'admin',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-02-14T17:00:00+08:00',
    title: 'Group honours the winners of its 2024 Excellence Awards',
    summary:
      'Twenty individuals and eight teams received the group\'s annual Excellence Awards for results in safety, innovation, customer service and teamwork.',
    tags: ['awards', 'people'],
    views: 1461,
    body: `<p>Lanstone Group presented its 2024 Excellence Awards on February 14, recognising twenty individuals and eight teams whose work made a difference last year. The winners were chosen from 214 nominations submitted by colleagues across the group.</p>
<p>Among the individual winners was Zhou Lingyun, a shift supervisor at Lanstone Specialty Chemicals, whose team completed 1,000 days without a recordable injury. Liang Wenbo of the Digital Innovation Center was recognised for building the scheduling tool the logistics company now uses to plan more than 600 deliveries a day.</p>
<p>The Team Award for Innovation went to the Chengdu cathode-material project team, which developed a new sintering profile that cut energy use per tonne by 12 percent. The Customer Service Award went to the after-sales team of the North China Regional Company, which answered every urgent service call within four hours throughout the year.</p>
<p>"These awards are chosen by colleagues, not by managers alone," said Xu Peiran, Director of Human Resources. "That is what gives them their weight."</p>
<p>Profiles of all the winners are published in the People section of the intranet.</p>`,
  },
  {
    key: 'zh-2025-excellence-awards',
    lang: 'zh',
    translationOf: 'en-2025-excellence-awards',
    category: 'people',
    unit: 'HQ-HR',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-02-14T17:00:00+08:00',
    title: '集团表彰2024年度卓越奖获奖个人和团队',
    summary: '20名个人和8个团队荣获集团年度卓越奖，表彰他们在安全、创新、客户服务和团队协作方面的突出贡献。',
    tags: ['awards', 'people'],
    views: 1285,
    body: `<p>2月14日，蓝石集团举行2024年度卓越奖颁奖仪式，对20名个人和8个团队予以表彰。获奖者从全集团同事提交的214份提名中评选产生。</p>
<p>个人获奖者中，蓝石精细化工公司值班长周凌云带领班组实现连续1000天无可记录伤害；数字创新中心的梁文博开发的排程工具，如今每天帮助物流公司规划600多车次配送。</p>
<p>创新团队奖授予成都正极材料项目团队，他们开发的新烧结工艺使每吨产品能耗降低12%。客户服务奖授予华北区域公司售后团队，全年所有紧急服务请求均在4小时内响应。</p>
<p>人力资源部总监许沛然表示：“卓越奖由同事们提名评选，而不只是由管理者决定，这正是它的分量所在。”</p>
<p>全部获奖者的事迹已发布在内网“人物风采”栏目。</p>`,
  },
  {
    key: 'en-2025-mentoring-programme',
    lang: 'en',
    category: 'people',
    unit: 'HQ-HR',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-06-18T10:00:00+08:00',
    title: 'Mentoring programme pairs 300 young employees with experienced colleagues',
    summary:
      'The group-wide mentoring programme enters its second year with 300 pairs and a new track for frontline technicians.',
    tags: ['talent', 'training', 'people'],
    views: 433,
    body: `<p>The group's mentoring programme entered its second year in June with 300 mentor and mentee pairs, nearly twice as many as in its first year.</p>
<p>Besides the management track, which pairs young managers with senior leaders from another business, the programme now has a technical track for frontline technicians. Mentors on this track are senior technicians and skills-contest winners who pass on hands-on skills such as equipment diagnosis, precision assembly and process troubleshooting.</p>
<p>Each pair agrees on three goals at the start and meets at least twice a month for a year. Human Resources provides a short course for mentors and a simple online log to record progress.</p>
<p>"My mentor never gives me the answer straight away," said a first-year process engineer in Changzhou. "She asks what I have already tried, and by the time I have explained it, I usually know what to do next."</p>
<p>Employees with less than three years of service who would like to join the next round can apply through their HR business partner before the end of September.</p>`,
  },
  {
    key: 'en-2026-lab-manager-retires',
    lang: 'en',
    category: 'people',
    unit: 'OU-CHEM',
    author: 'editor2',
    visibility: 'public',
    status: 'published',
    publishedAt: '2026-03-09T16:20:00+08:00',
    title: 'Twenty-eight years in the lab: quality manager Hu Meiling retires',
    summary:
      'Hu Meiling, who built the quality laboratory of Lanstone Specialty Chemicals from a single room, retires after twenty-eight years with the group.',
    tags: ['quality', 'people'],
    views: 724,
    body: `<p>When Hu Meiling joined the group in 1998, the quality laboratory of what is now Lanstone Specialty Chemicals was a single room with two balances, a drying oven and a notebook of handwritten test results. This month she retires as its manager, leaving behind a laboratory of 46 people accredited to international testing standards.</p>
<p>Over twenty-eight years, Hu led the laboratory through three plant expansions and the arrival of its first chromatography equipment. She also wrote most of the test procedures still in use today. Colleagues remember her insistence on checking every unexpected result twice before reporting it.</p>
<blockquote><p>"A number in a report is a promise to the customer. If you are not sure, test it again. That is cheaper than any complaint."</p></blockquote>
<p>Beyond her technical work, Hu trained more than a hundred analysts, several of whom now run laboratories at other group companies. Her deputy, Ma Jun, takes over as laboratory manager.</p>
<p>In retirement, she plans to take up watercolour painting and to travel along the Yangtze with her husband.</p>`,
  },
  {
    key: 'zh-2026-young-talent-programme',
    lang: 'zh',
    category: 'people',
    unit: 'HQ-HR',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-05-20T14:30:00+08:00',
    title: '“青蓝计划”第三期开班 60名青年骨干入选',
    summary: '集团青年人才培养项目“青蓝计划”第三期开班，60名35岁以下骨干员工将接受为期一年的系统培养。',
    tags: ['talent', 'training', 'people'],
    views: 612,
    body: `<p>5月20日，集团青年人才培养项目“青蓝计划”第三期在杭州总部开班。经过单位推荐、笔试和面试，60名35岁以下的青年骨干从420名报名者中脱颖而出。</p>
<p>本期学员中，生产和技术岗位人员占一半以上，女性学员21名，平均年龄31岁。培养周期为一年，包括四个集中学习模块、一个跨单位实践课题和一次海外工厂交流。</p>
<p>与前两期相比，本期新增“数字化能力”模块，学员将在数字创新中心指导下，用真实生产数据完成一个数据分析项目。实践课题全部来自各经营单位的实际难题，由集团领导担任课题导师。</p>
<p>人力资源部总监许沛然介绍，前两期共有118名学员结业，其中41人已走上中层管理岗位。“青蓝计划不是发证书，而是给年轻人压担子、搭台子。”</p>`,
  },

  // =========================================================================
  // Innovation
  // =========================================================================
  {
    key: 'en-2024-erp-cloud-migration',
    lang: 'en',
    category: 'innovation',
    unit: 'HQ-DIC',
    author: 'admin',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-05-14T09:30:00+08:00',
    title: 'Group ERP moves to the cloud without a minute of unplanned downtime',
    summary:
      'The Digital Innovation Center migrated the ERP system used by all ten operating units to the group\'s private cloud over a single weekend.',
    tags: ['digital', 'it'],
    views: 891,
    body: `<p>Over the weekend of May 11 and 12, the Digital Innovation Center moved the group's enterprise resource planning (ERP) system from ageing on-premises servers to the group's new private cloud platform. All ten operating units were back online by 6 a.m. on Monday, with no unplanned downtime.</p>
<p>The project had been eight months in preparation. The team ran three full rehearsals, each time copying the production data to the new platform, testing more than 1,400 business scenarios and timing every step.</p>
<p>"The rehearsals were the real work," said Tang Zhiheng, Director of the Digital Innovation Center. "By the time we did it for real, everyone knew their checklist by heart."</p>
<p>Users should notice faster month-end closing and reporting: in testing, the monthly closing run finished in 40 minutes instead of three hours. The new platform can also add capacity within hours during busy periods, instead of waiting for new hardware.</p>
<p>If you notice any unusual behaviour in the ERP system, please contact the IT service desk at extension 8000.</p>`,
  },
  {
    key: 'zh-2024-erp-cloud-migration',
    lang: 'zh',
    translationOf: 'en-2024-erp-cloud-migration',
    category: 'innovation',
    unit: 'HQ-DIC',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-05-14T09:30:00+08:00',
    title: '集团ERP系统平稳迁移上云 全程零意外停机',
    summary: '数字创新中心利用一个周末，将十家经营单位使用的集团ERP系统整体迁移至集团私有云平台。',
    tags: ['digital', 'it'],
    views: 746,
    body: `<p>5月11日至12日的周末，数字创新中心完成了集团ERP系统的迁移，将系统从老旧的本地服务器整体迁移至集团新建的私有云平台。周一早上6点前，十家经营单位全部恢复使用，全程未发生计划外停机。</p>
<p>项目筹备历时8个月。项目组先后进行了三次全流程演练，每次都将生产数据完整复制到新平台，测试1400多个业务场景，并记录每个步骤所需的时间。</p>
<p>数字创新中心主任唐志恒说：“真正的功夫都下在演练上。到正式切换时，每个人对自己的检查清单都已烂熟于心。”</p>
<p>迁移后，大家会明显感受到月结和报表生成速度的提升：测试中，月末结账由原来的3个小时缩短至40分钟。新平台还可以在业务高峰期几小时内完成扩容，不必再等待采购新硬件。</p>
<p>如发现ERP系统有任何异常，请联系IT服务台（分机8000）。</p>`,
  },
  {
    key: 'en-2024-patent-milestone',
    lang: 'en',
    category: 'innovation',
    unit: 'HQ-RD',
    author: 'editor2',
    visibility: 'public',
    status: 'published',
    publishedAt: '2024-09-12T10:45:00+08:00',
    title: 'Lanstone passes 1,000 valid patents',
    summary:
      'The group now holds more than 1,000 valid patents, including 286 invention patents, after a year of record filings.',
    tags: ['patents', 'research', 'innovation'],
    views: 563,
    body: `<p>The number of valid patents held by Lanstone Group and its subsidiaries passed 1,000 in September, according to figures compiled by the Technology R&amp;D Center. Invention patents, the most demanding category, account for 286 of the total, up from 190 two years ago.</p>
<p>The precision machinery business holds the largest share, with 412 patents covering packaging equipment, servo drives and inspection systems. New energy materials, the youngest business, has been the fastest-growing source of invention patents, most of them related to precursor synthesis and sintering.</p>
<p>Wei Lanxin, Director of the Technology R&amp;D Center, said the number matters less than the use made of it. "About seventy percent of our patents are applied in products we sell today. We want every patent to answer a real problem from a customer or a production line."</p>
<p>The Center has also introduced a new reward scheme: inventors receive a bonus when a patent is granted, and a further share of the benefit when it is licensed or used in a product that reaches its sales targets.</p>`,
  },
  {
    key: 'en-2025-ai-quality-inspection',
    lang: 'en',
    category: 'innovation',
    unit: 'OU-MACH',
    author: 'editor',
    visibility: 'public',
    featured: true,
    status: 'published',
    publishedAt: '2025-03-25T09:15:00+08:00',
    title: 'AI vision system catches defects the human eye misses',
    summary:
      'Lanstone Precision Machinery has deployed a machine-vision inspection system on its gear line, cutting the number of defective parts reaching customers by 80 percent.',
    tags: ['ai', 'digital', 'quality'],
    views: 2207,
    body: `<p>Lanstone Precision Machinery has put an AI-based visual inspection system into service on its gear and shaft production line in Changzhou. Since its introduction in January, the number of defective parts reaching customers has fallen by 80 percent.</p>
<p>Six high-resolution cameras photograph every part from several angles as it leaves the grinding machine. A model trained on 120,000 labelled images flags scratches, burrs and pitting as small as 0.05 millimetres, in less than a second per part.</p>
<p>The system was developed jointly by the company's quality department and the group's Digital Innovation Center. The hardest part, the engineers say, was not the model but collecting enough examples of rare defects: for months, inspectors set aside and photographed every faulty part they found.</p>
<p>"The inspectors have not been replaced; their job has changed," said General Manager Yan Qiao. "They now review the cases the system is unsure about and help us improve the model every week."</p>
<p>Building on the results in Changzhou, the Digital Innovation Center plans to adapt the system for film inspection at the packaging plants later this year.</p>`,
  },
  {
    key: 'zh-2025-digital-twin',
    lang: 'zh',
    category: 'innovation',
    unit: 'OU-CHEM',
    author: 'admin',
    visibility: 'internal',
    featured: true,
    status: 'published',
    publishedAt: '2025-11-06T10:00:00+08:00',
    title: '精细化工公司建成集团首个数字孪生工厂',
    summary: '蓝石精细化工公司完成全厂数字孪生建设，生产、设备和安全数据在同一个三维平台上实时呈现。',
    tags: ['digital', 'innovation', 'safety'],
    views: 1049,
    body: `<p>11月上旬，蓝石精细化工有限公司数字孪生工厂项目通过验收，成为集团首个实现全厂数字孪生的生产基地。</p>
<p>项目历时14个月，对全厂6套生产装置、1.2万个测点和800多台主要设备进行了三维建模和数据接入。在中控室的大屏上，操作人员可以看到每台反应釜的温度和压力、每条管线的流量，以及每台机泵的振动情况。一旦数据异常，系统会在三维模型上直接定位到具体设备。</p>
<p>数字孪生还用于安全培训和应急演练。新员工可以先在虚拟工厂里“走”一遍巡检路线；应急预案也可以在模型中推演，找出疏散路线和处置步骤中的薄弱环节。</p>
<p>公司设备部负责人表示，系统试运行三个月以来，设备非计划停机时间同比减少了27%。“以前靠老师傅听声音判断机泵有没有毛病，现在数据能提前一周发出预警。”</p>
<p>数字创新中心将总结项目经验，明年起在新能源材料和包装板块逐步推广。</p>`,
  },
  {
    key: 'en-2026-ask-lan-assistant',
    lang: 'en',
    category: 'innovation',
    unit: 'HQ-DIC',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-06-10T09:00:00+08:00',
    title: 'Ask Lan: a new assistant answers your questions about group policies',
    summary:
      'The Digital Innovation Center has launched Ask Lan, an intranet assistant that answers employees\' questions using the group\'s own policies and procedures.',
    tags: ['ai', 'digital', 'it'],
    views: 1643,
    body: `<p>Employees can now put everyday questions about group policies to Ask Lan, a new assistant launched on the intranet by the Digital Innovation Center on June 10.</p>
<p>Ask Lan searches more than 2,300 current documents, including HR policies, travel and expense rules, IT guides and safety procedures, and answers in English or Chinese. Every answer links to the documents it is based on, so that users can check the original wording.</p>
<p>During a two-month pilot with 400 users at headquarters and the East China Regional Company, the most frequent questions concerned travel allowances, annual leave and booking meeting rooms. Pilot users rated 87 percent of the answers as helpful.</p>
<p>The assistant runs on the group's private cloud, and no questions or documents leave the group's network. It only draws on documents that the person asking is already allowed to read.</p>
<p>"Ask Lan does not replace your HR partner or the IT service desk," said Tang Zhiheng, Director of the Digital Innovation Center. "It helps you find the right rule quickly, and tells you whom to contact when a question needs a person."</p>
<p>A feedback button appears under every answer, and document owners will receive a monthly list of the questions the assistant could not answer.</p>`,
  },
  {
    key: 'zh-2026-ask-lan-assistant',
    lang: 'zh',
    translationOf: 'en-2026-ask-lan-assistant',
    category: 'innovation',
    unit: 'HQ-DIC',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-06-10T09:00:00+08:00',
    title: '“问蓝”智能助手上线 制度问题随问随答',
    summary: '数字创新中心推出内网智能助手“问蓝”，依据集团现行制度和流程文件回答员工提问。',
    tags: ['ai', 'digital', 'it'],
    views: 1877,
    body: `<p>6月10日，数字创新中心在内网上线智能助手“问蓝”。员工在日常工作中遇到集团制度方面的疑问，现在可以直接向它提问。</p>
<p>“问蓝”可检索人事制度、差旅报销规定、IT操作指南、安全规程等2300多份现行文件，支持中英文问答。每个回答都附有所依据文件的链接，方便用户核对原文。</p>
<p>此前，“问蓝”在总部和华东区域公司的400名用户中试用了两个月。大家问得最多的是差旅补贴标准、年休假规定和会议室预订方法，试用用户认为87%的回答“有帮助”。</p>
<p>“问蓝”部署在集团私有云上，提问内容和文件都不会离开集团网络；它只会引用提问者本人有权限查阅的文件。</p>
<p>数字创新中心主任唐志恒表示：“‘问蓝’不能代替人事伙伴和IT服务台，但能帮你迅速找到相关规定；遇到需要人工处理的问题，它也会告诉你该找谁。”</p>
<p>每个回答下方都设有反馈按钮，文件负责部门每月会收到一份“问蓝”未能回答的问题清单。</p>`,
  },
  {
    key: 'zh-2026-recyclable-film-launch',
    lang: 'zh',
    category: 'innovation',
    unit: 'OU-PKG',
    author: 'editor',
    visibility: 'public',
    featured: true,
    status: 'published',
    publishedAt: '2026-09-15T15:30:00+08:00',
    title: '蓝石包装发布全聚乙烯可回收高阻隔膜',
    summary: '蓝石包装材料公司推出单一材质全聚乙烯高阻隔膜，阻隔性能接近传统复合膜，使用后可直接进入聚乙烯回收体系。',
    tags: ['packaging', 'sustainability', 'product'],
    views: 1868,
    body: `<p>9月15日，蓝石包装材料有限公司在嘉兴举行新产品发布会，推出“清源”系列全聚乙烯可回收高阻隔膜。</p>
<p>传统高阻隔软包装通常由聚酯、铝箔、聚乙烯等多种材料复合而成，很难分离回收。新产品全部由聚乙烯制成，通过拉伸取向和纳米涂层工艺，使氧气和水蒸气阻隔性能接近传统复合膜，使用后可以直接进入现有的聚乙烯回收体系。</p>
<p>该产品由包装公司研发团队与东岸理工大学联合实验室历时两年共同开发，已申请发明专利9项。目前已有三家食品和日化企业完成试用，计划用于零食、咖啡和洗衣液包装。</p>
<p>公司负责人介绍，新产线年产能8000吨，年底前全面投产。这款产品也是集团实现“2028年所有包装产品均可回收设计”目标的关键一步。</p>`,
  },

  // =========================================================================
  // Safety and quality
  // =========================================================================
  {
    key: 'en-2024-fire-drill',
    lang: 'en',
    category: 'safety',
    unit: 'OU-CHEM',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-04-18T16:00:00+08:00',
    title: 'Specialty chemicals plant holds full-scale fire and leak drill',
    summary:
      'More than 300 employees and the local fire brigade took part in an unannounced drill simulating a solvent leak and a fire at the Nantong plant.',
    tags: ['safety', 'drill', 'emergency'],
    views: 668,
    body: `<p>At 2:15 p.m. on April 17, alarms sounded across the Lanstone Specialty Chemicals plant in Nantong: a solvent tank in the storage area had been reported leaking, and a fire had broken out at the loading bay. It was a drill, but only the plant management and the safety team knew it in advance.</p>
<p>More than 300 employees took part, together with two fire engines from the local fire brigade. The plant's emergency team isolated the tank, laid a foam blanket over the simulated spill and rescued two "injured" colleagues from the loading bay, while everyone else made their way to the assembly points.</p>
<p>The headcount at the assembly points was completed within seven minutes, two minutes faster than in last year's drill. The exercise also exposed weak points: radio contact between the control room and the storage area was patchy, and one group of contractors went to the wrong assembly point.</p>
<p>"A drill that goes perfectly teaches us very little," said Qiu Dongsheng, Director of the Safety and Quality Department, who observed the exercise. "Today we found two real problems, and we will fix both before the summer."</p>
<p>The plant will install additional radio repeaters in the tank farm and add assembly-point instructions to every contractor's induction.</p>`,
  },
  {
    key: 'zh-2024-fire-drill',
    lang: 'zh',
    translationOf: 'en-2024-fire-drill',
    category: 'safety',
    unit: 'OU-CHEM',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-04-18T16:00:00+08:00',
    title: '精细化工公司开展全要素消防和泄漏应急演练',
    summary: '300多名员工和当地消防救援队伍参加了一场事先未通知的演练，模拟南通工厂罐区溶剂泄漏并引发装车区火情。',
    tags: ['safety', 'drill', 'emergency'],
    views: 594,
    body: `<p>4月17日14时15分，蓝石精细化工有限公司南通工厂警报骤响：罐区一台溶剂储罐报告泄漏，装车区同时发生火情。这是一场“双盲”演练，事先只有工厂管理层和安全团队知情。</p>
<p>300多名员工参加演练，当地消防救援队伍出动两辆消防车协同处置。工厂应急队迅速隔离储罐，在模拟泄漏区域覆盖泡沫，并从装车区救出两名“受伤”同事；其他人员按疏散路线撤离至集合点。</p>
<p>各集合点在7分钟内完成人员清点，比去年演练快了2分钟。演练也暴露出一些问题：中控室与罐区之间的对讲通信时断时续，一组承包商人员跑错了集合点。</p>
<p>现场观摩的集团安全质量部总监邱东升说：“一场完美无缺的演练，能教给我们的东西很少。今天我们发现了两个真问题，夏季到来之前都要整改到位。”</p>
<p>工厂将在罐区加装对讲信号中继设备，并把集合点说明纳入每一名承包商人员的入场培训。</p>`,
  },
  {
    key: 'zh-2024-safety-month',
    lang: 'zh',
    category: 'safety',
    unit: 'HQ-SQ',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-06-03T17:10:00+08:00',
    title: '集团启动2024年“安全生产月”活动',
    summary: '6月是集团“安全生产月”，各单位将围绕隐患排查、应急演练和全员培训开展系列活动。',
    tags: ['safety', 'training'],
    views: 517,
    body: `<p>6月3日，集团“安全生产月”活动启动会以视频形式召开，总部各部门和十家经营单位同步参会。今年活动的主题是“人人讲安全，个个会应急”。</p>
<p>安全质量部总监邱东升在会上通报了今年前五个月的安全生产情况。他指出，集团未发生重伤及以上事故，但轻微伤事件中有六成与高处作业、受限空间作业和叉车作业有关，这三类作业将作为本月整治重点。</p>
<p>活动期间，各单位将重点开展以下工作：</p>
<ul>
<li>对全部生产区域开展一次隐患排查，建立整改台账，限期销号；</li>
<li>每个车间至少组织一次现场应急演练；</li>
<li>组织全员安全知识答题，一线员工参与率不低于95%；</li>
<li>开展“身边的隐患”随手拍活动，对有价值的线索给予奖励。</li>
</ul>
<p>邱东升强调，安全生产月不是一阵风式的检查。各单位要把活动中发现的问题纳入日常管理，问题不整改到位绝不放过。</p>`,
  },
  {
    key: 'en-2025-iso-recertification',
    lang: 'en',
    category: 'safety',
    unit: 'HQ-SQ',
    author: 'admin',
    visibility: 'public',
    status: 'published',
    publishedAt: '2025-06-27T11:30:00+08:00',
    title: 'Group passes quality management recertification audit with no major findings',
    summary:
      'An external certification body has renewed the group\'s multi-site ISO 9001 certificate after a two-week audit of headquarters and eight plants.',
    tags: ['quality', 'audit'],
    views: 482,
    body: `<p>Lanstone Group has completed the recertification audit of its multi-site quality management system under ISO 9001. The external certification body reported no major non-conformities after auditing headquarters and eight production sites over two weeks in June.</p>
<p>The auditors reviewed more than 200 processes, from the handling of customer complaints to the calibration of measuring instruments. They made seven minor findings, mostly about document version control and training records, and listed twelve examples of good practice, including the digital traceability system at the Chengdu cathode-material plant.</p>
<p>"Recertification is not the goal in itself," said Qiu Dongsheng, Director of the Safety and Quality Department. "What matters is that our processes work the same way in every plant, whether or not an auditor is watching."</p>
<p>The renewed certificate is valid for three years. Units with findings must submit corrective action plans to the Safety and Quality Department by July 15.</p>`,
  },
  {
    key: 'en-2025-typhoon-preparedness',
    lang: 'en',
    category: 'safety',
    unit: 'OU-SOUTH',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-09-02T08:45:00+08:00',
    title: 'South China sites get ready for the peak of the typhoon season',
    summary:
      'The South China Regional Company has completed typhoon checks at all its sites and reminds staff of the procedures that apply when warnings are issued.',
    tags: ['safety', 'emergency'],
    views: 391,
    body: `<p>With the peak of the typhoon season approaching, the South China Regional Company completed preparedness checks at its Foshan plant, its two warehouses and its customer service centre in the last week of August.</p>
<p>Teams inspected roofs, drainage channels, outdoor signs and scaffolding, and secured or removed 46 items that could be blown loose in strong winds. Sandbags, water pumps and backup generators have been checked and positioned at the low-lying warehouse in Shunde.</p>
<p>Employees are reminded of the procedures that apply when the authorities issue typhoon warnings:</p>
<ul>
<li><strong>Yellow warning:</strong> outdoor work at height stops, and vehicles are moved away from trees and hoardings.</li>
<li><strong>Orange warning:</strong> non-essential staff leave in time to be home before the storm arrives; shift handovers are done by phone.</li>
<li><strong>Red warning:</strong> all sites stop operating except for the duty team, and nobody should travel to work.</li>
</ul>
<p>Managers will inform their teams through the group messaging app. Employees who cannot reach their manager should call the regional duty phone, which is staffed around the clock while a warning is in force.</p>`,
  },
  {
    key: 'en-2026-safety-scorecard',
    lang: 'en',
    category: 'safety',
    unit: 'HQ-SQ',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-03-30T10:10:00+08:00',
    title: '2025 safety scorecard: the lowest injury rate in the group\'s history',
    summary:
      'The lost-time injury rate fell to 0.21 per million hours worked in 2025, and four operating units finished the year without a lost-time injury.',
    tags: ['safety', 'results'],
    views: 827,
    body: `<p>The Safety and Quality Department has published the group's safety scorecard for 2025. The lost-time injury rate fell to 0.21 per million hours worked, down from 0.29 in 2024 and the lowest since records began in 2010.</p>
<p>Four operating units, Lanstone Logistics, Lanstone Engineering and Construction, the North China Regional Company and the Southwest Regional Company, completed the year without a single lost-time injury.</p>
<p>Employees reported more than 9,800 near misses and hazards through the Safe Eye app, 35 percent more than the year before. Director Qiu Dongsheng called this good news: "More reports do not mean more danger. They mean people are looking, and they trust that speaking up leads to action."</p>
<p>The scorecard also shows where attention is needed:</p>
<ul>
<li>Hand and finger injuries still account for nearly half of all recordable cases.</li>
<li>Contractors were involved in a third of all incidents, although they work only a fifth of total hours.</li>
</ul>
<p>In 2026 the group will concentrate on machine guarding, the choice of gloves and the supervision of contractors. Each operating unit will set its own targets, which will be reviewed at the mid-year work meeting.</p>`,
  },
  {
    key: 'zh-2026-hazchem-training',
    lang: 'zh',
    category: 'safety',
    unit: 'OU-CHEM',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-08-21T16:40:00+08:00',
    title: '精细化工公司开展危险化学品岗位人员年度复训',
    summary: '蓝石精细化工公司组织412名危险化学品相关岗位人员完成年度复训和实操考核，考核合格率100%。',
    tags: ['safety', 'training', 'chemicals'],
    views: 309,
    body: `<p>8月中旬，蓝石精细化工有限公司完成2026年度危险化学品岗位人员复训。生产、储运、检维修等岗位共412名员工分八批参训，全部通过考核。</p>
<p>本次复训改变了以往以课堂讲授为主的方式，实操内容占比超过一半。学员需在实训区完成正压式空气呼吸器佩戴、泄漏点堵漏、装卸车静电接地等操作，由安全工程师逐项打分。</p>
<p>培训还借助公司的数字孪生工厂，让学员在虚拟场景中处置反应釜超温、管线泄漏等突发情况。系统会记录每一步操作及用时，考核结束后自动生成个人薄弱项清单。</p>
<p>公司安全环保部负责人表示：“危化品岗位容不得半点马虎。每年的复训不是走过场，而是要让每位员工把关键动作练成肌肉记忆。”</p>
<p>针对考核中暴露出的共性问题，公司将于9月组织各班组开展专项演练。</p>`,
  },

  // =========================================================================
  // Notices
  // =========================================================================
  {
    key: 'en-2024-canteen-renovation',
    lang: 'en',
    category: 'notices',
    unit: 'HQ-GO',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-07-01T09:00:00+08:00',
    title: 'Headquarters canteen closes for renovation from July 8 to August 16',
    summary:
      'During the renovation, lunch is served in a temporary dining hall on the ground floor of Building B, and meal cards remain valid.',
    tags: ['canteen', 'notice'],
    views: 1153,
    body: `<p>The staff canteen on the second floor of Lanstone Tower will close for renovation from Monday, July 8 to Friday, August 16.</p>
<p>During this period, lunch will be served from 11:30 to 13:00 in a temporary dining hall on the ground floor of Building B. The menu will be shorter than usual, with two set meals, a noodle counter and a salad bar each day. Breakfast and dinner will be available as boxed meals from the kiosk at the main entrance.</p>
<p>Meal cards and the mobile payment code can be used as usual, and meal subsidies are not affected.</p>
<p>After the renovation, the canteen will have 120 more seats, a separate area for quiet lunches and a better ventilation system. Suggestions for the new menu can be sent to the General Office until July 31.</p>
<p>We apologise for the inconvenience and thank colleagues for their patience.</p>`,
  },
  {
    key: 'zh-2024-canteen-renovation',
    lang: 'zh',
    translationOf: 'en-2024-canteen-renovation',
    category: 'notices',
    unit: 'HQ-GO',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2024-07-01T09:00:00+08:00',
    title: '总部员工餐厅7月8日至8月16日停业装修',
    summary: '装修期间，午餐改在B座一楼临时餐厅供应，餐卡照常使用。',
    tags: ['canteen', 'notice'],
    views: 1379,
    body: `<p>蓝石大厦二楼员工餐厅将于7月8日（周一）至8月16日（周五）停业装修。</p>
<p>装修期间，午餐改在B座一楼临时餐厅供应，供餐时间为11:30至13:00。临时餐厅菜品相对精简，每天提供两种套餐，另设面食档口和沙拉吧。早餐和晚餐改为盒饭，请到大厦正门服务亭领取。</p>
<p>餐卡和手机付款码照常使用，餐费补贴标准不变。</p>
<p>装修完成后，餐厅将增加120个座位，增设安静用餐区，通风系统也将全面升级。对新菜单有什么建议，欢迎在7月31日前反馈至集团办公室。</p>
<p>装修期间给大家带来不便，敬请谅解，感谢各位同事的理解与支持。</p>`,
  },
  {
    key: 'zh-2025-shuttle-bus-timetable',
    lang: 'zh',
    category: 'notices',
    unit: 'HQ-GO',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-03-03T10:00:00+08:00',
    title: '关于调整总部通勤班车线路和发车时间的通知',
    summary: '自3月10日起，总部通勤班车新增滨江线，并调整城西线和下沙线的发车时间。',
    tags: ['shuttle', 'notice'],
    views: 1384,
    body: `<p>各位同事：</p>
<p>为方便居住在滨江区的同事通勤，同时缓解部分线路早高峰满员的问题，经征求意见，集团办公室决定自2025年3月10日（周一）起调整总部通勤班车安排，具体如下：</p>
<ol>
<li><strong>新增滨江线</strong>：早上7:35从滨江地铁站B出口发车，8:20前到达总部；晚上17:45从总部返程。</li>
<li><strong>城西线</strong>：早班发车时间由7:20提前至7:10，并增开一辆车。</li>
<li><strong>下沙线</strong>：晚班返程时间由17:40调整为17:50，方便下班稍晚的同事。</li>
</ol>
<p>其余线路保持不变。乘车仍需刷工卡，新线路无需另行报名。完整时刻表已更新至内网“行政服务”栏目和集团移动办公App的“班车”页面。</p>
<p>如有意见建议，请联系集团办公室行政科。</p>
<p>集团办公室</p>`,
  },
  {
    key: 'en-2025-it-maintenance-window',
    lang: 'en',
    category: 'notices',
    unit: 'HQ-DIC',
    author: 'editor',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2025-10-10T15:00:00+08:00',
    title: 'IT maintenance: email and VPN unavailable on the night of October 18',
    summary:
      'Email, VPN, the intranet and business systems will be unavailable from 22:00 on Saturday, October 18 to 04:00 on Sunday while core network equipment is upgraded.',
    tags: ['it', 'notice', 'digital'],
    views: 758,
    body: `<p>The Digital Innovation Center will upgrade the core network switches and firewalls of the headquarters data centre on the night of Saturday, October 18.</p>
<h3>What will be affected</h3>
<p>From 22:00 on October 18 until 04:00 on October 19, the following services will be unavailable:</p>
<ul>
<li>Email and calendar, including on mobile devices</li>
<li>VPN remote access</li>
<li>The intranet and the news portal</li>
<li>The ERP and expense systems</li>
</ul>
<p>Production control systems at the plants run on separate networks and will not be affected. Plants working a night shift should nevertheless print any work orders they expect to need before 22:00.</p>
<h3>What you should do</h3>
<p>Save your work and log out of all business systems before 22:00. You do not need to restart your computer afterwards. If a service is still unavailable after 08:00 on Sunday, please contact the IT service desk at extension 8000.</p>`,
  },
  {
    key: 'en-2026-expense-system-switch',
    lang: 'en',
    category: 'notices',
    unit: 'HQ-FIN',
    author: 'admin',
    visibility: 'internal',
    mustRead: true,
    status: 'published',
    publishedAt: '2026-02-20T09:00:00+08:00',
    title: 'New expense reimbursement system goes live on March 2',
    summary:
      'From March 2 all expense claims must be submitted through the new expense system, and paper claims will no longer be accepted after March 31.',
    tags: ['finance', 'digital', 'notice'],
    views: 2483,
    body: `<p>From Monday, March 2, 2026, all expense claims, including travel, hospitality and small purchases, must be submitted through the new expense system, available on the intranet and in the group mobile app.</p>
<p>The new system replaces the paper forms and the three separate approval tools used until now by headquarters and the operating units. It was tested in January by 600 colleagues at the Finance Department, the Digital Innovation Center and the East China Regional Company.</p>
<h3>What changes</h3>
<ul>
<li>Receipts are photographed with the mobile app; electronic invoices are imported automatically and checked for duplicates.</li>
<li>Approvals are made in the app, and claims are paid within five working days of final approval instead of the current two to three weeks.</li>
<li>Hotel and train bookings made through the group travel platform no longer need a separate claim.</li>
</ul>
<h3>What you need to do</h3>
<ol>
<li>Complete the twenty-minute online course <em>Expense claims in five steps</em> before March 2.</li>
<li>Check that your bank account details are correct in the HR self-service portal.</li>
<li>Submit any paper claims for expenses incurred before March 2 no later than March 31. Paper claims received after that date will be returned.</li>
</ol>
<p>Please confirm below that you have read this notice. Questions can be sent to the finance shared service centre at extension 8600.</p>`,
  },
  {
    key: 'zh-2026-health-checkup',
    lang: 'zh',
    category: 'notices',
    unit: 'HQ-EAO',
    author: 'editor2',
    visibility: 'internal',
    status: 'published',
    publishedAt: '2026-09-01T09:30:00+08:00',
    title: '关于2026年度员工健康体检安排的通知',
    summary: '今年员工健康体检于9月14日至11月13日分批进行，请在9月10日前通过集团移动办公App预约。',
    tags: ['health', 'notice'],
    views: 1318,
    body: `<p>各位同事：</p>
<p>2026年度员工健康体检将于9月14日至11月13日分批进行。本次体检在往年项目的基础上，新增颈动脉超声和幽门螺杆菌检测；45岁以上员工可自愿选择胃肠镜检查。</p>
<p><strong>预约方式：</strong>请于9月10日前登录集团移动办公App“员工服务—健康体检”页面，选择体检机构和日期。各经营单位员工可选择所在城市的合作体检机构。</p>
<p><strong>注意事项：</strong></p>
<ul>
<li>体检前一天晚上8点后禁食，当天早晨禁水；</li>
<li>体检当天请携带身份证，女同事请避开生理期；</li>
<li>体检按公出处理，无需请假，但请提前告知直属领导。</li>
</ul>
<p>体检报告将在两周内发送至个人邮箱。如有指标异常，合作机构的医生将提供一对一解读。员工家属也可享受团体优惠价格，详情请咨询员工事务部。</p>
<p>员工事务部</p>`,
  },
  {
    key: 'zh-2026-phishing-alert',
    lang: 'zh',
    category: 'notices',
    unit: 'HQ-DIC',
    author: 'editor',
    visibility: 'internal',
    pinned: true,
    mustRead: true,
    status: 'published',
    publishedAt: '2026-10-12T08:30:00+08:00',
    title: '关于防范仿冒邮件、加强账户安全的紧急提醒',
    summary: '近期出现多起冒充集团财务和IT部门的钓鱼邮件，全体员工须在10月31日前完成账户多因素认证设置。',
    tags: ['security', 'it', 'notice'],
    views: 2762,
    body: `<p>各位同事：</p>
<p>近一周，集团邮件系统拦截了1100余封仿冒邮件。这些邮件冒充集团财务管理部或IT服务台，以“工资调整确认”“邮箱容量已满”“发票退回”等为由，诱导收件人点击链接并输入账号密码。已有少数同事误点链接，相关账户已被及时冻结，暂未造成损失。</p>
<p>为保障集团信息安全，请大家做到以下几点：</p>
<ol>
<li><strong>仔细核对发件人</strong>：集团内部邮件均来自集团官方域名，对外部地址发来的“内部通知”要保持警惕；</li>
<li><strong>不点击可疑链接</strong>：财务和IT部门不会通过邮件要求您输入密码或验证码；</li>
<li><strong>及时报告</strong>：收到可疑邮件，请使用邮箱中的“报告钓鱼邮件”按钮一键上报；</li>
<li><strong>开启多因素认证</strong>：全体员工须于10月31日前在集团移动办公App中完成多因素认证设置，逾期未设置的账户将暂停VPN远程访问权限。</li>
</ol>
<p>如不慎点击了可疑链接或输入了密码，请立即修改密码，并拨打IT服务台电话（分机8000）。</p>
<p>阅读本通知后，请点击下方按钮确认。</p>
<p>数字创新中心</p>`,
  },

  // =========================================================================
  // Drafts and items in review (internal, November 2026)
  // =========================================================================
  {
    key: 'en-2026-winter-hackathon',
    lang: 'en',
    category: 'innovation',
    unit: 'HQ-DIC',
    author: 'editor',
    visibility: 'internal',
    status: 'draft',
    publishedAt: '2026-11-12T10:00:00+08:00',
    title: 'Registration opens for the group\'s first Winter Hackathon',
    summary:
      'Teams of three to five employees can sign up until December 5 for a 48-hour Hackathon on digital solutions to everyday work problems.',
    tags: ['digital', 'innovation'],
    views: 24,
    body: `<p>The Digital Innovation Center invites colleagues from every unit to the group's first Winter Hackathon, to be held at headquarters and online from December 12 to 14.</p>
<p>Teams of three to five people will have 48 hours to build a working prototype that solves a real problem from their daily work, from paperwork that could be automated to production data that nobody has time to analyse. Teams must include at least one colleague from outside IT.</p>
<p>The Digital Innovation Center will provide test data, cloud resources and mentors throughout the event. The three best prototypes will receive funding for a three-month pilot in the unit that proposed them.</p>
<p>Registration is open on the intranet until December 5.</p>`,
  },
  {
    key: 'zh-2026-winter-heating-notice',
    lang: 'zh',
    category: 'notices',
    unit: 'HQ-GO',
    author: 'editor2',
    visibility: 'internal',
    status: 'draft',
    publishedAt: '2026-11-16T14:00:00+08:00',
    title: '关于总部办公楼冬季空调供暖安排的通知',
    summary: '总部办公楼将于12月1日起开启空调供暖，室内温度控制在18至20摄氏度。',
    tags: ['notice', 'energy'],
    views: 31,
    body: `<p>各位同事：</p>
<p>根据天气预报和往年情况，蓝石大厦及B座办公楼将于12月1日起开启中央空调供暖，工作日供暖时间为7:30至18:30，周末和节假日仅保留值班区域供暖。</p>
<p>为落实集团节能目标，室内温度将控制在18至20摄氏度。请大家下班时关闭个人取暖设备和照明，会议室使用完毕后请随手关闭空调。</p>
<p>如所在区域供暖效果不佳，请通过集团移动办公App“行政服务—报修”提交，物业将在两小时内上门处理。</p>
<p>集团办公室</p>`,
  },
  {
    key: 'en-2026-dumpling-contest',
    lang: 'en',
    category: 'people',
    unit: 'HQ-EAO',
    author: 'admin',
    visibility: 'internal',
    status: 'draft',
    publishedAt: '2026-11-18T11:20:00+08:00',
    title: 'Winter solstice Dumpling contest comes to the headquarters canteen',
    summary:
      'Teams from every department are invited to the canteen on December 21 to fold, cook and share dumplings for the winter solstice.',
    tags: ['canteen', 'culture'],
    views: 27,
    body: `<p>To mark the winter solstice, the Employee Affairs Office and the canteen team are organising a Dumpling contest at the headquarters canteen on Monday, December 21, from 16:00 to 18:00.</p>
<p>Each department may enter a team of four. The canteen provides the dough, the fillings and the cooking; teams bring their own ideas. A panel of chefs will award prizes for the neatest folding, the most creative filling and the best teamwork.</p>
<p>All dumplings will be served to colleagues at dinner, and colleagues on the evening shift will find them in the boxed meals at the kiosk.</p>
<p>Registration opens on the intranet on December 1.</p>`,
  },
  {
    key: 'en-2026-project-aurora',
    lang: 'en',
    category: 'operations',
    unit: 'OU-LOG',
    author: 'editor2',
    visibility: 'internal',
    status: 'in_review',
    publishedAt: '2026-11-05T15:00:00+08:00',
    title: 'Project Aurora: autonomous forklifts begin trials at the Jiaxing logistics park',
    summary:
      'Lanstone Logistics has started a three-month trial of twelve autonomous forklifts under Project Aurora at its Jiaxing logistics park.',
    tags: ['logistics', 'digital', 'operations'],
    views: 42,
    body: `<p>Lanstone Logistics has begun trials of twelve autonomous forklifts at its Jiaxing logistics park under Project Aurora, the company's programme to automate the movement of goods between the high-bay warehouse and the loading docks.</p>
<p>The forklifts navigate with laser scanners and a digital map of the site, and receive their tasks directly from the warehouse management system. During the trial they will work the night shift alongside human drivers, with a safety supervisor on duty at all times.</p>
<p>The trial will run for three months. The team will measure throughput, errors and near misses before deciding whether to extend Project Aurora to the day shift and to other warehouses.</p>
<p>Colleagues working at the park will receive a short briefing on how to share aisles safely with the new vehicles.</p>`,
  },
  {
    key: 'zh-2026-winter-safety-inspection',
    lang: 'zh',
    category: 'safety',
    unit: 'HQ-SQ',
    author: 'editor',
    visibility: 'internal',
    status: 'in_review',
    publishedAt: '2026-11-09T16:30:00+08:00',
    title: '集团部署今冬明春“冬防”安全专项检查',
    summary: '安全质量部部署“冬防”专项检查，重点排查防火、防冻、防滑和用电安全隐患。',
    tags: ['safety', 'audit'],
    views: 38,
    body: `<p>11月9日，安全质量部印发通知，在全集团部署今冬明春“冬防”安全专项检查，检查时间为11月15日至明年2月28日。</p>
<p>此次检查重点围绕四个方面展开：一是消防设施和动火作业管理；二是管道、阀门和消防水系统的防冻保温；三是厂区道路、楼梯和装卸平台的防滑措施；四是临时用电和取暖设备的使用安全。</p>
<p>各经营单位须在11月底前完成自查，安全质量部将于12月组织交叉检查。对检查中发现的重大隐患，实行挂牌督办，整改完成前相关区域不得恢复作业。</p>
<p>安全质量部提醒，冬季昼短夜长，夜班作业和承包商作业更需加强现场监护。</p>`,
  },
  {
    key: 'zh-2026-warm-winter-drive',
    lang: 'zh',
    category: 'group-news',
    unit: 'HQ-EAO',
    author: 'editor2',
    visibility: 'internal',
    status: 'in_review',
    publishedAt: '2026-11-10T10:30:00+08:00',
    title: '“暖冬行动”冬衣募捐活动启动',
    summary: '员工事务部发起“暖冬行动”，为“书香蓝石”结对学校的孩子们募集冬衣和文具。',
    tags: ['charity', 'volunteering'],
    views: 35,
    body: `<p>随着气温下降，员工事务部发起“暖冬行动”冬衣募捐活动，为“书香蓝石”公益行动结对的山区学校的孩子们募集冬衣和文具。</p>
<p>本次募捐以八成新以上的儿童羽绒服、棉衣、毛衣和手套为主，也欢迎捐赠全新的文具和课外读物。为保证卫生，请将衣物清洗干净后装袋，并在袋外注明尺码。</p>
<p>募捐时间为11月16日至12月4日。总部员工可将物品送至蓝石大厦一楼服务台，各经营单位由综合办公室统一收集。物资将由西南区域公司志愿者在12月中旬送达学校。</p>
<p>活动咨询请联系员工事务部。</p>`,
  },
];
