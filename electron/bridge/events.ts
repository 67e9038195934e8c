// Export progress pushed to the pages as server-sent events (EventSource cannot POST, so this is a GET stream).
import type http from 'node:http';
import type { ExportProgress } from '../../core/api';

export class ProgressEvents {
  private readonly listeners = new Set<http.ServerResponse>();

  subscribe(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.listeners.add(res);
    req.on('close', () => this.listeners.delete(res));
  }

  broadcast(progress: ExportProgress): void {
    for (const res of this.listeners) res.write(`data: ${JSON.stringify(progress)}\n\n`);
  }

  closeAll(): void {
    for (const res of this.listeners) res.end();
    this.listeners.clear();
  }
}
