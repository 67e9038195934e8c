// The built `report-desk` command as a person runs it, as a child process: what only a whole process shows
// (the entry point, exit codes, stream output, the lock between processes). Everything else is in cli.test.ts,
// in-process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportFromTemplate } from '../../core/templates';
import { normaliseForComparison } from '../../core/text-render';
import { encodePackage } from '../../electron/formats/package/package-format';
import { ReportStore } from '../../electron/store/store';
import { repoRoot, seedPath } from '../unit/seed';
import { bin } from './built-cli';

let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-cli-smoke-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A bundle file and the chunks it loads at once (its static imports, followed). */
function staticFiles(file: string, files = new Set<string>()): Set<string> {
  if (files.has(file)) return files;
  files.add(file);
  // esbuild writes `import … from "x"` / `import "x"`; a dynamic `import("x")` loads later and is not followed.
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.[^"]+)"/g))
    staticFiles(path.resolve(path.dirname(file), spec!), files);
  return files;
}

/**
 * The packages that loading `file` loads: those imported from node_modules, and those bundled into the loaded
 * files (esbuild heads each bundled module with a `// node_modules/<package>/…` comment).
 */
function staticPackages(file: string): string[] {
  const packages = [...staticFiles(file)].flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return [
      ...[...text.matchAll(/(?:from|import)\s*"([^".][^"]*)"/g)].map((m) => m[1]!),
      ...[...text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]!),
    ];
  });
  return [...new Set(packages)];
}

/** The chunk of source module `name` that the code loaded with `file` imports dynamically. */
function dynamicChunk(file: string, name: string): string {
  for (const f of staticFiles(file)) {
    const found = readFileSync(f, 'utf8').match(new RegExp(`import\\("(\\./(?:chunks/)?${name}-[^"]+)"\\)`));
    if (found) return path.resolve(path.dirname(f), found[1]!);
  }
  throw new Error(`no dynamic import of ${name} from ${file}`);
}

const { REPORT_DESK_LANG: _ignored, ...env } = process.env;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The command with its output read as `| head` does: the pipe is closed after the first chunk. */
function cliReadEarly(args: string[]): Promise<{ code: number | null; err: string; read: number }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let read = 0;
  child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
  child.stdout.once('data', (chunk: Buffer) => {
    read = chunk.length;
    child.stdout.destroy();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, err, read })));
}

describe('report-desk, the built command', { timeout: 120_000 }, () => {
  it('helps, and fails with one prefixed line and exit code 2', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('用法：report-desk <命令>');
    const wrong = cli(['frobnicate', '--lang', 'en']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe('report-desk: Unknown command "frobnicate". Run report-desk --help to see the commands.\n');
  });

  it('runs the README example: import the seed, print it, export the PDF', () => {
    expect(cli(['import', seedPath, '--out', 'seed.json']).code).toBe(0);
    const text = cli(['text', 'seed.json']);
    expect(normaliseForComparison(text.out)).toBe(normaliseForComparison(readFileSync(seedPath, 'utf8')));
    const pdf = cli(['export', 'seed.json', '--pdf', 'seed.pdf']);
    expect(pdf.code, pdf.err).toBe(0);
    expect(readFileSync(path.join(work, 'seed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('loads the Word, Excel and diff libraries only for the commands that use them', () => {
    const entry = path.join(repoRoot, 'out', 'cli', 'report-desk.mjs');
    const heavy = ['docx', 'exceljs', 'jszip', 'word-extractor', 'fast-xml-parser', 'diff'];
    const atStart = staticPackages(entry);
    expect(heavy.filter((p) => atStart.includes(p))).toEqual([]);
    // `export --pdf` of a report file: the start plus the PDF chunk, still none of them.
    const pdfExport = staticPackages(dynamicChunk(entry, 'export'));
    expect(pdfExport).toContain('pdfkit');
    expect(heavy.filter((p) => pdfExport.includes(p))).toEqual([]);
    expect(staticPackages(dynamicChunk(entry, 'write-docx'))).toContain('docx');
    expect(staticPackages(dynamicChunk(entry, 'workbook'))).toContain('exceljs');
    expect(staticPackages(dynamicChunk(entry, 'zip-parts'))).toContain('jszip');
  });

  it('finds the modules its stand-ins load on first use where the bundle is', () => {
    // Stand-ins (build/stand-ins/) replace modules an export never calls; the real ones are required at run time.
    const chunks = path.join(repoRoot, 'out', 'cli', 'chunks');
    const required = readdirSync(chunks).flatMap((f) =>
      [...readFileSync(path.join(chunks, f), 'utf8').matchAll(/__require\("([^"]+)"\)/g)].map((m) => m[1]!),
    );
    expect(required.sort()).toEqual(['@noble/ciphers/aes', 'brotli/decompress.js', 'unicode-trie']);
    const fromBundle = createRequire(path.join(chunks, 'any.mjs'));
    expect(Object.keys(fromBundle('@noble/ciphers/aes'))).toEqual(expect.arrayContaining(['cbc', 'ecb']));
    expect(typeof fromBundle('brotli/decompress.js')).toBe('function');
    expect(typeof fromBundle('unicode-trie').prototype.get).toBe('function');
  });

  it('reads beside another process holding the data folder, and refuses to change it', async () => {
    const dataDir = path.join(work, 'data');
    const store = await ReportStore.open(dataDir);
    const report = await store.create(
      createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2021 }),
    );
    try {
      expect(cli(['list', '--data-dir', dataDir]).out).toContain(report.id);
      writeFileSync(path.join(work, 'locked.rldpkg'), encodePackage(report, new Date().toISOString()));
      const refused = cli(['import-package', 'locked.rldpkg', '--data-dir', dataDir]);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`进程 ${process.pid}`);
    } finally {
      await store.close();
    }
    expect(cli(['import-package', 'locked.rldpkg', '--on-duplicate', 'keep-both', '--data-dir', dataDir]).code).toBe(0);
  });

  it('ends quietly, exit code 0, when the reader closes the pipe early (report-desk … | head)', async () => {
    // Far more text than a pipe holds (64 KB; here 250 KB): the command is still printing when the reader goes away.
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2022 });
    report.chapters[0]!.paragraphs = Array.from(
      { length: 1000 },
      (_, i) => `第${i + 1}段，${'坚持依法行政，推进法治政府建设。'.repeat(5)}`,
    );
    writeFileSync(path.join(work, 'long.json'), JSON.stringify(report));
    writeFileSync(path.join(work, 'long.rldpkg'), encodePackage(report, new Date().toISOString()));
    const dataDir = path.join(work, 'data-long');
    expect(cli(['import-package', 'long.rldpkg', '--data-dir', dataDir]).code).toBe(0);
    for (const args of [
      ['text', 'long.json'],
      ['show', report.id, '--data-dir', dataDir],
    ]) {
      const { code, err, read } = await cliReadEarly(args);
      expect(read, args[0]).toBeGreaterThan(0);
      expect(err, args[0]).toBe('');
      expect(code, args[0]).toBe(0);
    }
  });
});
