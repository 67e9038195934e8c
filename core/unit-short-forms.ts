// The official short forms of the words in unit names (规范简称), as a district's offices write them on lists
// and reports: 区市场监督管理局 is 区市场监管局, 区人民政府办公室 is 区政府办. The roll-up compares names with every
// full form replaced by its short form (core/unit-names.ts). Only forms that name one unit whichever is written
// belong here: 管理局 becomes 局 only in the names whose short form drops it (应急管理局 → 应急局), never as a rule
// (城市管理局 is 城管局, 城市局 names nothing).
export const UNIT_SHORT_FORMS: readonly (readonly [full: string, short: string])[] = [
  ['城市管理综合行政执法', '城管执法'],
  ['人力资源和社会保障', '人社'],
  ['住房和城乡建设', '住建'],
  ['发展和改革', '发改'],
  ['卫生健康', '卫健'],
  ['文化和旅游', '文旅'],
  ['医疗保障', '医保'],
  ['科学技术', '科技'],
  ['城市管理', '城管'],
  ['应急管理局', '应急局'],
  ['机关事务管理局', '机关事务局'],
  ['退役军人事务局', '退役军人局'],
  ['监督管理', '监管'],
  ['人民政府', '政府'],
  ['街道办事处', '街道'],
  ['委员会', '委'],
  ['办公室', '办'],
];
