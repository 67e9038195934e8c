// Reports of every shape the app can hold, generated from a seed: chapters from both templates (and added or
// emptied), every numbering scheme for items and sub-items, a part's own scheme, numbering that restarts or runs
// on through a chapter, items as paragraphs or running inline (…不足：一是…；二是…。), titles, sub-items,
// run-in and standalone sections, empty parts, line breaks inside paragraphs (…412.5万元。⏎2、全面落实…),
// full-width indents, recipient or none, a signature with or without a date or none, the seal, default, custom
// and two-line titles, indicators, English reports. A small PRNG (no dependency) so that a failure names its seed.
//
// What plain text cannot tell apart is left out of the reports made for it (`format: 'text'`), and said where:
// an English item numbered 1. or (1) reads as a chapter or a section there, and a sub-item numbered like the
// items of its part reads as an item. The .docx keeps them apart by its paragraph styles.
import { createReportFromTemplate } from '../../core/templates';
import { suggestIndicatorPreset } from '../../core/indicator-presets';
import { ITEM_SCHEMES, type Chapter, type Item, type ItemScheme, type Language, type Report } from '../../core/model';

export type Carrier = 'docx' | 'text';

/** mulberry32: small, fast, good enough to shape test data. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  chance = (p: number): boolean => this.next() < p;
  int = (min: number, max: number): number => min + Math.floor(this.next() * (max - min + 1));
  pick = <T>(list: readonly T[]): T => list[Math.floor(this.next() * list.length)]!;
}

/** Phrases free of every indicator preset's keywords, so that only the planted sentences state a figure. */
const ZH_PHRASES = [
  '深入推进依法行政',
  '全面落实行政执法责任制',
  '组织干部职工学习党内法规',
  '完善重大行政决策程序',
  '规范行政执法行为',
  '加强规范性文件管理',
  '推进政务公开',
  '落实“谁执法谁普法”责任制',
  '开展《民法典》主题宣讲',
  '优化营商环境',
  '健全内部管理制度',
  '提升依法履职能力',
];
const ZH_FIGURES = ['全年共{n}次', '涉及资金412.5万元', '覆盖{n}个科室', '比上年增长{n}%', '累计{n}人次参加'];
const EN_PHRASES = [
  'we strengthened lawful administration',
  'enforcement duties were assigned to every office',
  'staff studied the regulations together',
  'major decisions followed the statutory procedure',
  'normative documents were reviewed and published',
  'government information was made public',
  'the business environment improved',
  'internal rules were revised',
];
const ZH_TITLES = ['积极履职，提前谋划。', '强化组织领导。', '健全制度机制。', '狠抓工作落实。'];
const EN_TITLES = ['Leadership.', 'Rules and procedures.', 'Follow-up.', 'Training.'];
const ZH_HEADINGS = ['加强组织领导', '健全依法行政制度体系', '严格规范执法行为', '强化行政权力监督'];
const EN_HEADINGS = ['Leadership', 'Rules and procedures', 'Fair enforcement', 'Oversight of power'];
/** What follows a line break inside a paragraph: text that would open an item or a section on a line of its own. */
const ZH_AFTER_BREAK = ['2、全面落实行政执法“三项制度”。', '（二）持续优化营商环境。', '一是加强学习。', '附表见后。'];
const EN_AFTER_BREAK = [
  '2. Enforcement rules were applied in full.',
  '(b) The review continued.',
  'See the table below.',
];

const ORGANISATIONS: Record<Language, readonly string[]> = {
  'zh-CN': ['某区统计局', '某区司法局', '某区市场监督管理局', '某镇人民政府', '某区教育局'],
  en: ['District Statistics Bureau', 'District Justice Bureau', 'Riverside Township', 'District Education Bureau'],
};

