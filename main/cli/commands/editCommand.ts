import { METADATA_FIELDS, METADATA_LABEL, type MetadataEdit, type MetadataField } from '../../core/metadataEdit';
import { validateArg } from '../../ipc/validate';
import { applyMetadataEdits, MetadataEditError } from '../../library/metadataEdits';
import { EXIT_OK, LIBRARY_HELP, LIBRARY_OPTION, UsageError, parse, type Command } from '../command';
import { openLibraryOption } from '../openLibraryOption';
import { printable } from '../terminalText';

const OPTIONS = {
  ...LIBRARY_OPTION,
  version: { type: 'string' },
  article: { type: 'string' },
  title: { type: 'string' },
  outlet: { type: 'string' },
  byline: { type: 'string' },
  url: { type: 'string' },
  published: { type: 'string' },
  'as-captured': { type: 'string', multiple: true },
} as const;

export const editCommand: Command = {
  name: 'edit',
  usage: `tally edit (--version ID | --article ID) [--title T] [--outlet O] [--byline B] [--url U] [--published T]
           [--as-captured FIELD]... [--library FILE]
  Corrects who published a version (or every version of an article) and when. The captured bytes never change:
  each correction is kept in the library's log, and the app, the lists and the reports read the corrected values.
  --version ID        one version (its id, as \`tally list\` shows it)
  --article ID        every version of an article
  --title T           the headline (of the version), or the article's title
  --outlet O          the outlet; "" says the capture names none
  --byline B          who wrote it; "" says no one is named
  --url U             the page's address (http or https)
  --published T       the publication time: 2016-03-22T10:05Z, "2016-03-22 10:05 GMT", "22 March 2016"
  --as-captured F     puts a field (${METADATA_FIELDS.join(', ')}) back to what the capture says; repeat for several
${LIBRARY_HELP}`,

  async run(argv) {
    const { values } = parse(argv, OPTIONS, false);
    if ((values.version === undefined) === (values.article === undefined)) throw new UsageError('name one --version ID or one --article ID');
    const raw = values.version ?? values.article!;
    if (!/^[1-9]\d{0,15}$/.test(raw)) throw new UsageError(`${values.version !== undefined ? '--version' : '--article'}: ${printable(raw)} is not an id`);
    const target: MetadataEdit['target'] = values.version !== undefined ? { versionId: Number(raw) } : { articleId: Number(raw) };
    const edits: MetadataEdit[] = [];
    for (const field of METADATA_FIELDS) {
      const given = values[field];
      if (given !== undefined) edits.push({ target, field, value: given });
    }
    for (const field of values['as-captured'] ?? []) {
      if (!(METADATA_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--as-captured: ${printable(field)} is not one of ${METADATA_FIELDS.join(', ')}`);
      if (edits.some((e) => e.field === field)) throw new UsageError(`--${field} and --as-captured ${field} say two things`);
      edits.push({ target, field: field as MetadataField, value: null });
    }
    if (edits.length === 0) throw new UsageError('name a field to correct (--title, --outlet, --byline, --url, --published) or --as-captured FIELD');
    // the same checks as the app's
    const checked = validateArg('metadata:edit', { edits });
    if (!checked.ok) throw new UsageError(checked.message);
    const { db } = openLibraryOption(values.library);
    try {
      applyMetadataEdits(db, edits);
    } catch (error) {
      // a value or an id the library refuses: one line, not the usage
      if (error instanceof MetadataEditError) throw new Error(error.message);
      throw error;
    } finally {
      db.close();
    }
    const what = 'versionId' in target ? `version ${target.versionId}` : `every version of article ${target.articleId}`;
    for (const e of edits) console.error(`${what}: ${METADATA_LABEL[e.field]} ${e.value === null ? 'as the capture says' : e.value === '' ? 'none' : printable(e.value)}`);
    return EXIT_OK;
  },
};
