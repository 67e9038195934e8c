// The themes of the district's draft (core/district-draft.ts), as data: the department-annual template's required
// items and the themed sections of its measures chapter, each with the words by which a department's chapter,
// section or item is recognised as being about it when the template it came from does not say so (a Word file's
// chapters carry no template key). Listed in order of precedence: on a tie the earlier theme wins.
import type { Requirement } from './model';

export interface DraftTheme {
  /** A template chapter key (a required item) or a section key of the measures chapter. */
  id: string;
  /** The required item the theme belongs to: the draft chapter its quotations go into. */
  requirement: Requirement;
  keywords: { 'zh-CN': readonly string[]; en: readonly string[] };
}

/** The measures chapter's themes (its template sections), then the other required items. */
export const DRAFT_THEMES: readonly DraftTheme[] = [
  {
    id: 'study',
    requirement: 'measures',
    keywords: {
      'zh-CN': ['习近平法治思想', '学习', '学法', '理论中心组', '专题讲座', '培训'],
      en: ['study', 'studying', 'lecture', 'training', 'thought on the rule of law'],
    },
  },
  {
    id: 'decisions',
    requirement: 'measures',
    keywords: {
      'zh-CN': ['决策', '合法性审查', '合法性审核', '规范性文件', '法律顾问', '公职律师', '制度建设'],
      en: ['decision', 'legality review', 'normative document', 'legal adviser'],
    },
  },
  {
    id: 'enforcement',
    requirement: 'measures',
    keywords: {
      'zh-CN': ['执法', '双随机', '检查', '处罚', '许可', '监管', '复议', '应诉', '核查'],
      en: ['enforcement', 'inspection', 'penalty', 'licence', 'supervision', 'administrative review'],
    },
  },
  {
    id: 'publicity',
    requirement: 'measures',
    keywords: {
      'zh-CN': ['普法', '宣传', '法治教育', '谁执法谁普法', '宪法', '民法典'],
      en: ['publicity', 'legal education', 'awareness', 'constitution', 'civil code'],
    },
  },
  {
    id: 'first-responsible',
    requirement: 'first-responsible',
    keywords: {
      'zh-CN': ['第一责任人', '主要负责人', '党政主要负责', '述法'],
      en: ['first responsible', 'principal leader'],
    },
  },
  {
    id: 'shortcomings',
    requirement: 'shortcomings',
    keywords: {
      'zh-CN': ['不足', '存在问题', '短板', '差距', '薄弱', '有待'],
      en: ['shortcoming', 'problem', 'weakness'],
    },
  },
  {
    id: 'plans',
    requirement: 'plans',
    keywords: {
      'zh-CN': ['下一步', '工作计划', '主要安排', '工作打算', '工作思路'],
      en: ['plan', 'next year', 'next step'],
    },
  },
  {
    id: 'other',
    requirement: 'other',
    keywords: { 'zh-CN': ['其他需要报告'], en: ['other matters'] },
  },
];
