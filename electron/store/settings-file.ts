// The user's settings (UI language, deadlines, the office's time zone), in settings.json in the data folder.
// A missing or damaged file means defaults: settings are never worth refusing to start over.
import { settingsSchema, type Settings } from '../../core/api';
import { officeTimeZone } from '../../core/date-time';
import { DEFAULT_LANGUAGE } from '../../core/i18n';
import { readTextIfExists, writeDurable } from '../files/durable-file';
import { dataLayout } from './layout';

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

/** The office's time zone for a data folder: the one its settings name, else the machine's. Takes no lock. */
export async function officeTimeZoneOf(dataDir: string): Promise<string> {
  return officeTimeZone((await readSettings(dataLayout(dataDir).settings)).timeZone);
}
