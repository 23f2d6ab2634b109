// Every argument from a renderer is checked here before it reaches a handler:
// the renderer is untrusted (it shows text captured from the web), so the
// engine never takes its word for a type.
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { HISTORY_LOGS } from '../core/history/historyModel';
import { METADATA_FIELDS } from '../core/metadataEdit';
import { nameSchema } from '../core/names';
import { REPORT_FORMATS } from '../report/writeReport';
import type { ArgOf, Channel } from './contract';

const id = z.number().int().positive();
const name = nameSchema;

const target = z.union([z.object({ eventId: id }).strict(), z.object({ eventName: name }).strict()]);

const input = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
  z.object({ kind: z.literal('bytes'), name: z.string().min(1).max(4096), bytes: z.instanceof(Uint8Array) }).strict(),
  z
    .object({
      kind: z.literal('paste'),
      text: z.string(),
      title: z.string().max(500).optional(),
      outlet: z.string().max(300).optional(),
      url: z.string().max(2000).optional(),
      publishedAt: z.string().max(300).optional(),
    })
    .strict(),
]);

const nothing = z.undefined();

const figure = z.number().finite().nullable().optional();
/** A corrected phrase: trimmed, and an empty one means "none". */
const phrase = z
  .string()
  .trim()
  .max(500, 'at most 500 characters')
  .transform((s) => s || null)
  .nullable()
  .optional();

const claimEdit = z
  .object({
    value: figure,
    low: figure,
    high: figure,
    approx: z.boolean().optional(),
    subject: phrase,
    source: phrase,
    kind: z.enum(['figure', 'no-figure']).optional(),
  })
  .strict()
  .refine((e) => Object.values(e).some((v) => v !== undefined), 'an edit changes at least one field')
  .refine((e) => e.low == null || e.high == null || e.low <= e.high, { message: 'low must not exceed high', path: ['low'] });

const claimReview = z.discriminatedUnion('action', [
  z.object({ claimId: id, action: z.enum(['confirm', 'reject', 'reopen']), thisVersionOnly: z.boolean().optional() }).strict(),
  z.object({ claimId: id, action: z.literal('edit'), changes: claimEdit, thisVersionOnly: z.boolean().optional() }).strict(),
]);

const figureRef = z.string().regex(/^(?:figure:\d+|key:.{1,300})$/s, 'not a figure');

const claimAddition = z
  .object({
    versionId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    value: figure.transform((v) => v ?? null),
    low: figure.transform((v) => v ?? null),
    high: figure.transform((v) => v ?? null),
    approx: z.boolean(),
    source: phrase.transform((v) => v ?? null),
    subject: z.string().trim().min(1, 'say what it counts ("people killed")').max(500, 'at most 500 characters'),
    figure: figureRef.nullable(),
  })
  .strict()
  .refine((a) => a.start < a.end, 'the value needs its words: a span that ends after it starts');
const claimSpan = z
  .object({ versionId: id, start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((c) => c.start <= c.end, 'a span ends after it starts');
const claimSpans = z.array(claimSpan).min(1, 'choose at least one claim').max(10_000);
const label = z.string().trim().max(200, 'a label is at most 200 characters').nullable();
const noteBody = z.string().trim().min(1, 'a note needs some text').max(20_000, 'a note is at most 20,000 characters');
const bestValue = z
  .object({ low: z.number().finite(), high: z.number().finite() })
  .strict()
  .refine((b) => b.low <= b.high, 'low must not exceed high')
  .nullable();

const figureAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), figure: figureRef, label }).strict(),
  z.object({ kind: z.literal('best'), figure: figureRef, best: bestValue }).strict(),
  z.object({ kind: z.literal('move'), claims: claimSpans, to: figureRef.nullable() }).strict(),
  z.object({ kind: z.literal('split'), figure: figureRef, claims: claimSpans, label }).strict(),
  z.object({ kind: z.literal('merge'), figures: z.array(figureRef).min(1).max(1000), into: figureRef }).strict(),
  z
    .object({ kind: z.literal('note'), figure: figureRef.nullable(), claim: claimSpan.nullable(), body: noteBody })
    .strict()
    .refine((n) => (n.figure === null) !== (n.claim === null), 'a note belongs to a figure or to a claim'),
  z.object({ kind: z.literal('note-edit'), noteId: id, body: noteBody }).strict(),
  z.object({ kind: z.literal('note-delete'), noteId: id }).strict(),
]);

const sourceName = z.string().trim().min(1, 'a source needs a name').max(300);
const sourceEdit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alias'), source: sourceName, alias: sourceName }).strict(),
  z.object({ kind: z.literal('alias-remove'), alias: sourceName }).strict(),
  z.object({ kind: z.literal('grade'), source: sourceName, grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable() }).strict(),
]);

