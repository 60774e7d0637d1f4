// Prints how much the action costs over doing the same by hand. Not a test: figures, no verdicts.
// Medians and fastest runs, and the load average at the end: other work on the machine slows both.
//   1. overhead over raw `packer validate` on a warm tool cache (goal ≤ 100 ms);
//   2. a cold install from a loopback mirror against curl + sha256sum + unzip of the same zip (goal ≤ 1.1×);
//   3. the bundle's start-up time (node dist/index.cjs until it has parsed its inputs), and the post
//      step's whole run after a clean main step (goal < 100 ms).
// Beside 1., the floor: the same validate by scripts/floor-action/, the least an action built on
// the toolkit does (inputs, tool-cache lookup, Packer, an output), bundled as the action is.
// BENCH_AGAINST=<commit> runs that commit's dist/ (committed at every commit) in turn with this
// build's, so both meet the same machine: a figure that moved for both moved with the machine.
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
import { bundle, markCommonJs } from './bundle.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
// The warm runs are short and vary by tens of milliseconds: three times as many of them.
const WARM_RUNS = 3 * RUNS;
const packer = execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim();
const version =
  /Packer v(\S+)/.exec(execFileSync(packer, ['version'], { encoding: 'utf8' }))?.[1] ?? '';
const template = JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }] });

// However the bench ends (a failed run, a bad BENCH_AGAINST, Ctrl-C), it leaves no folder behind.
const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
process.once('SIGINT', () => process.exit(130));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
made.push(scratch);

/** A runner whose workspace holds template.json. */
function runnerWithTemplate(): RunnerDirectories {
  const runner = makeRunnerDirectories();
  made.push(runner.root);
  fs.writeFileSync(path.join(runner.workspace, 'template.json'), template);
  return runner;
}

/**
 * A build of the action: its main step's entry (this build's dist/ when undefined), its runner with
 * a warm tool cache, and what was measured of it.
 */
interface Build {
  name: string;
  entry?: string;
  warm: RunnerDirectories;
  measures: Map<string, number[]>;
}

function build(name: string, entry?: string): Build {
  return { name, entry, warm: runnerWithTemplate(), measures: new Map() };
}

/** The dist/ committed at `commit`. */
function committedBuild(commit: string): Build {
  const archive = path.join(scratch, 'reference.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', archive, commit, 'dist']);
  execFileSync('tar', ['-xf', archive, '-C', scratch]);
  // Builds before the CommonJS entries (scripts/build.ts) have dist/index.js.
  const entry = ['index.cjs', 'index.js']
    .map((name) => path.join(scratch, 'dist', name))
    .find((file) => fs.existsSync(file));
  if (entry === undefined) throw new Error(`${commit} has no dist/index.cjs or dist/index.js`);
  return build(`\`${commit}\``, entry);
}

function record(of: Build, measure: string, duration: number): void {
  of.measures.set(measure, [...(of.measures.get(measure) ?? []), duration]);
}

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
/** scripts/floor-action/ bundled as the action is; its entry. */
function floorEntry(): string {
  const out = path.join(scratch, 'floor');
  bundle(path.join(import.meta.dirname, 'floor-action', 'index.cjs'), out);
  markCommonJs(out);
  return path.join(out, 'index.cjs');
}
const floor = floorEntry();

const thisBuild = build('this build');
const builds = [thisBuild];
if (process.env.BENCH_AGAINST) builds.push(committedBuild(process.env.BENCH_AGAINST));

