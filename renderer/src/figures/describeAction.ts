// One line of the curation log as a reader says it: "Renamed “people killed”
// to “people killed in the strikes”". Pure: labels come from the caller.
import type { CurationLogEntry } from '../../../main/core/model';
import { formatInterval } from './figureFormat';
import { plural } from '../shared/format';

export interface LogNames {
  figure(id: unknown): string;
  /** The figure under the name grouping gave it. */
  automatic(id: unknown): string;
  article(id: unknown): string;
  source(id: unknown): string;
}

const quoted = (text: unknown): string => `“${String(text)}”`;

/** A group key ("wounded|soldier|US") in words, for a figure that no longer exists under any label. */
function keyWords(key: string): string {
  const [measure = '', entity = '', scope = ''] = key.split('@')[0]!.split('|');
  // a scope of several parts is stored comma-joined ("US,in total")
  return [scope.split(',').join(' '), entity, measure].filter(Boolean).join(' ');
}

export function describeAction(entry: CurationLogEntry, names: LogNames): string {
  const d = entry.detail;
  const claims = Array.isArray(d.claims) ? d.claims.length : 0;
  switch (entry.action) {
    case 'rename':
      return d.after === null
        ? `Gave ${d.before ? quoted(d.before) : names.figure(d.figureId)} back its automatic name`
        : `Renamed ${d.before ? quoted(d.before) : names.automatic(d.figureId)} to ${quoted(d.after)}`;
    case 'best': {
      const best = d.best as { low: number; high: number } | null;
      return best ? `Chose ${formatInterval(best.low, best.high)} as the best value of ${names.figure(d.figureId)}` : `Cleared the best value of ${names.figure(d.figureId)}`;
    }
    case 'move':
      return d.to === null ? `Sent ${plural(claims, 'claim')} back to where grouping puts ${claims === 1 ? 'it' : 'them'}` : `Moved ${plural(claims, 'claim')} to ${names.figure(d.to)}`;
    case 'split':
      return `Split ${plural(claims, 'claim')} off ${names.figure(d.from)} into ${d.label ? quoted(d.label) : names.figure(d.figureId)}`;
    case 'merge':
      // the merged figure is gone: name it by the groups it held
      return `Merged ${Array.isArray(d.keys) && d.keys.length ? d.keys.map((k) => quoted(keyWords(String(k)))).join(', ') : names.figure(d.figureId)} into ${names.figure(d.into)}`;
    case 'unmerge':
      return `Took ${Array.isArray(d.keys) && d.keys.length ? d.keys.map((k) => quoted(keyWords(String(k)))).join(', ') : names.figure(d.figureId)} back out of ${names.figure(d.into)}`;
    case 'note':
      return `Noted on ${d.figureId ? names.figure(d.figureId) : 'a claim'}: ${quoted(d.body)}`;
    case 'note-edit':
      return `Edited a note: ${quoted(d.after)} (was ${quoted(d.before)})`;
    case 'note-delete':
      return `Deleted a note: ${quoted((d.before as { body?: string } | undefined)?.body ?? '')}`;
    case 'source':
      return `Added ${quoted(d.name)} to the sources`;
    case 'alias':
      return `Named ${quoted(d.alias)} as ${names.source(d.sourceId)}`;
    case 'alias-remove':
      return `Removed the name ${quoted(d.alias)} from ${names.source(d.sourceId)}`;
    case 'grade':
      return d.after ? `Graded ${names.source(d.sourceId)} ${String(d.after)}${d.before ? ` (was ${String(d.before)})` : ''}` : `Cleared the grade of ${names.source(d.sourceId)}`;
    case 'copy':
      return d.ownText ? `Marked ${names.article(d.articleId)} as its own text, never a copy` : `Marked ${names.article(d.articleId)} as a copy of ${names.article(d.copyOf)}`;
    case 'copy-remove':
      return `Cleared the copy mark of ${names.article(d.articleId)}`;
    default:
      return entry.action;
  }
}