/** A sentence that states one indicator's value so that the text import can find it (the presets' keywords). */
const PLANTED: Record<string, (n: number) => string> = {
  'law-study-meetings': (n) => `全年组织法律专题学习会议${n}次。`,
  'legality-reviews': (n) => `全年开展合法性审查${n}件。`,
  'rule-of-law-trainings': (n) => `全年举办法治培训${n}期。`,
  'reconsideration-cases': (n) => `全年办理行政复议案件${n}件。`,
  'mediated-disputes': (n) => `全年成功调解矛盾纠纷${n}件。`,
  'legal-aid-cases': (n) => `全年办理法律援助案件${n}件。`,
  'legal-publicity-events': (n) => `全年开展普法宣传活动${n}场。`,
  'random-checks': (n) => `全年“双随机、一公开”抽查市场主体${n}户。`,
  'penalty-cases': (n) => `全年办理行政处罚案件${n}件。`,
  'complaints-handled': (n) => `全年处理投诉举报${n}件。`,
  'certified-enforcement-staff': (n) => `目前持行政执法证人员${n}名。`,
  'random-inspections': (n) => `全年对${n}家企业开展“双随机、一公开”执法检查。`,
  'certified-staff': (n) => `目前取得统计执法证人员${n}名。`,
  'village-legal-advisers': (n) => `全年为${n}个村（社区）配备法律顾问。`,
};

interface Shape {
  carrier: Carrier;
  language: Language;
  dice: Dice;
  /** The schemes items may be numbered in. */
  schemes: readonly ItemScheme[];
  subItemScheme: ItemScheme;
}

