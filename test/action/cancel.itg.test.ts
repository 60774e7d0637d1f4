// Cancelling the built action as GitHub's runner does (SIGINT; SIGTERM 7.5 s later; SIGKILL of the
// action's process alone 2.5 s after that), with the real Packer 1.6.6: its null builder, and its
// amazon-ebs builder against moto. Then the post step, with the state the main step saved.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../src/process/child.js';
import {
  ACTION_ENTRY,
  type ActionRun,
  bundleWithout,
  makeRunnerDirectories,
  parseOutputFile,
  runAction,
  type StartedAction,
  startAction,
  startPost,
} from '../support/action.js';
import { closeServer, listenOnLoopback } from '../support/loopback.js';
import { MOTO_CREDENTIALS, type Moto, startMoto } from '../support/moto.js';
import { OidcServer } from '../support/oidc-server.js';
import { startReleasesMirror } from '../support/releases-mirror.js';
import { type SlowProxy, startSlowProxy } from '../support/slow-proxy.js';
import {
  hclInterpolation,
  mirrorInputs,
  PACKER_VERSION,
  roleBuildInputs,
  useWarmPacker,
  writeWorkspace,
} from './support.js';

const packer = useWarmPacker();

/** Sends the runner's cancel ladder to the action; resolves with the signals it sent and when. */
async function cancelLikeTheRunner(action: StartedAction): Promise<{ sent: string[] }> {
  const sent: string[] = [];
  let exited = false;
  void action.done.then(() => {
    exited = true;
  });
  const steps: Array<[number, NodeJS.Signals]> = [
    [0, 'SIGINT'],
    [7500, 'SIGTERM'],
    [2500, 'SIGKILL'],
  ];
  for (const [wait, signal] of steps) {
    await Promise.race([delay(wait), action.done]);
    if (exited) break;
    action.child.kill(signal);
    sent.push(signal);
  }
  return { sent };
}

function processesMatching(pattern: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    return [];
  }
}

