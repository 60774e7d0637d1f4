// Prints the notes of one release from CHANGELOG.md (Keep a Changelog): what stands under its
// `## [<version>]` heading, up to the next `## ` heading. Used by release.yml for the GitHub release
// and by the tests for "the changelog has an entry for package.json's version".
//
//   node .github/scripts/release-notes.mjs <version> [changelog]   (version: 1.2.3 or v1.2.3)
//
// Exits 1, saying why, when the changelog has no entry for the version or the entry is empty.
import { readFileSync } from 'node:fs';

const [requested, file = 'CHANGELOG.md'] = process.argv.slice(2);
if (requested === undefined) {
  console.error('usage: node .github/scripts/release-notes.mjs <version> [changelog]');
  process.exit(2);
}
const version = requested.replace(/^v/, '');
const lines = readFileSync(file, 'utf8').split(/\r?\n/);
const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\](?:\\s|$)`);
const start = lines.findIndex((line) => heading.test(line));
if (start === -1) {
  console.error(
    `${file} has no entry for ${version}: add a "## [${version}] - YYYY-MM-DD" section`,
  );
  process.exit(1);
}
const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
const notes = lines
  .slice(start + 1, next === -1 ? undefined : next)
  // Link references at the end of the file belong to no single release.
  .filter((line) => !/^\[[^\]]+\]: /.test(line))
  .join('\n')
  .trim();
if (notes === '') {
  console.error(`${file}: the entry for ${version} is empty`);
  process.exit(1);
}
console.log(notes);
