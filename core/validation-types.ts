// The shape of a validation finding: a stable code, a severity, a path into the report and messages in both
// languages (validation.ts produces them; the wizard shows them at their field, the CLI prints them).
import { z } from 'zod';

export const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.array(z.union([z.string(), z.number()])),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type Finding = z.infer<typeof findingSchema>;
