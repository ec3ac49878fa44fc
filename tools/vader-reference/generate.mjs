// Regenerates the reference scores the C# VADER is tested against: installs the npm package
// vader-sentiment (the reference implementation) into a temporary folder, scores every line of the
// corpus and writes the results as JSON. Nothing of the package is kept.
//
//   node tools/vader-reference/generate.mjs [corpus.txt] [reference.json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '1.1.3';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'tests/Dyad.Core.Tests/Feedback/Sentiment/Fixtures');
const corpusPath = process.argv[2] ?? join(fixtures, 'vader-corpus.txt');
const referencePath = process.argv[3] ?? join(fixtures, 'vader-reference.json');

const work = mkdtempSync(join(tmpdir(), 'vader-reference-'));
try {
  execFileSync('npm', ['install', '--prefix', work, '--no-save', '--no-audit', '--no-fund', `vader-sentiment@${VERSION}`], { stdio: 'inherit' });
  const vader = createRequire(join(work, 'package.json'))('vader-sentiment');
  const texts = readFileSync(corpusPath, 'utf8').split('\n').filter(line => line.length > 0);
  const scores = texts.map(text => {
    const s = vader.SentimentIntensityAnalyzer.polarity_scores(text);
    return { text, compound: s.compound, positive: s.pos, neutral: s.neu, negative: s.neg };
  });
  // One text per line, so a change in the corpus or the reference shows as a readable diff.
  const lines = scores.map(score => '  ' + JSON.stringify(score)).join(',\n');
  writeFileSync(referencePath, `{\n "reference": "vader-sentiment ${VERSION}",\n "scores": [\n${lines}\n ]\n}\n`);
  console.log(`${scores.length} texts scored into ${referencePath}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
