// word/fontTable.xml: the faces the template names, each Chinese one with its Windows alternate (w:altName), so
// that Word and WPS on a PC without 仿宋_GB2312 or 方正小标宋简体 set 仿宋 or 宋体 instead of a face of their
// own choosing. The `docx` package writes a font table only for embedded fonts, so this one is built here.
import { XMLBuilder } from 'fast-xml-parser';
import { CHINESE_FACES, LATIN_FACE } from './template';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface FontEntry {
  name: string;
  altName?: string;
  /** GB2312 (86) for the Chinese faces, ANSI (00) for Latin. */
  charset: '86' | '00';
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'fixed' | 'variable';
}

function entries(): FontEntry[] {
  const chinese = Object.values(CHINESE_FACES).map((f): FontEntry => ({
    name: f.name,
    altName: f.altName,
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  }));
  const alternates = chinese
    .filter((f) => f.altName)
    .map((f): FontEntry => ({ name: f.altName!, charset: '86', family: 'modern', pitch: 'fixed' }));
  const all = [
    ...chinese,
    ...alternates,
    { name: LATIN_FACE, charset: '00', family: 'roman', pitch: 'variable' } as FontEntry,
  ];
  return all.filter((f, i) => all.findIndex((g) => g.name === f.name) === i);
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', suppressEmptyNode: true });

export function fontTableXml(): string {
  const fonts = entries().map((f) => ({
    '@w:name': f.name,
    ...(f.altName ? { 'w:altName': { '@w:val': f.altName } } : {}),
    'w:charset': { '@w:val': f.charset },
    'w:family': { '@w:val': f.family },
    'w:pitch': { '@w:val': f.pitch },
  }));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    builder.build({ 'w:fonts': { '@xmlns:w': W, 'w:font': fonts } })
  );
}
