import { listArticles } from '../../../db/queries/articles';
import { listEvents } from '../../../db/queries/events';
import { EXIT_OK, LIBRARY_HELP, LIBRARY_OPTION, parse, printJson, type Command } from '../command';
import { openLibraryOption } from '../openLibraryOption';
import { printable } from '../terminalText';

export const listCommand: Command = {
  name: 'list',
  usage: `tally list [--json] [--library FILE]
  --json          print {"articles":[{"id","title","outlet","event","versions":[{"id","sha256","capturedAt"}]}]}
${LIBRARY_HELP}`,

  async run(argv) {
    const { values } = parse(argv, { ...LIBRARY_OPTION, json: { type: 'boolean' } }, false);
    const { db } = openLibraryOption(values.library);
    try {
      const events = listEvents(db).reverse(); // oldest first, as they were created
      const articles = events.flatMap((e) => listArticles(db, e.id).map((a) => ({ ...a, event: e.name })));
      if (values.json) {
        printJson({
          articles: articles.map((a) => ({
            id: a.id,
            title: a.title,
            outlet: a.outlet,
            event: a.event,
            versions: a.versions.map((v) => ({ id: v.id, sha256: v.sha256, capturedAt: v.capturedAt })),
          })),
        });
        return EXIT_OK;
      }
      if (articles.length === 0) console.log('The library is empty: add articles with `tally import <paths...>`.');
      for (const e of events) {
        console.log(`${printable(e.name)}  (${e.articleCount} articles, ${e.versionCount} versions)`);
        for (const a of articles.filter((x) => x.eventId === e.id)) {
          console.log(`  [${a.id}] ${printable(a.title)}${a.outlet ? ` — ${printable(a.outlet)}` : ''}`);
          for (const v of a.versions) console.log(`      version ${v.id}  ${v.capturedAt}  ${v.format}  sha256 ${v.sha256.slice(0, 12)}`);
        }
      }
      return EXIT_OK;
    } finally {
      db.close();
    }
  },
};
