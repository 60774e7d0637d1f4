// Prints how much the action costs over doing the same by hand. Not a test: figures, no verdicts.
// Medians and fastest runs, and the load average at the end: other work on the machine slows both.
//   1. overhead over raw `packer validate` on a warm tool cache (goal ≤ 100 ms);
//   2. a cold install from a loopback mirror against curl + sha256sum + unzip of the same zip (goal ≤ 1.1×);
//   3. the bundle's start-up time (node dist/index.js until it has parsed its inputs), and the post
//      step's whole run after a clean main step (goal < 100 ms).
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import {
  ACTION_NODE,
  makeRunnerDirectories,
  POST_ENTRY,
  type RunnerDirectories,
  runAction,
} from '../test/support/action.js';
import { startReleasesMirror } from '../test/support/releases-mirror.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const packer = execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim();
const version =
  /Packer v(\S+)/.exec(execFileSync(packer, ['version'], { encoding: 'utf8' }))?.[1] ?? '';
const template = JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }] });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

// Asynchronous: the mirror answering curl runs in this process.
const spawnOk = promisify(execFile);

const mirror = await startReleasesMirror({ releases: [{ version, binaryPath: packer }] });
const mirrorInputs = {
  'releases-url': mirror.url,
  'releases-public-key': mirror.publicKey,
  'packer-version': version,
};
const ok = (run: { exitCode: number | null; stdout: string }) => {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}`);
};

/** The action validating template.json from the mirror's Packer; throws when it fails. */
async function validateWithAction(runner: RunnerDirectories): Promise<void> {
  ok(
    await runAction({
      runner,
      inputs: { ...mirrorInputs, command: 'validate', template: 'template.json' },
    }),
  );
}

// 1. Warm cache: the same validate, by hand and through the action (exact version: no network).
const warm = makeRunnerDirectories();
fs.writeFileSync(path.join(warm.workspace, 'template.json'), template);
await validateWithAction(warm);
const rawValidate: number[] = [];
const actionValidate: number[] = [];
for (let run = 0; run < RUNS; run++) {
  rawValidate.push(
    await time(() =>
      spawnOk(packer, ['validate', 'template.json'], {
        cwd: warm.workspace,
        env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      }),
    ),
  );
  actionValidate.push(await time(() => validateWithAction(warm)));
}

// 2. Cold install: a fresh tool cache each run, against fetching and checking the zip by hand.
const zipName = `packer_${version}_linux_amd64.zip`;
const base = `${mirror.url}/packer/${version}`;
const coldAction: number[] = [];
const coldManual: number[] = [];
for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run++) {
  const cold = makeRunnerDirectories();
  fs.writeFileSync(path.join(cold.workspace, 'template.json'), template);
  coldAction.push(await time(() => validateWithAction(cold)));
  const manual = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-manual-'));
  coldManual.push(
    await time(async () => {
      await spawnOk(
        'curl',
        ['-sfO', `${base}/${zipName}`, '-sfO', `${base}/packer_${version}_SHA256SUMS`],
        { cwd: manual },
      );
      await spawnOk(
        'sh',
        ['-c', `grep ' ${zipName}$' packer_${version}_SHA256SUMS | sha256sum -c -`],
        {
          cwd: manual,
        },
      );
      await spawnOk('unzip', ['-o', '-q', zipName], { cwd: manual });
      fs.writeFileSync(path.join(manual, 'template.json'), template);
      await spawnOk('./packer', ['validate', 'template.json'], {
        cwd: manual,
        env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      });
    }),
  );
  fs.rmSync(cold.root, { recursive: true, force: true });
  fs.rmSync(manual, { recursive: true, force: true });
}
await mirror.close();

// 3. Start-up: the bundle loads, parses its inputs and stops at the missing template.
const startup: number[] = [];
const cleanPost: number[] = [];
const bareNode: number[] = [];
for (let run = 0; run < RUNS; run++) {
  // The same environment the harness gives the action: no NODE_OPTIONS, NODE_EXTRA_CA_CERTS, ….
  bareNode.push(
    await time(() => spawnOk(ACTION_NODE, ['-e', ''], { env: { PATH: process.env.PATH } })),
  );
  startup.push(await time(async () => runAction({ runner: warm, inputs: { template: '' } })));
  cleanPost.push(
    await time(async () =>
      ok(await runAction({ runner: warm, entry: POST_ENTRY, inputs: {}, state: { end: 'clean' } })),
    ),
  );
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
// Each row by the median and by the fastest run: on a machine shared with other work, the fastest
// run is the one least slowed by it, so the two columns apart show how loaded the machine was.
type Statistic = (values: number[]) => number;
const fastest: Statistic = (values) => Math.min(...values);
const rows: [string, (of: Statistic) => string][] = [
  ['packer validate, by hand (warm)', (of) => ms(of(rawValidate))],
  ['the action, validate (warm cache)', (of) => ms(of(actionValidate))],
  ['overhead on a warm cache (goal ≤ 100 ms)', (of) => ms(of(actionValidate) - of(rawValidate))],
  ['curl + sha256sum + unzip + validate (cold)', (of) => ms(of(coldManual))],
  ['the action, install + verify + validate (cold)', (of) => ms(of(coldAction))],
  ['cold ratio (goal ≤ 1.1×)', (of) => ratio(of(coldAction) / of(coldManual))],
  ['node -e "" (bare start)', (of) => ms(of(bareNode))],
  ['the bundle until its inputs are parsed', (of) => ms(of(startup))],
  ['the post step after a clean run (goal < 100 ms)', (of) => ms(of(cleanPost))],
];
console.log(
  `Packer ${version}, node ${execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim()}, ${os.cpus().length} cores, ${RUNS} runs, load average ${os.loadavg()[0]?.toFixed(1)}\n`,
);
console.log('| measure | median | fastest |\n| --- | --- | --- |');
for (const [name, value] of rows) console.log(`| ${name} | ${value(median)} | ${value(fastest)} |`);
fs.rmSync(warm.root, { recursive: true, force: true });
