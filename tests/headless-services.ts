// Services with no one to answer a dialog: no Save or Open path unless given, viewers and printing do nothing.
// For tests that drive the services directly (the store, the Word import, verify against a bridge's folder).
import { createServices, type ServiceOptions, type Services } from '../electron/services';

export function headlessServices(dataDir: string, options: Partial<ServiceOptions> = {}): Promise<Services> {
  return createServices({
    dataDir,
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    openPath: async () => undefined,
    showInFolder: async () => undefined,
    printPdf: async () => undefined,
    onExportProgress: () => undefined,
    ...options,
  });
}
