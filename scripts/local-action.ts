// Runs the action's own code (src/main.ts) under GitHub's @github/local-action, as its README
// describes, on `command: validate` of the repository's default template (packer/web_node):
//
//   npm run local-action
//
// local-action replaces @actions/core with its own and provides no OIDC token, so this is for
// validate only. The `packer` on PATH is served from a loopback releases mirror (see
// local-packer.ts), so install and verification run for real. With Debian's Packer 1.6.6 the
// validate fails on the modern template, correctly: the run counts when it reaches Packer and
// reports the template's errors as annotations, which this script checks before it exits 0.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serveLocalPacker } from './local-packer.js';

/** The version this script was written against; npx fetches it into npm's cache on first use. */
const LOCAL_ACTION = '@github/local-action@7.0.1';
const TEMPLATE = 'packer/web_node';

const repository = path.resolve(import.meta.dirname, '..');
const runner = fs.mkdtempSync(path.join(os.tmpdir(), 'local-action-'));
const packer = await serveLocalPacker();
console.log(`Serving ${packer.path} (Packer ${packer.version}) from ${packer.mirror.url}`);

// local-action reads the inputs (INPUT_<NAME>, as the runner sets them) from a dotenv file.
const settings: Record<string, string> = {
  INPUT_COMMAND: 'validate',
  INPUT_TEMPLATE: TEMPLATE,
  'INPUT_PACKER-VERSION': packer.version,
  'INPUT_RELEASES-URL': packer.mirror.url,
  'INPUT_RELEASES-PUBLIC-KEY': packer.mirror.publicKey,
  GITHUB_WORKSPACE: repository,
  RUNNER_TEMP: path.join(runner, 'temp'),
  RUNNER_TOOL_CACHE: path.join(runner, 'tool-cache'),
  GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
};
fs.mkdirSync(settings.RUNNER_TEMP ?? '', { recursive: true });
fs.mkdirSync(settings.RUNNER_TOOL_CACHE ?? '', { recursive: true });
fs.writeFileSync(settings.GITHUB_STEP_SUMMARY ?? '', '');
const dotenv = path.join(runner, '.env');
fs.writeFileSync(
  dotenv,
  Object.entries(settings)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join('\n'),
);

const output: string[] = [];
const exitCode = await new Promise<number | null>((resolve, reject) => {
  const child = spawn('npx', ['--yes', LOCAL_ACTION, 'run', repository, 'src/main.ts', dotenv], {
    cwd: repository,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      process.stdout.write(chunk);
    });
  }
  child.on('error', reject);
  child.on('close', resolve);
});
await packer.mirror.close();
fs.rmSync(runner, { recursive: true, force: true });

const log = output.join('');
// What counts: the run got through install to `packer validate`, and the template's errors came
// back as annotations on their files and lines.
const reachedPacker = log.includes('::group::packer validate');
const annotations = [...log.matchAll(/^::error title=[^,\n]*,file=([^,\n]+),line=(\d+)/gm)].map(
  (match) => `${match[1]}:${match[2]}`,
);
console.log(`\n--- local-action exited ${exitCode} ---`);
console.log(`reached packer validate: ${reachedPacker ? 'yes' : 'no'}`);
console.log(`annotations: ${annotations.length === 0 ? 'none' : annotations.join(', ')}`);
process.exitCode = exitCode === 0 && reachedPacker && annotations.length > 0 ? 0 : 1;
