// The reference side of the sentiment benchmark: scores every line of a text file with the npm package vader-sentiment
// (the implementation Dyad's VADER is written to equal), writes the scores one JSON array per line, and prints the
// measurement. The package is installed once into a cache folder outside the repository.
//
//   node bench/reference/vader.mjs texts.txt scores.jsonl
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSION = '1.1.3';
const [textsPath, scoresPath] = process.argv.slice(2);
const cache = process.env.DYAD_BENCH_NPM_CACHE ?? join(tmpdir(), `dyad-bench-vader-${VERSION}`);
if (!existsSync(join(cache, 'node_modules', 'vader-sentiment'))) {
  mkdirSync(cache, { recursive: true });
  execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', '--silent', `vader-sentiment@${VERSION}`],
    { stdio: ['ignore', 'ignore', 'inherit'] });
}
const vader = createRequire(join(cache, 'package.json'))('vader-sentiment');
const texts = readFileSync(textsPath, 'utf8').split('\n').filter(line => line.length > 0);

const started = process.hrtime.bigint();
const scores = new Array(texts.length);
for (let i = 0; i < texts.length; i++) {
  const s = vader.SentimentIntensityAnalyzer.polarity_scores(texts[i]);
  scores[i] = [s.compound, s.pos, s.neu, s.neg];
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

writeFileSync(scoresPath, scores.map(s => JSON.stringify(s)).join('\n') + '\n');
// maxRSS is in kilobytes.
console.log(JSON.stringify({ items: texts.length, seconds, peakKilobytes: process.resourceUsage().maxRSS }));
