// The index: one summary line per report, so the home screen lists ten years of reports without opening them.
// It is a cache of the report files: each entry records the file's mtime and size, and on open any entry
// that disagrees with the folder (a crash before the index was flushed, a lost or damaged index) is rebuilt
// from the report file itself.
import { z } from 'zod';
import type { Adapter } from 'lowdb';
import { reportTitle } from '../../core/document';
import { reportSummarySchema, type Report, type ReportSummary } from '../../core/model';
import { readTextIfExists, writeDurable } from '../files/durable-file';

const entrySchema = z.object({
  summary: reportSummarySchema,
  mtimeMs: z.number(),
  size: z.number(),
  /** The file was restored from the backup of this time, and the user has not yet seen the notice. */
  restoredFrom: z.string().nullable().optional(),
  /** The file disappeared outside the program: listed as a problem until the entry is deleted. */
  missing: z.boolean().optional(),
});
export type IndexEntry = z.infer<typeof entrySchema>;

const indexSchema = z.object({
  format: z.literal('report-desk-index'),
  version: z.literal(1),
  reports: z.array(entrySchema),
});
export type IndexData = z.infer<typeof indexSchema>;

export const emptyIndex = (): IndexData => ({ format: 'report-desk-index', version: 1, reports: [] });

/**
 * lowdb's adapter for the index: null when the index is missing or unreadable, and the store then rebuilds it
 * from the report files.
 */
export class IndexFileAdapter implements Adapter<IndexData> {
  constructor(
    private readonly file: string,
    /** The store's lock fence, run right before the index file is renamed into place. */
    private readonly fence: () => Promise<void> = async () => undefined,
  ) {}

  async read(): Promise<IndexData | null> {
    const text = await readTextIfExists(this.file);
    if (text === null) return null;
    try {
      const parsed = indexSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async write(data: IndexData): Promise<void> {
    await writeDurable(this.file, JSON.stringify(data), { beforeRename: this.fence });
  }
}

export function summaryOf(report: Report): ReportSummary {
  return {
    id: report.id,
    organisation: report.meta.organisation,
    year: report.meta.year,
    title: reportTitle(report),
    status: report.meta.status,
    language: report.meta.language,
    updatedAt: report.updatedAt,
  };
}

export { byUpdatedDesc } from '../../core/report-ops';
