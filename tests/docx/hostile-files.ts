// Hostile and foreign files for the Word import tests, built here so that none of them sits in the repository:
// a ZIP bomb (a small .docx whose document part inflates to hundreds of megabytes, its directory lying about the
// size), 10,000-deep XML, external entities, OLE files that are encrypted, a renamed image, a truncated .docx.
import { createDeflateRaw } from 'node:zlib';
import JSZip from 'jszip';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx holding only these parts (with [Content_Types].xml). */
export async function docxWith(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const documentXml = (body: string, prolog = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;

export const deepDocument = (depth: number): string =>
  documentXml('<w:sdt><w:sdtContent>'.repeat(depth / 2) + '</w:sdtContent></w:sdt>'.repeat(depth / 2));

export const externalEntityDocument = (): string =>
  documentXml(
    '<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>',
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  );

export const entityExpansionDocument = (): string =>
  documentXml(
    '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>',
    '<!DOCTYPE w:document [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
      ']>',
  );

/** `megabytes` of 'A' deflated as a stream (never held whole in memory). */
async function deflatedRun(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024, 0x41);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** One ZIP entry's local header and data, and its central directory record. */
function entry(name: string, data: Buffer, method: 0 | 8, declaredSize: number, offset: number) {
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, nameBytes, data]), central: Buffer.concat([central, nameBytes]) };
}

/** A .docx whose word/document.xml inflates to `megabytes` MB while its directory claims a kilobyte. */
export async function zipBomb(megabytes: number): Promise<Buffer> {
  const types = Buffer.from(CONTENT_TYPES);
  const bomb = await deflatedRun(megabytes);
  const first = entry('[Content_Types].xml', types, 0, types.length, 0);
  const second = entry('word/document.xml', bomb, 8, 1024, first.local.length);
  const directory = Buffer.concat([first.central, second.central]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(2, 8);
  end.writeUInt16LE(2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(first.local.length + second.local.length, 16);
  return Buffer.concat([first.local, second.local, directory, end]);
}

/** An OLE compound file whose directory sector names these streams (enough for the format to be told). */
export function oleFile(streams: string[], sectors: Buffer[] = []): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  streams.forEach((name, i) => {
    directory.write(name, i * 128, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
    directory[i * 128 + 66] = 2;
  });
  return Buffer.concat([header, ...sectors, directory]);
}

/** The first sector of a WordDocument stream: a FIB whose fEncrypted flag is set (a password-protected .doc). */
export function encryptedFib(): Buffer {
  const fib = Buffer.alloc(512);
  fib.writeUInt16LE(0xa5ec, 0);
  fib.writeUInt16LE(0x00c1, 2);
  fib.writeUInt16LE(0x0100, 10);
  return fib;
}
