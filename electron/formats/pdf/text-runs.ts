// Lines of text on a PDF page that is not the report's (the approval slip, the roll-up's summary): set character
// by character in the first face of the role's chain that has it, in runs of one face, wrapped by pdfkit.
import type { FaceRole, FontFace, FontSet } from './fonts';

export interface MissingCharacter {
  char: string;
  codePoint: number;
  path: string;
}

export class TextRuns {
  private readonly registered = new Set<string>();
  readonly missing: MissingCharacter[] = [];

  /** `path` names the document in the list of characters no face has. */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontSet,
    private readonly path: string,
  ) {}

  /** Makes `face` the document's current font, registering it on first use; its name in the document. */
  use(face: FontFace): string {
    if (!this.registered.has(face.id)) {
      this.doc.registerFont(face.id, face.bytes?.() ?? face.file, face.postscriptName as string);
      this.registered.add(face.id);
    }
    this.doc.font(face.id);
    return face.id;
  }

  /** Text in runs of one face each, wrapped within `width`; returns the y below it. */
  text(
    text: string,
    x: number,
    y: number,
    options: { size: number; width: number; role?: FaceRole; align?: 'left' | 'center' },
  ): number {
    const role = options.role ?? 'body';
    const runs: { face: FontFace; text: string }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const face = this.fonts.pick(role, cp) ?? this.fonts.pick(role, 0x3000) ?? this.fonts.chain(role)[0]!;
      if (!this.fonts.pick(role, cp) && ch.trim()) this.missing.push({ char: ch, codePoint: cp, path: this.path });
      const last = runs.at(-1);
      if (last && last.face === face) last.text += ch;
      else runs.push({ face, text: ch });
    }
    if (runs.length === 0) return y;
    this.doc.fontSize(options.size);
    runs.forEach((run, i) => {
      this.use(run.face);
      const more = i < runs.length - 1;
      if (i === 0) this.doc.text(run.text, x, y, { width: options.width, align: options.align, continued: more });
      else this.doc.text(run.text, { continued: more });
    });
    return this.doc.y;
  }
}
