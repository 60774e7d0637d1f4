// Bundling as `npm run build` does it, for the build and for the bench's floor-action: ncc writes
// CommonJS for a `.cjs` entry and names its chunks `<id>.index.cjs.js`, which the package's
// "type": "module" would make ES modules, so the bundle's folder gets a package.json saying
// "commonjs" (for the build, dist/'s covers every folder below it).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Bundles `entry` (relative to the repository, or absolute) into `folder`. */
export function bundle(entry: string, folder: string): void {
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'ncc'),
    ['build', entry, '-o', folder, '--license', 'licenses.txt', '--target', 'es2022'],
    { cwd: root, stdio: 'inherit' },
  );
}

/** Makes the `.js` files in and below `folder` CommonJS. */
export function markCommonJs(folder: string): void {
  fs.writeFileSync(path.resolve(root, folder, 'package.json'), '{ "type": "commonjs" }\n');
}
