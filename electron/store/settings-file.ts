// The user's settings (UI language), in settings.json in the data folder. A missing or damaged file means
// defaults: settings are never worth refusing to start over.
import { settingsSchema, type Settings } from '../../core/api';
import { DEFAULT_LANGUAGE } from '../../core/i18n';
import { readTextIfExists, writeDurable } from '../files/durable-file';

const DEFAULTS: Settings = { uiLanguage: DEFAULT_LANGUAGE };

export async function readSettings(file: string): Promise<Settings> {
  try {
    const text = await readTextIfExists(file);
    if (text === null) return { ...DEFAULTS };
    const parsed = settingsSchema.partial().safeParse(JSON.parse(text));
    return parsed.success ? { ...DEFAULTS, ...parsed.data } : { ...DEFAULTS };
  } catch {
    return { ...DEFAULTS };
  }
}

export async function writeSettings(file: string, settings: Settings): Promise<void> {
  await writeDurable(file, JSON.stringify(settings, null, 2));
}
