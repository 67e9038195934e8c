// The .docx round trip is the identity: a generated report (tests/round-trip/generate-report.ts) exported as .docx
// and imported again is the same report (tests/round-trip/same-report.ts); and so it is after LibreOffice has
// opened the .docx and saved it again, as offices do (the first cases: one LibreOffice run re-saves them all).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { renderDocx } from '../../electron/formats/docx/write-docx';
import { importReportBytes } from '../../electron/formats/word/read-report-document';
import { generateReport } from '../round-trip/generate-report';
import { forEachSeed, seeds } from '../round-trip/property';
import { reportContent } from '../round-trip/same-report';
import { convertAll, hasLibreOffice } from './libreoffice';

const FILE = 'tests/docx/docx-round-trip.test.ts';
const NOW = '2026-01-05T08:00:00.000Z';
const CASES = 200;
const RESAVED = 40;
const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-docx-round-trip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exported = new Map<number, { report: Report; bytes: Uint8Array }>();
beforeAll(async () => {
  for (const seed of seeds(CASES)) {
    const report = generateReport(seed, 'docx');
    exported.set(seed, { report, bytes: (await renderDocx(report)).bytes });
  }
});

describe('.docx export → import', () => {
  it('gives the same report, for generated reports of every shape', async () => {
    await forEachSeed(CASES, FILE, async (seed) => {
      const { report, bytes } = exported.get(seed)!;
      const { report: back, notices } = await importReportBytes(bytes, { now: NOW });
      expect(notices).toEqual([]);
      expect(reportContent(back, 'docx')).toEqual(reportContent(report, 'docx'));
    });
  });

  describe.skipIf(!hasLibreOffice)('after LibreOffice has opened and saved the .docx again', () => {
    it('gives the same report', async () => {
      const resaved = seeds(RESAVED);
      const made = path.join(dir, 'made');
      const saved = path.join(dir, 'saved');
      mkdirSync(made);
      mkdirSync(saved);
      const files = resaved.map((seed) => {
        const file = path.join(made, `case-${seed}.docx`);
        writeFileSync(file, exported.get(seed)!.bytes);
        return file;
      });
      const converted = convertAll(files, 'docx', saved);
      await forEachSeed(resaved.length, FILE, async (seed) => {
        const bytes = new Uint8Array(readFileSync(converted[resaved.indexOf(seed)]!));
        const { report: back } = await importReportBytes(bytes, { now: NOW });
        expect(reportContent(back, 'docx')).toEqual(reportContent(exported.get(seed)!.report, 'docx'));
      });
    }, 180_000);
  });
});
