// The local copy of a report whose newest edits have not reached the store yet (localStorage, which survives a
// reload). Written before every save attempt and when the page goes away; cleared once the store has it.
import { reportSchema, type Report } from '../../core/model';

export interface Journal {
  write(report: Report): void;
  read(id: string): Report | null;
  clear(id: string): void;
}

const key = (id: string) => `report-desk.unsaved.${id}`;

export function localJournal(storage: Storage = window.localStorage): Journal {
  return {
    write(report) {
      try {
        storage.setItem(key(report.id), JSON.stringify(report));
      } catch {
        // Storage full or disabled: the store and the retry loop remain; nothing else to do here.
      }
    },
    read(id) {
      const text = storage.getItem(key(id));
      if (!text) return null;
      try {
        const parsed = reportSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    clear(id) {
      storage.removeItem(key(id));
    },
  };
}
