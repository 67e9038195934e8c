// One set of resources serves main (menus, dialogs), the renderer, the CLI and the PDF labels.
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { wherePath } from '../errors';
import { LANGUAGES, type Language } from '../model';
import zhErrors from './zh-CN/errors';
import zhValidation from './zh-CN/validation';
import zhDocument from './zh-CN/document';
import zhUi from './zh-CN/ui';
import zhShell from './zh-CN/shell';
import zhCli from './zh-CN/cli';
import zhSignoff from './zh-CN/signoff';
import zhYearly from './zh-CN/yearly';
import zhWord from './zh-CN/word';
import zhRollup from './zh-CN/rollup';
import zhDistrictDraft from './zh-CN/district-draft';
import enErrors from './en/errors';
import enValidation from './en/validation';
import enDocument from './en/document';
import enUi from './en/ui';
import enShell from './en/shell';
import enCli from './en/cli';
import zhIndicatorPresets from './zh-CN/indicator-presets';
import enIndicatorPresets from './en/indicator-presets';
import enSignoff from './en/signoff';
import enYearly from './en/yearly';
import enWord from './en/word';
import enRollup from './en/rollup';
import enDistrictDraft from './en/district-draft';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const NAMESPACES = [
  'ui',
  'errors',
  'validation',
  'document',
  'shell',
  'cli',
  'indicatorPresets',
  'signoff',
  'yearly',
  'word',
  'rollup',
  'districtDraft',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  'zh-CN': {
    errors: zhErrors,
    validation: zhValidation,
    document: zhDocument,
    ui: zhUi,
    shell: zhShell,
    cli: zhCli,
    indicatorPresets: zhIndicatorPresets,
    signoff: zhSignoff,
    yearly: zhYearly,
    word: zhWord,
    rollup: zhRollup,
    districtDraft: zhDistrictDraft,
  },
  en: {
    errors: enErrors,
    validation: enValidation,
    document: enDocument,
    ui: enUi,
    shell: enShell,
    cli: enCli,
    indicatorPresets: enIndicatorPresets,
    signoff: enSignoff,
    yearly: enYearly,
    word: enWord,
    rollup: enRollup,
    districtDraft: enDistrictDraft,
  },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: (typeof resources)['zh-CN'];
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a value names, or the default (zh-CN) when it names none (an i18next 'en-US', a stray setting). */
export const languageOrDefault = (value: unknown): Language => (isLanguage(value) ? value : DEFAULT_LANGUAGE);

/** A ready i18next instance (synchronous: resources are bundled). */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const shared = new Map<Language, I18n>();
function sharedInstance(language: Language): I18n {
  let instance = shared.get(language);
  if (!instance) {
    instance = createI18n(language);
    shared.set(language, instance);
  }
  return instance;
}

/** A typed translation function for one language and namespace (core messages, CLI, menus, PDF labels). */
export function translator<N extends Namespace>(language: Language, ns: N): TFunction<N> {
  return sharedInstance(language).getFixedT(language, ns);
}

/** Both languages' text for a key, as findings and errors carry them. */
export function bilingual(key: string, params: Record<string, unknown> = {}): Record<Language, string> {
  const t = (lang: Language) => (sharedInstance(lang).t as unknown as (k: string, p: object) => string)(key, params);
  return { 'zh-CN': t('zh-CN'), en: t('en') };
}

export type { TFunction };

/** The user-facing text of an error payload, in one language (menus, dialogs, CLI, the renderer). */
export function errorMessage(
  language: Language,
  error: { code: string; params: Record<string, string | number> },
): string {
  // A problem with the whole input rather than one place in it reads without an empty "(—)".
  const whole = error.params.path === wherePath([]);
  return (sharedInstance(language).t as unknown as (key: string, params: object) => string)(
    `errors:${error.code}`,
    whole ? { ...error.params, context: 'whole' } : error.params,
  );
}