const ok = (run: { exitCode: number | null; stdout: string }) => {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}`);
};

/** The build validating template.json from the mirror's Packer; throws when it fails. */
async function validateWithAction({ entry }: Build, runner: RunnerDirectories): Promise<void> {
  ok(
    await runAction({
      runner,
      entry,
      inputs: { ...mirrorInputs, command: 'validate', template: 'template.json' },
    }),
  );
}

// 1. Warm cache: the same validate, by hand and through the action (exact version: no network).
for (const each of builds) await validateWithAction(each, each.warm);
for (let run = 0; run < WARM_RUNS; run++) {
  const raw = await time(() =>
    spawnOk(packer, ['validate', 'template.json'], {
      cwd: thisBuild.warm.workspace,
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    }),
  );
  const leastAction = await time(async () =>
    ok(
      await runAction({
        runner: thisBuild.warm,
        entry: floor,
        inputs: { ...mirrorInputs, template: 'template.json' },
      }),
    ),
  );
  for (const each of builds) {
    record(each, 'rawValidate', raw);
    record(each, 'floorValidate', leastAction);
    record(each, 'actionValidate', await time(() => validateWithAction(each, each.warm)));
  }
}

// 2. Cold install: a fresh tool cache each run, against fetching and checking the zip by hand.
const zipName = `packer_${version}_linux_amd64.zip`;
const base = `${mirror.url}/packer/${version}`;
for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run++) {
  const manual = fs.mkdtempSync(path.join(scratch, 'manual-'));
  const coldManual = await time(async () => {
    await spawnOk(
      'curl',
      ['-sfO', `${base}/${zipName}`, '-sfO', `${base}/packer_${version}_SHA256SUMS`],
      { cwd: manual },
    );
    await spawnOk(
      'sh',
      ['-c', `grep ' ${zipName}$' packer_${version}_SHA256SUMS | sha256sum -c -`],
      { cwd: manual },
    );
    await spawnOk('unzip', ['-o', '-q', zipName], { cwd: manual });
    fs.writeFileSync(path.join(manual, 'template.json'), template);
    await spawnOk('./packer', ['validate', 'template.json'], {
      cwd: manual,
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
  });
  fs.rmSync(manual, { recursive: true, force: true });
  for (const each of builds) {
    const cold = runnerWithTemplate();
    record(each, 'coldManual', coldManual);
    record(each, 'coldAction', await time(() => validateWithAction(each, cold)));
    fs.rmSync(cold.root, { recursive: true, force: true });
  }
}
await mirror.close();

// 3. Start-up: the bundle loads, parses its inputs and stops at the missing template.
for (let run = 0; run < RUNS; run++) {
  // The same environment the harness gives the action: no NODE_OPTIONS, NODE_EXTRA_CA_CERTS, ….
  const bare = await time(() =>
    spawnOk(ACTION_NODE, ['-e', ''], { env: { PATH: process.env.PATH } }),
  );
  for (const each of builds) {
    record(each, 'bareNode', bare);
    record(
      each,
      'startup',
      await time(() =>
        runAction({ runner: each.warm, entry: each.entry, inputs: { template: '' } }),
      ),
    );
  }
  // This build's post step only: another build's post step may expect other saved state.
  const post = await time(async () =>
    ok(
      await runAction({
        runner: thisBuild.warm,
        entry: POST_ENTRY,
        inputs: {},
        state: { end: 'clean' },
      }),
    ),
  );
  record(thisBuild, 'cleanPost', post);
}

// NaN: a measure not taken for that build.
const ms = (value: number) => (Number.isNaN(value) ? '' : `${value.toFixed(0)} ms`);
const ratio = (value: number) => (Number.isNaN(value) ? '' : `${value.toFixed(2)}×`);
// Each row by the median and by the fastest run: on a machine shared with other work, the fastest
// run is the one least slowed by it, so the two columns apart show how loaded the machine was.
type Statistic = (values: number[]) => number;
const fastest: Statistic = (values) => Math.min(...values);
type Of = (measure: string) => number;
const rows: [string, (of: Of) => string][] = [
  ['packer validate, by hand (warm)', (of) => ms(of('rawValidate'))],
  ['the action, validate (warm cache)', (of) => ms(of('actionValidate'))],
  [
    'overhead on a warm cache (goal ≤ 100 ms)',
    (of) => ms(of('actionValidate') - of('rawValidate')),
  ],
  [
    'the floor: overhead of the least toolkit action (scripts/floor-action/)',
    (of) => ms(of('floorValidate') - of('rawValidate')),
  ],
  ['curl + sha256sum + unzip + validate (cold)', (of) => ms(of('coldManual'))],
  ['the action, install + verify + validate (cold)', (of) => ms(of('coldAction'))],
  ['cold ratio (goal ≤ 1.1×)', (of) => ratio(of('coldAction') / of('coldManual'))],
  ['node -e "" (bare start)', (of) => ms(of('bareNode'))],
  ['the bundle until its inputs are parsed', (of) => ms(of('startup'))],
  ['the post step after a clean run (goal < 100 ms)', (of) => ms(of('cleanPost'))],
];
console.log(
  `Packer ${version}, node ${execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim()}, ${os.cpus().length} cores, ${RUNS} runs (${WARM_RUNS} warm), load average ${os.loadavg()[0]?.toFixed(1)}\n`,
);
const columns = builds.flatMap(({ name }) => [`${name}: median`, `${name}: fastest`]);
console.log(`| measure | ${columns.join(' | ')} |\n| --- |${' --- |'.repeat(columns.length)}`);
for (const [name, value] of rows) {
  const cells = builds.flatMap(({ measures }) =>
    [median, fastest].map((statistic) => {
      const of: Of = (measure) => {
        const durations = measures.get(measure);
        return durations === undefined ? Number.NaN : statistic(durations);
      };
      return value(of);
    }),
  );
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
