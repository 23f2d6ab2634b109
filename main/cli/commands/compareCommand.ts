import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { documentVersions, type NamedDocument } from '../../core/compare/documentVersions';
import { buildEventFigures, NO_CURATION } from '../../core/compare/eventFigures';
import { EXTRACTOR_VERSION, extractClaims } from '../../core/extract';
import { readCapture } from '../readCapture';
import { EXIT_OK, UsageError, parse, printJson, type Command } from '../command';
import { printable } from '../terminalText';

export const compareCommand: Command = {
  name: 'compare',
  usage: `tally compare FILE... [--json]
  FILE...         versions in time order, earliest first; versions of one article are recognised as at import
  --json          print {"figures":[{"label","status","min","max","conservative","independentSources","related",
                  "claims":[{"doc","start","end","value","low","high","source","sourceAsWritten"}]}]}
                  (source: resolved across the files, "SOHR" → "Syrian Observatory for Human Rights")`,

  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (positionals.length === 0) throw new UsageError('name at least one file');
    const docs: NamedDocument[] = [];
    for (const path of positionals) {
      const doc = await readCapture(path);
      docs.push({ name: basename(path), doc, claims: extractClaims(doc.text), capturedAt: statSync(path).mtime.toISOString() });
    }
    const { versions, nameOf } = documentVersions(docs, EXTRACTOR_VERSION);
    // no library: no curation and no source directory, only what the files say
    const figures = buildEventFigures(versions, NO_CURATION, []);
    if (values.json) {
      printJson({
        figures: figures.map((f) => ({
          label: f.label,
          status: f.status,
          min: f.min,
          max: f.max,
          conservative: f.conservative,
          independentSources: f.independentSources,
          related: f.related.map((r) => r.label),
          claims: f.members.map((m) => ({
            doc: nameOf.get(m.versionId)!,
            start: m.start,
            end: m.end,
            value: m.value,
            low: m.low,
            high: m.high,
            source: m.source,
            sourceAsWritten: m.sourceAsWritten,
          })),
        })),
      });
      return EXIT_OK;
    }
    for (const f of figures) {
      console.log(`${f.status.toUpperCase().padEnd(9)} ${printable(f.label)}  (${f.min ?? '?'}–${f.max ?? '?'}; ${f.independentSources} independent)`);
      for (const m of f.members) console.log(`    ${printable(nameOf.get(m.versionId) ?? '')}: ${m.value ?? `${m.low ?? '…'}–${m.high ?? '…'}`}  ${printable(m.source ?? 'in the outlet’s voice')}`);
    }
    return EXIT_OK;
  },
};
