// `npm run score`: where extraction stands, in one table. Runs the evaluation
// scorer beside the project (../shared/eval/score.mjs) on both corpora, claims
// and figure groups, and checks the figure changes of the revision pairs
// through `tally diff --json`. Needs ../shared; CI does not run it.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`score: no scorer at ${scorer}; put the shared folder beside the project`);
  process.exit(2);
}
// the bundled command line, built from the sources as they are now, without npm's own start-up (the scorer runs
// it once a document)
const cwd = process.cwd();
process.chdir(root);
await (await import('./build-cli.mjs')).buildCli();
process.chdir(cwd);
const tally = [join(root, 'out/cli/tally.js')];
const cmd = (command) => ['node', ...tally, command, '--json'].join(' ');

/** The revision pairs and the figure changes each must show, old value → new value. */
const CHANGES = [
  ['news', 'taiwan_quake_reuters_v1_huffpost.txt', 'taiwan_quake_reuters_v2.txt', [[2, 12], [120, 240]]],
  ['news', 'brussels_attacks_reuters_v1.txt', 'brussels_attacks_reuters_v2.txt', [[260, 271]]],
  ['news', 'us_blizzard_reuters_v1.txt', 'us_blizzard_reuters_v2.txt', [[25.1, 26.8], [3300, 3500]]],
  ['news', 'indiana_primary_reuters_v1.txt', 'indiana_primary_reuters_v2.txt', [[996, 1047]]],
  ['news', 'indiana_primary_reuters_early.txt', 'indiana_primary_reuters_v2.txt', [[2165, 2202], [1357, 1400]]],
  ['news', 'syria_coast_bombings_reuters_v1.txt', 'syria_coast_bombings_reuters_v2.txt', [[145, 148]]],
  ['dev', 'cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', [[17, 22], [20, 24], [6, 8], [1, 2], [12, 14]]],
  ['dev', 'protest-citydaily-r1.txt', 'protest-citydaily-r2.txt', [[12, 19], [3, 5]]],
];

async function scorerLine(args) {
  try {
    const { stdout } = await run('node', [scorer, ...args], { cwd: root, maxBuffer: 64 << 20 });
    return stdout.trim().split('\n').at(-1);
  } catch (error) {
    // the scorer exits 1 when a threshold fails and 2 when the command fails; its last line says which
    return String(error.stdout ?? error.message).trim().split('\n').at(-1);
  }
}

async function claims(corpus) {
  const line = await scorerLine(['claims', '--corpus', join(shared, 'corpus', corpus), '--cmd', cmd('extract')]);
  return Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], m[2]]));
}

async function groups(corpus) {
  const dir = join(shared, 'corpus', corpus, 'gold');
  let got = 0;
  let all = 0;
  for (const gold of readdirSync(dir).filter((f) => f.startsWith('figures')).sort()) {
    const line = await scorerLine(['figures', '--corpus', join(shared, 'corpus', corpus), '--gold', join(dir, gold), '--cmd', cmd('compare')]);
    const m = /\((\d+)\/(\d+) gold/.exec(line);
    if (!m) throw new Error(`score: no figure total from ${gold}: ${line}`);
    got += Number(m[1]);
    all += Number(m[2]);
  }
  return `${got} / ${all}`;
}

async function changes(corpus) {
  let got = 0;
  let all = 0;
  const missed = [];
  for (const [c, before, after, wanted] of CHANGES.filter(([c]) => c === corpus)) {
    const docs = join(shared, 'corpus', c, 'docs');
    const { stdout } = await run('node', [...tally, 'diff', join(docs, before), join(docs, after), '--json'], { cwd: root, maxBuffer: 256 << 20 });
    const changed = JSON.parse(stdout).figureChanges.filter((f) => f.kind === 'changed');
    const amount = (side) => side.value ?? side.low ?? side.high;
    for (const [from, to] of wanted) {
      all++;
      if (changed.some((f) => amount(f.before) === from && amount(f.after) === to)) got++;
      else missed.push(`${before}: ${from} → ${to}`);
    }
  }
  return { text: `${got} / ${all}`, missed };
}

const rows = [];
for (const corpus of ['dev', 'news']) {
  const [c, g, ch] = await Promise.all([claims(corpus), groups(corpus), changes(corpus)]);
  rows.push([corpus, c.recall, c.precision, c.attribution, c.subject, g, ch.text]);
  for (const m of ch.missed) console.log(`  change missed on ${corpus}: ${m}`);
}
const head = ['corpus', 'recall', 'precision', 'attribution', 'subject', 'figure groups', 'revision changes'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
