// What a name the researcher gives (an event's, a figure's label) may be, in
// every shell alike: the CLI's --event and the app's dialogs are checked by
// the same schema (main/ipc/validate.ts uses it for every channel).
import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole purpose
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const nameSchema = z
  .string()
  .trim()
  .min(1, 'a name is needed')
  .max(200, 'a name is at most 200 characters')
  .refine((s) => !CONTROL.test(s), 'a name cannot hold control characters (a line break, a tab, an escape)');

/** The name as it will be stored (trimmed), or why it cannot be one. */
export function checkName(value: string): { ok: true; name: string } | { ok: false; message: string } {
  const result = nameSchema.safeParse(value);
  return result.success ? { ok: true, name: result.data } : { ok: false, message: result.error.issues[0]!.message };
}
