// The line-breaking rules as the standards state them, written out here independently of the breaker's own
// tables (core/line-breaking.ts), so that a wrong or missing entry there fails the tests instead of agreeing
// with itself. Sources: GB/T 15834-2011 《标点符号用法》 §5.1.7 and W3C "Requirements for Chinese Text Layout"
// (clreq) §3.1.7 "行首行尾禁则" (prohibition rules for line start and line end).

/**
 * Never at the start of a line: 句号 逗号 顿号 分号 冒号 问号 叹号; the closing half of 引号 括号 书名号 (and of the
 * other bracket forms clreq lists); 间隔号 ·; 连接号 ～ and the 分隔号 / (GB/T 15834 §5.1.7; clreq §3.1.7). Their
 * half-width forms, which Chinese text also carries, follow the same rule.
 */
export const NOT_AT_LINE_START: readonly string[] = [
  ...'。，、；：？！',
  ...'”’」』）〕］｝】〗〙》〉',
  '·',
  '・',
  '～',
  '〜',
  '／',
  ...',.;:?!)]}/',
];

/** Never at the end of a line: the opening half of 引号 括号 书名号 and the other bracket forms. */
export const NOT_AT_LINE_END: readonly string[] = [...'“‘「『（〔［｛【〖〘《〈', ...'([{'];

/** 破折号 —— and 省略号 ……, each two cells, are never divided between lines (GB/T 15834 §5.1.7). */
export const UNDIVIDED_PAIRS: readonly string[] = ['——', '……'];

export interface BreakViolation {
  line: number;
  kind: 'no-start' | 'no-end' | 'split-pair' | 'split-number' | 'split-word';
  text: string;
}

const DIGIT = /[0-9０-９%％]/;
const HAN = /\p{Script=Han}/u;
const ALNUM = /[A-Za-z0-9]/;

/**
 * Lines of extracted text (one paragraph's lines in order, or a whole document's) checked against the rules: no
 * forbidden mark at a line's start or end, no —— or …… divided, no number parted from its unit (2023|年), and in
 * Chinese text no Latin word or number split (extraction loses the spaces English breaks at).
 */
export function findBreakViolations(lines: string[], options: { latin?: boolean } = {}): BreakViolation[] {
  const out: BreakViolation[] = [];
  lines.forEach((text, i) => {
    const chars = [...text.trim()];
    const first = chars[0];
    const last = chars[chars.length - 1];
    if (first && NOT_AT_LINE_START.includes(first)) out.push({ line: i, kind: 'no-start', text });
    if (last && NOT_AT_LINE_END.includes(last)) out.push({ line: i, kind: 'no-end', text });
    const next = lines[i + 1] !== undefined ? [...lines[i + 1]!.trim()][0] : undefined;
    if (!last || !next) return;
    if (UNDIVIDED_PAIRS.includes(last + next)) out.push({ line: i, kind: 'split-pair', text });
    else if (DIGIT.test(last) && HAN.test(next)) out.push({ line: i, kind: 'split-number', text });
    else if (!options.latin && ALNUM.test(last) && ALNUM.test(next)) out.push({ line: i, kind: 'split-word', text });
  });
  return out;
}