describe('cancelling a local build', () => {
  // A null build whose first provisioner sleeps and whose second one would leave a marker.
  function twoStepTemplate(marker: string, seconds: number): string {
    return `source "null" "x" {
  communicator = "none"
}

build {
  sources = ["source.null.x"]

  provisioner "shell-local" {
    inline = ["echo sleeping now", "sleep ${seconds}"]
  }

  provisioner "shell-local" {
    inline = ["touch ${marker}"]
  }
}
`;
  }

  it.each<NodeJS.Signals>(['SIGINT', 'SIGTERM'])(
    'on %s stops Packer at once: the running step ends, the next never starts, the step fails within 7.5 s',
    async (signal) => {
      const runner = packer.runner();
      const marker = path.join(runner.root, 'second-provisioner-ran');
      const seconds = signal === 'SIGINT' ? 41 : 43;
      writeWorkspace(runner, { 'image.pkr.hcl': twoStepTemplate(marker, seconds) });
      const action = startAction({
        runner,
        inputs: { ...mirrorInputs(packer.mirror), command: 'build', template: 'image.pkr.hcl' },
      });
      await action.waitForOutput('null.x: sleeping now');
      const signalled = performance.now();
      action.child.kill(signal);
      const run = await action.done;
      const elapsed = performance.now() - signalled;

      expect(run.signal).toBeNull();
      expect(run.exitCode).toBe(1);
      expect(elapsed).toBeLessThan(7500);
      expect(fs.existsSync(marker)).toBe(false);
      expect(processesMatching(`sleep ${seconds}`)).toEqual([]);
      expect(run.stdout).toContain(
        `Received ${signal}: sent SIGINT to Packer's process group (pid `,
      );
      expect(run.errors).toEqual([
        `::error::Cancelled: received ${signal} during packer build. Packer exited with exit code 1, reporting 'Cleanly cancelled builds after being interrupted.'`,
      ]);
      expect(run.summary).toContain('## Packer build: :warning: cancelled');
      expect(run.summary).toContain(`**Received:** ${signal} during packer build`);
      expect(run.summary).toContain('- Cleanly cancelled builds after being interrupted.');
      expect(run.state.end).toBe('cancelled');
      expect(run.state.packer).toBe('');

      // Packer had exited: the post step finds nothing running and no AWS to check.
      const post = await startPost({ runner, inputs: {}, state: run.state }).done;
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toContain(
        'The main step was cancelled; it left no Packer running and no build in AWS: nothing to clean up.',
      );
    },
  );

  it('outlives the action killed outright; the post step interrupts Packer and shows how its log ends', async () => {
    const runner = packer.runner();
    const marker = path.join(runner.root, 'second-provisioner-ran');
    writeWorkspace(runner, { 'image.pkr.hcl': twoStepTemplate(marker, 44) });
    const action = startAction({
      runner,
      inputs: { ...mirrorInputs(packer.mirror), command: 'build', template: 'image.pkr.hcl' },
    });
    await action.waitForOutput('null.x: sleeping now');
    action.child.kill('SIGKILL');
    const run = await action.done;
    expect(run.signal).toBe('SIGKILL');
    expect(run.state.end).toBeUndefined();
    const { pid, logPath } = JSON.parse(run.state.packer ?? '{}') as {
      pid: number;
      logPath: string;
    };
    // Its output goes to a file, not to the dead action: Packer runs on.
    await delay(500);
    expect(isRunning(pid)).toBe(true);
    // Packer's temporary files (here the provisioner's script) are in the run's folder, not /tmp.
    const workDir = run.state['work-dir'] ?? '';
    expect(fs.readdirSync(workDir).some((name) => name.startsWith('packer-shell'))).toBe(true);

    const post = await startPost({ runner, inputs: {}, state: run.state }).done;
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(
      `Packer (pid ${pid}) is still running: sent SIGINT to its process group and waiting for it to finish its cleanup.`,
    );
    expect(post.stdout).toContain(`The end of Packer's output (${logPath}):`);
    expect(post.stdout, post.stdout).toContain(
      '  Cleanly cancelled builds after being interrupted.',
    );
    expect(post.summary).toContain('exited while the post step waited');
    expect(isRunning(pid)).toBe(false);
    expect(fs.existsSync(marker)).toBe(false);
    expect(processesMatching('sleep 44')).toEqual([]);
    expect(fs.existsSync(workDir)).toBe(false);
  });

  /** SIGINT to an action installing Packer, which must stop at once, cancelled there. */
  async function cancelledWhileInstalling(action: StartedAction): Promise<ActionRun> {
    const signalled = performance.now();
    action.child.kill('SIGINT');
    const run = await action.done;
    expect(performance.now() - signalled).toBeLessThan(2000);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['::error::Cancelled: received SIGINT during installing Packer.']);
    return run;
  }

  /** Staging folders and entries of Packer 1.6.6 in `toolCache`. */
  function entriesLeft(toolCache: string): string[] {
    const cache = fs.readdirSync(toolCache, { recursive: true }).map(String);
    return cache.filter((name) => /\.install-|1\.6\.6/.test(name));
  }

  it('stops at once when cancelled while installing Packer, with nothing run', async () => {
    // A releases site that never answers.
    const silent = http.createServer(() => {});
    const url = await listenOnLoopback(silent);
    try {
      const runner = packer.runner();
      writeWorkspace(runner, { 'image.pkr.hcl': twoStepTemplate('/nonexistent', 1) });
      const action = startAction({
        runner,
        inputs: {
          ...mirrorInputs(packer.mirror),
          'packer-version': 'latest',
          'releases-url': url,
          command: 'build',
          template: 'image.pkr.hcl',
        },
      });
      await delay(1500);
      const run = await cancelledWhileInstalling(action);
      expect(run.summary).toContain('**Packer:** not installed');
      expect(run.state.end).toBe('cancelled');
    } finally {
      await closeServer(silent);
    }
  });

  it('stops a hanging packer version at once when cancelled, leaving no process and no half-made entry', async () => {
    // A release whose binary hangs when asked its version.
    const cold = makeRunnerDirectories();
    const hanging = path.join(cold.root, 'packer');
    fs.writeFileSync(hanging, '#!/bin/sh\nexec sleep 59\n', { mode: 0o755 });
    const mirror = await startReleasesMirror({
      releases: [{ version: PACKER_VERSION, binaryPath: hanging }],
    });
    try {
      writeWorkspace(cold, { 'image.pkr.hcl': twoStepTemplate('/nonexistent', 1) });
      const action = startAction({
        runner: cold,
        inputs: { ...mirrorInputs(mirror), command: 'build', template: 'image.pkr.hcl' },
      });
      await action.waitForOutput('Checked the SHA256');
      await delay(500);
      expect(processesMatching('sleep 59')).not.toEqual([]);
      await cancelledWhileInstalling(action);
      expect(processesMatching('sleep 59')).toEqual([]);
      expect(entriesLeft(cold.toolCache)).toEqual([]);
    } finally {
      await mirror.close();
      fs.rmSync(cold.root, { recursive: true, force: true });
    }
  });

  it('stops a signature check that never answers at once when cancelled, leaving no half-made entry', async () => {
    // dist/ with a signature worker that never answers, as a check stuck in openpgp would.
    const bundle = bundleWithout(ACTION_ENTRY, () => false);
    fs.writeFileSync(
      path.join(path.dirname(bundle.entry), 'signature-worker', 'index.cjs'),
      'setInterval(() => {}, 1000);',
    );
    const cold = makeRunnerDirectories();
    let action: StartedAction | undefined;
    try {
      writeWorkspace(cold, { 'image.pkr.hcl': twoStepTemplate('/nonexistent', 1) });
      action = startAction({
        runner: cold,
        entry: bundle.entry,
        inputs: { ...mirrorInputs(packer.mirror), command: 'build', template: 'image.pkr.hcl' },
      });
      await action.waitForOutput('is not in the tool cache: downloading it');
      await delay(1500);
      await cancelledWhileInstalling(action);
      expect(entriesLeft(cold.toolCache)).toEqual([]);
    } finally {
      // Should the action hang after all, it does not outlive the test.
      action?.child.kill('SIGKILL');
      bundle.dispose();
      fs.rmSync(cold.root, { recursive: true, force: true });
    }
  });

  it('succeeds with a warning when the job summary cannot be written', async () => {
    const runner = packer.runner();
    writeWorkspace(runner, {
      'image.pkr.hcl': `source "null" "x" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.x"]\n}\n`,
    });
    const run = await runAction({
      runner,
      inputs: { ...mirrorInputs(packer.mirror), command: 'build', template: 'image.pkr.hcl' },
      env: { GITHUB_STEP_SUMMARY: runner.root },
    });

    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.stdout).toMatch(/^::warning::Could not write the job summary: /m);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });
});

