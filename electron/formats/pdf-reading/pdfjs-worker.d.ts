// pdfjs-dist ships no types for its worker module; pdfjs.ts imports it only for its registering itself.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
