// Ids for reports, chapters, sections and items: random UUIDs where the runtime has them (Node 20, Chromium).
const runtime = globalThis as unknown as { crypto?: { randomUUID?: () => string } };

export function newId(): string {
  const uuid = runtime.crypto?.randomUUID?.();
  if (uuid) return uuid;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${hex(4)}-${hex(12)}`;
}
