// The report's whole model, as the JSON export carries it and every other
// format reads it. One zod schema is the single source: the TypeScript types
// are inferred from it, and the published JSON Schema
// (`docs/report.schema.json`, `tally report --schema`) is generated from it.
// The format is versioned: a reader checks `format` and `version` first; a
// change that breaks readers bumps `version`.
import { z } from 'zod';

export const REPORT_FORMAT = 'tally-report';
export const REPORT_VERSION = 1;

const iso = z.string().describe('An ISO 8601 time');
const nullableNumber = z.number().nullable();

const figureSide = z
  .object({
    value: nullableNumber,
    low: nullableNumber,
    high: nullableNumber,
    approx: z.boolean(),
    text: z.string().describe("The figure's words as the version has them"),
    sentence: z.string(),
    source: z.string().nullable(),
  })
  .strict();

const grade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);

const givenAmount = z
  .object({
    value: nullableNumber,
    low: nullableNumber,
    high: nullableNumber,
    approx: z.boolean(),
    text: z.string().describe("The figure's words as the text has them"),
  })
  .strict();

const sourceRow = z
  .object({
    source: z.string().nullable().describe("Resolved across documents; null is an outlet's own voice"),
    voiceOf: z.string().nullable().describe('Who speaks in its own voice: the outlet, else the article title'),
    grade: grade.nullable(),
    says: z.array(givenAmount).describe('What it says in its latest version that speaks of the figure, each amount once'),
    low: nullableNumber.describe('The lowest it allows now'),
    best: nullableNumber.describe('Its one exact number now, where it gives one'),
    high: nullableNumber.describe('The highest it allows now; null for an open "at least"'),
    earlier: z.array(z.array(givenAmount)).describe('What it said before, oldest first, each statement that differs from the next'),
    carriedBy: z.array(z.string()).describe('The outlets (or article titles) that carry it'),
    versions: z.number().int(),
    capturedAt: iso.describe('When its latest statement was captured'),
    publishedAt: iso.nullable(),
    quote: z.number().int().describe('The claim of its latest statement to quote'),
  })
  .strict();

export const reportSchema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_VERSION),
    generatedAt: iso,
    generator: z.string().describe('The program and version that wrote the report'),
    event: z.object({ name: z.string() }).strict(),
    summary: z
      .object({
        articles: z.number().int(),
        versions: z.number().int(),
        sources: z.number().int(),
        figures: z.number().int(),
        conflict: z.number().int(),
        revised: z.number().int(),
        agree: z.number().int(),
        single: z.number().int(),
      })
      .strict(),
    articles: z.array(
      z
        .object({
          id: z.number().int(),
          title: z.string(),
          outlet: z.string().nullable(),
          url: z.string().nullable(),
          copyOf: z
            .object({ articleId: z.number().int(), marked: z.boolean().describe('Marked by the researcher (true) or found as near-identical text (false)') })
            .strict()
            .nullable(),
        })
        .strict(),
    ),
    versions: z.array(
      z
        .object({
          id: z.number().int(),
          articleId: z.number().int(),
          title: z.string().nullable(),
          outlet: z.string().nullable(),
          url: z.string().nullable(),
          capturedAt: iso,
          publishedAt: iso.nullable(),
          sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the captured bytes, as stored'),
          byteLength: z.number().int(),
          format: z.enum(['text', 'markdown', 'html', 'mhtml', 'pdf']).describe('How the captured bytes are read: mhtml is a page saved as one MIME file'),
          origin: z.string().describe('Where the bytes came from: a file path, an upload name, or "paste"'),
        })
        .strict(),
    ),
    sources: z.array(
      z
        .object({
          name: z.string(),
          grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable(),
          namesInTexts: z.array(z.string()).describe('How the texts name it'),
          aliases: z.array(z.string()).describe("The researcher's other names for it"),
        })
        .strict(),
    ),
    figures: z.array(
      z
        .object({
          id: z.string().describe('figure:<id> once curated, key:<group key> before'),
          label: z.string(),
          autoLabel: z.string(),
          status: z.enum(['agree', 'conflict', 'revised', 'single']),
          min: nullableNumber,
          max: nullableNumber,
          conservative: nullableNumber,
          best: z.object({ low: z.number(), high: z.number() }).strict().nullable(),
          independentSources: z.number().int(),
          reason: z.string().describe("The verdict's reason in one sentence"),
          sources: z.array(sourceRow).describe('One row per source, the most recently captured first'),
          related: z.array(z.string()).describe('Ids of figures of the same thing in another scope'),
          reviewed: z.boolean().describe('The researcher confirmed or edited at least one of its claims'),
          claims: z.array(z.number().int()).describe('Ids of its claims, in capture order'),
          notes: z.array(
            z
              .object({
                body: z.string(),
                createdAt: iso,
                updatedAt: iso,
                claimId: z.number().int().nullable().describe('Set when the note is on one of the claims'),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    claims: z.array(
      z
        .object({
          id: z.number().int(),
          figureId: z.string(),
          versionId: z.number().int(),
          articleId: z.number().int(),
          start: z.number().int().describe("Offset of the figure's words in the version's text (JavaScript string offsets)"),
          end: z.number().int(),
          text: z.string(),
          sentence: z.string(),
          value: nullableNumber,
          low: nullableNumber,
          high: nullableNumber,
          approx: z.boolean(),
          source: z.string().nullable().describe("Resolved across documents; null is the outlet's own voice"),
          sourceAsWritten: z.string().nullable(),
          grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable(),
          status: z.enum(['auto', 'confirmed', 'edited']).describe('auto: as extracted; confirmed or edited by the researcher'),
          placed: z.boolean().describe('Put in this figure by the researcher'),
        })
        .strict(),
    ),
    noFigures: z
      .array(
        z
          .object({
            versionId: z.number().int(),
            articleId: z.number().int(),
            source: z.string().nullable(),
            subject: z.string().nullable().describe('What the source gave no figure for, when the text says ("casualties")'),
            text: z.string(),
            sentence: z.string(),
          })
          .strict(),
      )
      .describe('Statements that a source gave no figure ("did not name any casualties")'),
    revisions: z.array(
      z
        .object({
          articleId: z.number().int(),
          from: z.number().int().describe('The earlier version'),
          to: z.number().int().describe('The later version'),
          changes: z.array(z.object({ kind: z.enum(['changed', 'appeared', 'disappeared']), before: figureSide.nullable(), after: figureSide.nullable() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export type Report = z.infer<typeof reportSchema>;
export type ReportFigure = Report['figures'][number];
export type ReportClaim = Report['claims'][number];
export type ReportSourceRow = ReportFigure['sources'][number];
export type ReportVersion = Report['versions'][number];
export type ReportArticle = Report['articles'][number];
export type ReportRevision = Report['revisions'][number];
export type ReportNoFigure = Report['noFigures'][number];

/** The published JSON Schema (draft 2020-12) of a report. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://tally.invalid/schemas/${REPORT_FORMAT}-${REPORT_VERSION}.json`,
    title: 'Tally discrepancy report',
    ...z.toJSONSchema(reportSchema),
  };
}
