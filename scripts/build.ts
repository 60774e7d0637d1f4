// npm run build: tsc compiles src/ to lib/, then ncc bundles each entry into a folder of dist/.
// The entries are CommonJS files (src/*.cts → index.cjs) in an ES module package: Node starts a
// CommonJS bundle sooner than an ES module one (about 10 ms a step under Node 20, measured with
// `npm run bench`). See bundle.ts for the package.json that dist/ gets.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundle, markCommonJs } from './bundle.js';

const root = path.resolve(import.meta.dirname, '..');
/** Each entry, as tsc emits it, and the folder its bundle goes to. */
const ENTRIES: [entry: string, folder: string][] = [
  ['lib/index.cjs', 'dist'],
  ['lib/post.cjs', 'dist/post'],
  ['lib/install/signature-worker.cjs', 'dist/signature-worker'],
];

for (const folder of ['dist', 'lib']) {
  fs.rmSync(path.join(root, folder), { recursive: true, force: true });
}
execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
for (const [entry, folder] of ENTRIES) bundle(entry, folder);
markCommonJs('dist');