function sentence(shape: Shape): string {
  const { dice } = shape;
  if (shape.language === 'en') {
    const text = Array.from({ length: dice.int(1, 2) }, () => dice.pick(EN_PHRASES)).join(', and ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}${dice.chance(0.3) ? `, ${dice.int(2, 300)} times in all` : ''}.`;
  }
  const clauses = Array.from({ length: dice.int(1, 3) }, () => dice.pick(ZH_PHRASES));
  if (dice.chance(0.5)) clauses.push(dice.pick(ZH_FIGURES).replace('{n}', String(dice.int(2, 300))));
  return `${clauses.join('，')}。`;
}

/**
 * A paragraph of one to three sentences, now and then with a line break inside; one that starts a line of its
 * own (not an item's body, nor a paragraph a run-in heading opens) now and then with the typist's full-width indent.
 */
function paragraph(shape: Shape, alone = true): string {
  const { dice } = shape;
  let text = Array.from({ length: dice.int(1, 3) }, () => sentence(shape)).join(shape.language === 'en' ? ' ' : '');
  if (dice.chance(0.12)) text += `\n${dice.pick(shape.language === 'en' ? EN_AFTER_BREAK : ZH_AFTER_BREAK)}`;
  if (alone && shape.language === 'zh-CN' && dice.chance(0.08)) text = `\u3000\u3000${text}`;
  return text;
}

/** A body for an item that runs inline: a clause ending in ；, ， or 。 (the last ends the paragraph). */
function inlineBody(shape: Shape, last: boolean): string {
  const text = sentence(shape).slice(0, -1);
  if (shape.language === 'en') return `${text[0]!.toLowerCase()}${text.slice(1)}${last ? '.' : ';'}`;
  return `${text}${last ? '。' : shape.dice.pick(['；', '；', '，', '。'])}`;
}

function item(shape: Shape, inline: boolean, last: boolean, subItems: number): Item {
  const { dice, language } = shape;
  const titled = dice.chance(inline ? 0.15 : 0.4);
  const empty = !inline && dice.chance(0.04);
  return {
    id: 'g',
    title: titled && !empty ? dice.pick(language === 'en' ? EN_TITLES : ZH_TITLES) : '',
    body: empty ? '' : inline ? inlineBody(shape, last) : paragraph(shape, false),
    subItems: Array.from({ length: subItems }, () => ({
      id: 'g',
      title: dice.chance(0.3) ? dice.pick(language === 'en' ? EN_TITLES : ZH_TITLES) : '',
      body: sentence(shape),
    })),
  };
}

type Body = Pick<Chapter, 'paragraphs' | 'items' | 'itemLayout' | 'itemScheme' | 'closing'>;
const EMPTY_PART: Body = { paragraphs: [], items: [], itemLayout: 'paragraphs', closing: [] };

function body(shape: Shape, reportScheme: ItemScheme, runIn = false): Body {
  const { dice, language } = shape;
  const own = dice.chance(0.15) ? dice.pick(shape.schemes) : undefined;
  const scheme = own ?? reportScheme;
  const inline = dice.chance(0.3);
  const count = dice.pick([0, 0, 1, 2, 3, 4]);
  const items = inline ? Math.max(count, 2) : count;
  // Plain text cannot tell a sub-item from an item where both are numbered alike (see the header).
  const subItemsAllowed = shape.carrier === 'docx' || (scheme !== shape.subItemScheme && language === 'zh-CN');
  const lead = Array.from({ length: dice.pick([0, 1, 1, 2]) }, (_, i) =>
    dice.chance(0.05) ? '' : paragraph(shape, !(runIn && i === 0)),
  );
  if (inline && lead.length && dice.chance(0.7)) {
    // The chapter's hint: 「…存在的不足：一是…；二是…。」
    lead[lead.length - 1] = language === 'en' ? 'The shortcomings were these:' : '存在的不足主要有：';
  }
  return {
    paragraphs: lead,
    items: Array.from({ length: items }, (_, i) =>
      item(
        shape,
        inline,
        i === items - 1,
        subItemsAllowed && (!inline || i === items - 1) && dice.chance(0.25) ? dice.int(1, 3) : 0,
      ),
    ),
    itemLayout: inline ? 'inline' : 'paragraphs',
    itemScheme: own,
    closing: items && dice.chance(0.25) ? [paragraph(shape)] : [],
  };
}

function chapters(report: Report, shape: Shape): Chapter[] {
  const { dice, language } = shape;
  const scheme = report.style.itemScheme;
  const fromTemplate = report.chapters.filter(() => dice.chance(0.85));
  if (dice.chance(0.2))
    fromTemplate.push({
      ...fromTemplate[0]!,
      id: 'added',
      key: undefined,
      covers: [],
      title: language === 'en' ? 'Other matters' : '其他需要报告的事项',
      sections: [],
    });
  return fromTemplate.map((chapter): Chapter => {
    // Some chapters are left as the template made them: a title and the sections' prompts, no text.
    if (dice.chance(0.08)) return chapter;
    const sections = chapter.sections.filter(() => dice.chance(0.6));
    if (dice.chance(0.2)) sections.push({ ...EMPTY_PART, id: 'g', heading: '', headingStyle: 'standalone' });
    return {
      ...chapter,
      ...body(shape, scheme),
      sections: sections.slice(0, 4).map((section) => {
        // A heading left empty (a section added and not titled yet), the template's prompt, or the writer's own.
        const empty = !section.heading;
        const written = !empty && dice.chance(0.4);
        // An empty run-in heading leaves nothing to tell the paragraph from the heading in plain text.
        const runIn = dice.chance(0.6) && (shape.carrier === 'docx' || !empty);
        // A run-in heading is the paragraph's first sentence: in plain text only its full stop ends it.
        const stop = (runIn && shape.carrier === 'text') || dice.chance(0.6) ? (language === 'en' ? '.' : '。') : '';
        const heading = written ? dice.pick(language === 'en' ? EN_HEADINGS : ZH_HEADINGS) + stop : section.heading;
        const content = dice.chance(0.1) ? EMPTY_PART : body(shape, scheme, runIn);
        return { ...section, heading, headingStyle: runIn ? 'run-in' : 'standalone', ...content };
      }),
    };
  });
}

/** The figures the text states (planted sentences, found by the text import) and, for the .docx, the office's own. */
function indicators(report: Report, shape: Shape): void {
  const { dice } = shape;
  const planted: string[] = [];
  for (const indicator of report.indicators) {
    const plant = PLANTED[indicator.key ?? ''];
    if (shape.language === 'zh-CN' && plant && dice.chance(0.5)) {
      indicator.value = dice.int(1, 400);
      planted.push(plant(indicator.value));
    }
  }
  const source = report.indicators.find((i) => i.key === 'source-data-checked');
  const part = report.indicators.find((i) => i.key === 'self-corrected');
  if (shape.language === 'zh-CN' && source && part && dice.chance(0.6)) {
    source.value = dice.int(20, 400);
    part.value = dice.int(0, source.value);
    planted.push(`全年对${source.value}家企业开展源头数据核查，其中自纠企业${part.value}家。`);
  }
  if (planted.length) {
    const target = report.chapters.find((c) => c.covers.includes('measures')) ?? report.chapters[0];
    if (target) target.paragraphs.push(...planted);
    else report.preamble.push(...planted);
  }
  if (shape.carrier !== 'docx') return;
  // The office's own list: a figure the text does not state, one not applicable, one added, last year's values.
  for (const indicator of report.indicators) {
    if (indicator.value === null && dice.chance(0.3)) indicator.value = dice.int(0, 50);
    else if (indicator.value === null && dice.chance(0.15)) indicator.notApplicable = true;
    if (dice.chance(0.2)) indicator.previousValue = dice.int(0, 300);
  }
  if (dice.chance(0.3))
    report.indicators.push({
      id: 'custom',
      label: shape.language === 'en' ? 'Complaints answered' : '答复群众来信',
      unit: shape.language === 'en' ? 'letters' : '件',
      kind: 'count',
      value: dice.chance(0.5) ? dice.int(0, 90) : null,
      notApplicable: false,
    });
}

const ZH_CUSTOM_TITLES = [
  (org: string, year: number) => `${org}关于${year}年度法治政府建设工作情况的报告`,
  (org: string, year: number) => `${org}${year}年度法治政府建设工作报告`,
  (org: string, year: number) =>
    `${org}关于${year}年度推进法治政府建设和落实党政主要负责人履行推进法治建设第一责任人职责情况的报告`,
];
const EN_CUSTOM_TITLES = [
  (org: string, year: number) => `${org}: Annual Report on the Rule of Law, ${year}`,
  (org: string, year: number) =>
    `${org}: Report on Building a Rule-of-Law Government and on the Duties of Its Principal Leaders in ${year}`,
];

export function generateReport(seed: number, carrier: Carrier): Report {
  const dice = new Dice(prng(seed));
  const language: Language = dice.chance(0.2) ? 'en' : 'zh-CN';
  const organisation = dice.pick(ORGANISATIONS[language]);
  const year = dice.int(2019, 2025);
  const report = createReportFromTemplate(dice.pick(['department-annual', 'three-part']), {
    organisation,
    year,
    language,
    indicatorPreset: suggestIndicatorPreset(organisation),
  });
  // English items numbered 1. and (1) read as chapters and sections in plain text (see the header).
  const schemes = language === 'en' && carrier === 'text' ? (['yishi', 'diyi'] as const) : ITEM_SCHEMES;
  report.style.itemScheme = dice.pick(schemes);
  report.style.subItemScheme = dice.pick(ITEM_SCHEMES);
  report.style.itemNumbering = dice.chance(0.3) ? 'continuous' : 'restart';
  report.style.seal = dice.chance(0.4);
  const shape: Shape = { carrier, language, dice, schemes, subItemScheme: report.style.subItemScheme };
  if (carrier === 'text') {
    // A part numbered otherwise keeps to the schemes plain text tells apart (see the header).
    const textSchemes = schemes.filter((s) => s !== report.style.subItemScheme);
    report.style.itemScheme = dice.pick(textSchemes.length ? textSchemes : schemes);
  }
  const custom = dice.chance(0.35);
  report.meta.title = custom
    ? dice.pick(language === 'en' ? EN_CUSTOM_TITLES : ZH_CUSTOM_TITLES)(organisation, year)
    : null;
  report.meta.recipient = dice.chance(0.5)
    ? dice.pick(language === 'en' ? ['District Committee and Government'] : ['区委、区政府', '市司法局'])
    : null;
  const signed = dice.chance(0.85);
  report.meta.signatureUnit = signed
    ? dice.pick([organisation, organisation, language === 'en' ? 'General Office' : '某区人民政府办公室'])
    : null;
  report.meta.date = dice.chance(0.6)
    ? `${year + 1}-${String(dice.int(1, 12)).padStart(2, '0')}-${String(dice.int(1, 28)).padStart(2, '0')}`
    : null;
  report.preamble = Array.from({ length: dice.pick([0, 1, 1, 2]) }, () => paragraph(shape));
  if (report.preamble.length && dice.chance(0.5))
    report.preamble.push(language === 'en' ? 'The situation is reported as follows:' : '现将有关情况报告如下：');
  report.chapters = dice.chance(0.03) ? [] : chapters(report, shape);
  indicators(report, shape);
  return report;
}
