// Runs the built action (dist/index.cjs) on this machine as a GitHub runner would, on the repository
// itself: `npm run local -- [--command validate|build] [--template DIR_OR_FILE] [--offline]`.
// --offline serves the `packer` found on PATH from a loopback releases mirror signed with a
// throwaway key, so the whole install path (index, SHA256SUMS, signature, zip, tool cache) runs
// without the internet.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { makeRunnerDirectories, startAction } from '../test/support/action.js';
import type { ReleasesMirror } from '../test/support/releases-mirror.js';
import { serveLocalPacker } from './local-packer.js';

const DEFAULT_TEMPLATE = 'packer/web_node';

const { values } = parseArgs({
  options: {
    command: { type: 'string', default: 'validate' },
    template: { type: 'string', default: DEFAULT_TEMPLATE },
    offline: { type: 'boolean', default: false },
    'packer-version': { type: 'string', default: 'latest' },
  },
});

const repository = path.resolve(import.meta.dirname, '..');
const runner = makeRunnerDirectories(path.join(repository, '.local-runner', 'tool-cache'));
// The workspace is the repository itself, as actions/checkout leaves it.
fs.rmSync(runner.workspace, { recursive: true });
fs.symlinkSync(repository, runner.workspace);

let mirror: ReleasesMirror | undefined;
const inputs: Record<string, string> = {
  command: values.command,
  template: values.template,
  'packer-version': values['packer-version'],
};
if (values.offline) {
  const packer = await serveLocalPacker(path.join(repository, '.local-runner', 'offline-key.json'));
  console.log(`Serving ${packer.path} (Packer ${packer.version}) from a loopback releases mirror`);
  mirror = packer.mirror;
  inputs['releases-url'] = mirror.url;
  inputs['releases-public-key'] = mirror.publicKey;
}

// Your AWS settings (AWS_PROFILE, AWS_REGION, …) reach Packer, as a runner's would.
const awsEnvironment = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[0].startsWith('AWS_') && entry[1] !== undefined,
  ),
);
const result = await startAction({ inputs, runner, env: awsEnvironment, echo: true }).done;
await mirror?.close();
console.log('\n--- outputs ---');
console.log(JSON.stringify(result.outputs, null, 2));
console.log('--- job summary ---');
console.log(result.summary);
// The runner's folders go; the tool cache (under .local-runner/) stays for the next run. The
// workspace is a symbolic link to the repository: removed, not followed.
fs.rmSync(runner.root, { recursive: true, force: true });
if (!values.offline && result.stdout.includes('Could not download')) {
  console.log(
    'No way to the releases site from here? `npm run local -- --offline` serves the local packer.',
  );
}
process.exitCode = result.exitCode ?? 1;