describe('cancelling an amazon-ebs build (moto)', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/packer-build';
  const REGION = 'us-east-1';
  const PARAMETER = '/images/cancel/latest';
  let moto: Moto;
  let oidc: OidcServer;
  let proxy: SlowProxy | undefined;

  beforeAll(async () => {
    [moto, oidc] = await Promise.all([startMoto(), OidcServer.start()]);
  }, 60_000);
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await moto.reset();
  });
  afterAll(async () => {
    await Promise.all([moto?.stop(), oidc?.close()]);
  });

  const ec2 = () =>
    new EC2Client({
      region: REGION,
      endpoint: moto.url,
      credentials: MOTO_CREDENTIALS,
    });

  /** An amazon-ebs build (no communicator) whose provisioner sleeps, tagged with the run. */
  function ebsTemplate(endpoint: string): string {
    return `variable "build_run" {
  type    = string
  default = env("PACKER_BUILD_RUN")
}

source "amazon-ebs" "x" {
  region                 = "${REGION}"
  custom_endpoint_ec2    = "${endpoint}"
  skip_region_validation = true
  communicator           = "none"
  source_ami             = "ami-785db401"
  instance_type          = "t3.micro"
  ami_name               = "cancel-test-${hclInterpolation('formatdate("YYYYMMDDhhmmss", timestamp())')}"
  run_tags               = { PackerBuildRun = var.build_run }
  run_volume_tags        = { PackerBuildRun = var.build_run }
}

build {
  sources = ["source.amazon-ebs.x"]

  provisioner "shell-local" {
    inline = ["echo provisioning", "sleep 60"]
  }
}
`;
  }

  function startEbsBuild(endpoint: string) {
    const runner = packer.runner();
    writeWorkspace(runner, { 'image.pkr.hcl': ebsTemplate(endpoint) });
    const nowhere = path.join(runner.root, 'no-aws-config');
    const options = {
      runner,
      inputs: roleBuildInputs(packer.mirror, { region: REGION, role: ROLE, parameter: PARAMETER }),
      env: {
        ...oidc.env(),
        ...moto.env(),
        AWS_CONFIG_FILE: nowhere,
        AWS_SHARED_CREDENTIALS_FILE: nowhere,
      },
    };
    return { options, action: startAction(options) };
  }

  /** What the run left in moto: live instances, temporary key pairs and groups, AMIs, the parameter. */
  async function leftInAws() {
    const client = ec2();
    const [instances, keyPairs, groups, images] = await Promise.all([
      client.send(new DescribeInstancesCommand({})),
      client.send(new DescribeKeyPairsCommand({})),
      client.send(new DescribeSecurityGroupsCommand({})),
      client.send(new DescribeImagesCommand({ Owners: ['self'] })),
    ]);
    client.destroy();
    const ssm = new SSMClient({
      region: REGION,
      endpoint: moto.url,
      credentials: MOTO_CREDENTIALS,
    });
    const parameter = await ssm
      .send(new GetParameterCommand({ Name: PARAMETER }))
      .then((answer) => answer.Parameter?.Value)
      .catch((error: { name?: string }) => error.name);
    ssm.destroy();
    return {
      liveInstances: (instances.Reservations ?? [])
        .flatMap((r) => r.Instances ?? [])
        .filter((i) => i.State?.Name !== 'terminated')
        .map((i) => `${i.InstanceId} ${i.State?.Name}`),
      keyPairs: (keyPairs.KeyPairs ?? [])
        .map((k) => k.KeyName)
        .filter((n) => n?.startsWith('packer_')),
      groups: (groups.SecurityGroups ?? [])
        .map((g) => g.GroupName)
        .filter((n) => n?.startsWith('packer_')),
      images: (images.Images ?? []).map((i) => i.ImageId),
      parameter,
    };
  }

  const NOTHING_LEFT = {
    liveInstances: [],
    keyPairs: [],
    groups: [],
    images: [],
    parameter: 'ParameterNotFound',
  };

  it('replays the runner ladder on a slow cleanup: the action leaves Packer running on SIGTERM, exits before SIGKILL, the post step waits for Packer and finds EC2 clean', async () => {
    // Packer's cleanup starts with TerminateInstances: held back 20 s, it outlasts the ladder.
    proxy = await startSlowProxy(moto.url, { TerminateInstances: 20_000 });
    const { options, action } = startEbsBuild(proxy.url);
    await action.waitForOutput('amazon-ebs.x: provisioning');
    const { sent } = await cancelLikeTheRunner(action);
    const run: ActionRun = await action.done;

    // The action left on SIGTERM, before the runner's SIGKILL.
    expect(sent).toEqual(['SIGINT', 'SIGTERM']);
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    const packerState = JSON.parse(run.state.packer ?? '{}') as { pid: number; logPath: string };
    expect(run.state.end).toBe('packer-running');
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error::Cancelled: received SIGINT, then SIGTERM 7\\.5 s later during packer build\\. Packer \\(pid ${packerState.pid}\\) was still running when the action stopped waiting`,
        ),
      ),
    ]);
    expect(processesMatching('packer build')).not.toEqual([]);

    const post = await startPost({ ...options, state: run.state }).done;
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(
      `Packer (pid ${packerState.pid}) is still running: sent SIGINT to its process group`,
    );
    expect(post.stdout).toContain('Cleanly cancelled builds after being interrupted.');
    expect(post.stdout).toContain(`EC2 in ${REGION} holds nothing this run left behind.`);
    expect(post.summary).toContain('exited while the post step waited');
    expect(await leftInAws()).toEqual(NOTHING_LEFT);
    expect(fs.existsSync(packerState.logPath)).toBe(false);
  }, 90_000);

  it('removes what a killed Packer left: the post step terminates the builder and deletes its key pair and security group', async () => {
    const { options, action } = startEbsBuild(moto.url);
    await action.waitForOutput('amazon-ebs.x: provisioning');
    // Killed outright, the action and Packer with it: nothing cleans up but the post step.
    const statePath = path.join(options.runner.root, 'state');
    const saved = parseOutputFile(fs.readFileSync(statePath, 'utf8'));
    const { pid } = JSON.parse(saved.packer ?? '{}') as { pid: number };
    process.kill(-pid, 'SIGKILL');
    action.child.kill('SIGKILL');
    const run = await action.done;
    expect(run.signal).toBe('SIGKILL');
    expect(run.state.end).toBeUndefined();
    const before = await leftInAws();
    expect(before.liveInstances).toHaveLength(1);
    expect(before.keyPairs).toHaveLength(1);
    expect(before.groups).toHaveLength(1);

    const post = await startPost({ ...options, state: run.state }).done;
    expect(post.exitCode).toBe(0);
    const instanceId = before.liveInstances[0]?.split(' ')[0];
    expect(post.stdout).toContain(`Removed: terminated instance ${instanceId}`);
    expect(post.stdout).toContain(`Removed: deleted key pair ${before.keyPairs[0]}`);
    expect(post.stdout).toMatch(
      new RegExp(`Removed: deleted security group sg-\\w+ \\(${before.groups[0]}\\)`),
    );
    expect(post.summary).toContain(`terminated instance ${instanceId}`);
    expect(await leftInAws()).toEqual(NOTHING_LEFT);
  }, 90_000);

  it('after Packer alone is killed (no cancel), fails the step and lets the post step clean up', async () => {
    const { options, action } = startEbsBuild(moto.url);
    await action.waitForOutput('amazon-ebs.x: provisioning');
    // What the OOM killer would do: Packer dies, the action lives on and sees it.
    const saved = parseOutputFile(fs.readFileSync(path.join(options.runner.root, 'state'), 'utf8'));
    const { pid } = JSON.parse(saved.packer ?? '{}') as { pid: number };
    process.kill(-pid, 'SIGKILL');
    const run = await action.done;
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/^::error::packer build was ended by SIGKILL: /),
    ]);
    expect(run.state.end).toBe('packer-killed');
    expect((await leftInAws()).liveInstances).toHaveLength(1);

    const post = await startPost({ ...options, state: run.state }).done;
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/Removed: terminated instance i-\w+/);
    expect(await leftInAws()).toEqual(NOTHING_LEFT);
  }, 90_000);
});
