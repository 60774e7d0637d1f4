// Bad inputs through the built action: one `::error::` line each, no stack trace, and nothing
// downloaded, because every input is checked before the releases site is asked anything.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../support/action.js';
import { type ReleasesMirror, startReleasesMirror } from '../support/releases-mirror.js';
import {
  mirrorInputs,
  PACKER_VERSION,
  Runners,
  stackTraceLines,
  VALID_JSON_TEMPLATE,
  writeStandInPacker,
  writeWorkspace,
} from './support.js';

const runners = new Runners();
let mirror: ReleasesMirror;
let standInDir: string;

beforeAll(async () => {
  // Nothing may be downloaded here, so a stand-in binary spares zipping the real one.
  standInDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stand-in-packer-'));
  mirror = await startReleasesMirror({
    releases: [{ version: PACKER_VERSION, binaryPath: writeStandInPacker(standInDir) }],
  });
});

beforeEach(() => {
  mirror.requests.length = 0;
});

afterAll(async () => {
  await mirror.close();
  runners.removeAll();
  fs.rmSync(standInDir, { recursive: true, force: true });
});

/**
 * Runs a validate that would succeed but for `inputs`, in a workspace holding `image.json`, with
 * `outside.json` next to the workspace and `link.json` in it pointing there.
 */
function runWith(inputs: Record<string, string>): Promise<ActionRun> {
  const runner = runners.make();
  writeWorkspace(runner, { 'image.json': VALID_JSON_TEMPLATE });
  fs.writeFileSync(path.join(runner.root, 'outside.json'), VALID_JSON_TEMPLATE);
  fs.symlinkSync(path.join('..', 'outside.json'), path.join(runner.workspace, 'link.json'));
  return runAction({
    runner,
    inputs: { ...mirrorInputs(mirror), command: 'validate', template: 'image.json', ...inputs },
  });
}

function expectCleanFailure(run: ActionRun): void {
  expect(run.exitCode).toBe(1);
  expect(stackTraceLines(run)).toEqual([]);
  expect(run.outputs).not.toHaveProperty('packer-version');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const INSIDE_WORKSPACE = /must resolve inside the workspace .+ \(it resolves to .+outside\.json\)$/;

describe('a bad input', () => {
  // [what, input, value given, value the error names, what the error says is allowed]
  it.each<[string, string, string, string, RegExp]>([
    [
      'an unknown command',
      'command',
      'deploy',
      'deploy',
      /must be one of 'validate', 'build', 'publish'$/,
    ],
    [
      'a missing template',
      'template',
      'missing.pkr.hcl',
      'missing.pkr.hcl',
      /does not exist \(looked for .+\/workspace\/missing\.pkr\.hcl\)$/,
    ],
    [
      'a template outside the workspace',
      'template',
      '../outside.json',
      '../outside.json',
      INSIDE_WORKSPACE,
    ],
    [
      'a template symlinked outside the workspace',
      'template',
      'link.json',
      'link.json',
      INSIDE_WORKSPACE,
    ],
    [
      'a nonsense packer-version',
      'packer-version',
      'banana',
      'banana',
      /must be 'latest', an exact version such as '1\.11\.2', or a semver range/,
    ],
    ['an unknown on-error', 'on-error', 'retry', 'retry', /must be one of 'cleanup', 'abort'$/],
    [
      'a variables line without =',
      'variables',
      'region=eu-west-1\ngreeting',
      'greeting',
      /each line must be name=value/,
    ],
  ])('fails before any download: %s', async (_, input, given, named, allowed) => {
    const run = await runWith({ [input]: given });

    expectCleanFailure(run);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      new RegExp(`^::error::Input '${input}' is '${escapeRegExp(named)}': `),
    );
    expect(run.errors[0]).toMatch(allowed);
    expect(mirror.requests).toEqual([]);
  });

  it('fails on an exact version the releases site lacks: its files are missing, and the index says it lists no such version', async () => {
    const run = await runWith({ 'packer-version': '9.9.9' });

    expectCleanFailure(run);
    expect(run.errors).toEqual([
      `::error::Input 'packer-version' is '9.9.9': no such version in ${mirror.url}/packer/index.json; newest is ${PACKER_VERSION}`,
    ]);
    // SHA256SUMS, its signature and the zip answer 404 (not retried); then the index is read.
    expect(mirror.requests.slice(0, -1).sort()).toEqual(
      [
        '/releases/packer/9.9.9/packer_9.9.9_SHA256SUMS',
        '/releases/packer/9.9.9/packer_9.9.9_SHA256SUMS.sig',
        expect.stringMatching(/^\/releases\/packer\/9\.9\.9\/packer_9\.9\.9_\w+_\w+\.zip$/),
      ].sort(),
    );
    expect(mirror.requests.at(-1)).toBe('/releases/packer/index.json');
  });

  it('fails on a range no version in the index satisfies, having fetched only the index', async () => {
    const run = await runWith({ 'packer-version': '~9.9' });

    expectCleanFailure(run);
    expect(run.errors).toEqual([
      `::error::Input 'packer-version' is '~9.9': no such version in ${mirror.url}/packer/index.json; newest is ${PACKER_VERSION}`,
    ]);
    expect(mirror.requests).toEqual(['/releases/packer/index.json']);
  });

  it('reports several bad inputs at once, one line each', async () => {
    const run = await runWith({
      command: 'deploy',
      template: '../outside.json',
      'packer-version': 'banana',
      'on-error': 'retry',
    });

    expectCleanFailure(run);
    expect(run.errors).toHaveLength(4);
    expect(run.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::error::Input 'command' is 'deploy': /),
        expect.stringMatching(/^::error::Input 'template' is '\.\.\/outside\.json': /),
        expect.stringMatching(/^::error::Input 'packer-version' is 'banana': /),
        expect.stringMatching(/^::error::Input 'on-error' is 'retry': /),
      ]),
    );
    expect(mirror.requests).toEqual([]);
  });
});
