import { basename } from 'node:path';
import { titleKey, urlKey } from '../../core/capture/articleIdentity';
import { groupFigures } from '../../core/compare/groupFigures';
import { extractClaims } from '../../core/extract';
import { readCapture } from '../readCapture';
import { EXIT_OK, UsageError, parse, printJson, type Command } from '../command';

export const compareCommand: Command = {
  name: 'compare',
  summary: 'line up the figures several files give, by quantity, with a verdict for each',
  usage: `tally compare FILE... [--json]
  FILE...         versions in time order, earliest first; versions of one article are recognised as at import
  --json          print {"figures":[{"label","status","min","max","claims":[{"doc","start","end","value","low","high","source"}]}]}`,

  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const docs = [];
    for (const path of positionals) {
      const doc = await readCapture(path);
      // one article: the same canonical URL, or the same headline (outlets are not known from a bare file)
      const article = urlKey(doc.canonicalUrl) ?? titleKey(doc.title) ?? basename(path);
      docs.push({ name: basename(path), article, claims: extractClaims(doc.text), text: doc.text });
    }
    const figures = groupFigures(docs);
    if (values.json) {
      printJson({
        figures: figures.map((f) => ({
          label: f.label,
          status: f.status,
          min: f.min,
          max: f.max,
          claims: f.claims.map((c) => ({ doc: c.doc, start: c.claim.start, end: c.claim.end, value: c.claim.value, low: c.claim.low, high: c.claim.high, source: c.claim.source })),
        })),
      });
      return EXIT_OK;
    }
    for (const f of figures) {
      console.log(`${f.status.toUpperCase().padEnd(9)} ${f.label}  (${f.min ?? '?'}–${f.max ?? '?'})`);
      for (const c of f.claims) console.log(`    ${c.doc}: ${c.claim.value ?? `${c.claim.low ?? '…'}–${c.claim.high ?? '…'}`}  ${c.claim.source ?? 'in the outlet’s voice'}`);
    }
    return EXIT_OK;
  },
};
