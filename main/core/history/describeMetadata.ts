// The researcher's corrections of a version's or an article's details
// (metadata_edits) in words. Several fields corrected in one go are one
// action: they share their time.
import { METADATA_LABEL, type MetadataField } from '../metadataEdit';
import type { Describing, HistoryNames, HistoryRow } from './historyModel';
import { plural, quoted } from './historyWords';

/** The article or version an edit names, as the researcher tells it. */
function targetOf(row: HistoryRow, names: HistoryNames): string {
  const { articleId, versionId } = row.detail;
  return typeof versionId === 'number' ? names.version(versionId) : quoted(names.article(Number(articleId)));
}

function label(row: HistoryRow): string {
  return METADATA_LABEL[row.kind as MetadataField] ?? row.kind;
}

function one(row: HistoryRow, names: HistoryNames): string {
  const value = row.detail.value;
  // an article is named by its headline, which this edit may have just changed: a headline is told by its new words alone
  if (row.kind === 'title' && typeof value === 'string' && value !== '') {
    const where = typeof row.detail.versionId === 'number' ? ` of ${names.version(row.detail.versionId)}` : ' of an article';
    return `Changed the headline${where} to ${quoted(value)}`;
  }
  const of = `the ${label(row)} of ${targetOf(row, names)}`;
  if (value === null || value === undefined) return `Put ${of} back to what the capture says`;
  if (value === '') return `Cleared ${of}`;
  return `Set ${of} to ${quoted(value)}`;
}

const describing: Describing = {
  describe: (rows, names) => {
    if (rows.length === 1) return one(rows[0]!, names);
    const targets = [...new Set(rows.map((r) => targetOf(r, names)))];
    const fields = [...new Set(rows.map(label))];
    const listed = fields.length > 1 ? `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)!}` : fields[0]!;
    return `Corrected the ${listed} of ${targets[0]!}${targets.length > 1 ? ` and ${plural(targets.length - 1, 'more')}` : ''}`;
  },
  touches: (row) => {
    const { articleId, versionId } = row.detail;
    return [typeof versionId === 'number' ? `metadata:v${versionId}:${row.kind}` : `metadata:a${String(articleId)}:${row.kind}`];
  },
};

/** Each field is its own kind in the log; all are told and undone alike. */
export const metadataEdit: Describing = describing;