/** A path on this machine (the one the engine runs on), as the shell's own file system reads it. */
const localPath = z
  .string()
  .min(1, 'a path is needed')
  .max(4096, 'a path is at most 4096 characters')
  .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character');

const reportExport = z
  .object({
    batchId: z.string().min(1).max(100),
    eventId: id,
    formats: z
      .array(z.enum(REPORT_FORMATS))
      .min(1, 'choose at least one format')
      .refine((f) => new Set(f).size === f.length, 'each format once'),
    folder: localPath.refine((p) => isAbsolute(p), 'the folder must be an absolute path'),
    replace: z.boolean().optional(),
  })
  .strict();

export const ARG_SCHEMAS = {
  'app:info': nothing,
  'events:list': nothing,
  'library:check': nothing,
  'events:create': z.object({ name }).strict(),
  'events:rename': z.object({ eventId: id, name }).strict(),
  'events:trash': z.object({ eventId: id }).strict(),
  'events:restore': z.object({ eventId: id }).strict(),
  'events:trashed': nothing,
  'events:figures': z.object({ eventId: id }).strict(),
  'events:noFigures': z.object({ eventId: id }).strict(),
  'figures:act': z.object({ eventId: id, action: figureAction }).strict(),
  'figures:log': z.object({ eventId: id }).strict(),
  'outlets:list': nothing,
  'outlets:rename': z
    .object({
      from: z.string().trim().min(1).max(300),
      to: nameSchema.refine((s) => s.length <= 300, 'an outlet is at most 300 characters'),
      only: z.array(z.string().max(300)).max(1000).optional(),
    })
    .strict(),
  'sources:list': nothing,
  'sources:edit': sourceEdit,
  'articles:markCopy': z.object({ articleId: id, copyOf: z.union([id, z.literal('own-text')]).nullable() }).strict(),
  'articles:list': z.object({ eventId: id }).strict(),
  'articles:move': z.object({ articleId: id, eventId: id }).strict(),
  'articles:merge': z.object({ from: id, into: id }).strict(),
  'articles:split': z.object({ versionId: id }).strict(),
  'articles:file': z.object({ articleId: id, eventId: id }).strict(),
  'articles:unfile': z.object({ articleId: id, eventId: id }).strict(),
  'metadata:edit': z
    .object({
      edits: z
        .array(
          z
            .object({
              target: z.union([z.object({ versionId: id }).strict(), z.object({ articleId: id }).strict()]),
              field: z.enum(METADATA_FIELDS),
              value: z.string().max(2000).nullable(),
            })
            .strict(),
        )
        .min(1, 'name at least one edit')
        .max(50, 'at most 50 edits at once'),
    })
    .strict(),
  'versions:get': z.object({ id }).strict(),
  'library:search': z.object({ query: z.string().max(500) }).strict(),
  'versions:diff': z
    .object({
      before: id,
      after: id,
      workId: z.string().min(1).max(100).optional(),
      options: z.object({ ignoreCase: z.boolean().optional(), ignoreWhitespace: z.boolean().optional() }).strict().optional(),
    })
    .strict(),
  'work:cancel': z.object({ workId: z.string().min(1).max(100) }).strict(),
  'import:run': z
    .object({ batchId: z.string().min(1).max(100), target, inputs: z.array(input).min(1, 'nothing to import').max(100_000) })
    .strict(),
  'dialog:pickImportPaths': z.object({ folders: z.boolean() }).strict(),
  'dialog:pickFolder': nothing,
  'reports:export': reportExport,
  'reports:open': z.object({ path: localPath }).strict(),
  'claims:list': z.object({ versionId: id }).strict(),
  'claims:review': claimReview,
  'claims:add': claimAddition,
  'claims:override': z
    .object({
      claimId: id,
      changes: z
        .object({ value: figure, low: figure, high: figure, approx: z.boolean().optional() })
        .strict()
        .refine((e) => Object.values(e).some((v) => v !== undefined), 'an override changes the amount')
        .refine((e) => e.low == null || e.high == null || e.low <= e.high, { message: 'low must not exceed high', path: ['low'] }),
      note: noteBody,
    })
    .strict(),
  'claims:history': z.object({ claimId: id }).strict(),
  'claims:extract': z.object({ versionId: id }).strict(),
  'history:list': z.object({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
  'history:undo': z.object({ entry: z.object({ log: z.enum(HISTORY_LOGS), id }).strict() }).strict(),
  'history:undoLatest': nothing,
} satisfies { [C in Channel]: z.ZodType<ArgOf<C>> };

/** The argument, checked, or a one-line reason it was refused. */
export function validateArg<C extends Channel>(channel: C, raw: unknown): { ok: true; value: ArgOf<C> } | { ok: false; message: string } {
  const result = ARG_SCHEMAS[channel].safeParse(raw);
  if (result.success) return { ok: true, value: result.data as ArgOf<C> };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, message: `${channel}: ${where}${issue?.message ?? 'invalid argument'}` };
}
