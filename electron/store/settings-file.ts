// The user's settings (UI language, deadlines, the office's time zone), in settings.json in the data folder.
// A missing or damaged file means defaults, and a damaged setting its default: settings are never worth refusing
// to start over.
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
    const stored: unknown = JSON.parse(text);
    if (typeof stored !== 'object' || stored === null) return { ...DEFAULTS };
    // Field by field: a time zone mistyped by hand (the file is where an office sets it) is dropped alone,
    // keeping the language and the deadlines beside it.
    const kept = Object.entries(settingsSchema.shape).flatMap(([key, schema]) => {
      const field = schema.safeParse((stored as Record<string, unknown>)[key]);
      return field.success && field.data !== undefined ? [[key, field.data]] : [];
    });
    return { ...DEFAULTS, ...Object.fromEntries(kept) };
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
