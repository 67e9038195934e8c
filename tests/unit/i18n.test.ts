import { describe, expect, it } from 'vitest';
import { resources, NAMESPACES, createI18n, errorMessage } from '../../core/i18n';
import { ERROR_CODES } from '../../core/errors';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** English plurals have _one and _other; Chinese only _other. Compare on the base key. */
const base = (key: string) => key.replace(/_(one|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('i18n resources', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: both languages have the same keys and placeholders`, () => {
      const zh = flatten(resources['zh-CN'][ns] as Tree);
      const en = flatten(resources.en[ns] as Tree);
      expect([...new Set([...en.keys()].map(base))].sort()).toEqual([...new Set([...zh.keys()].map(base))].sort());
      for (const [key, text] of en) {
        const zhText = zh.get(key) ?? zh.get(`${base(key)}_other`) ?? zh.get(base(key));
        expect(zhText, key).toBeDefined();
        expect(placeholders(text), `${ns}:${key}`).toEqual(
          placeholders(zhText!).filter((p) => p !== 'count' || placeholders(text).includes('count')),
        );
      }
    });
  }

  it('has a message for every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      for (const language of ['zh-CN', 'en'] as const) {
        const keys = Object.keys(resources[language].errors);
        expect(keys.includes(code) || keys.includes(`${code}_other`), `${language}: ${code}`).toBe(true);
      }
    }
  });

  it('words counted errors in the plural each language uses', () => {
    expect(errorMessage('en', { code: 'FINAL_HAS_ERRORS', params: { count: 1 } })).toBe(
      '1 error remains; the report cannot be signed off.',
    );
    expect(errorMessage('en', { code: 'FINAL_HAS_ERRORS', params: { count: 3 } })).toBe(
      '3 errors remain; the report cannot be signed off.',
    );
    expect(errorMessage('zh-CN', { code: 'FINAL_HAS_ERRORS', params: { count: 1 } })).toBe(
      '还有 1 个错误未解决，不能签发。',
    );
  });

  it('defaults to Chinese and switches at runtime', async () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('errors:OUTLINE_EMPTY')).toBe('没有找到可导入的文字。');
    await i18n.changeLanguage('en');
    expect(i18n.t('errors:OUTLINE_EMPTY')).toBe('No text to import was found.');
  });
});
