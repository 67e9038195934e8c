// Files this session wrote (PDFs, packages), known to callers only by an opaque id: the renderer can ask to
// open, show or print "export 3f…", never name a path of its choosing.
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';

export class ExportRegistry {
  private readonly files = new Map<string, string>();

  register(file: string): string {
    const exportId = newId();
    this.files.set(exportId, file);
    return exportId;
  }

  resolve(exportId: string): string {
    const file = this.files.get(exportId);
    if (!file) throw new AppError('NOT_FOUND', { id: exportId });
    return file;
  }
}
