// The least a toolkit action does for a warm `validate`, for `npm run bench` to measure beside the
// action: read two inputs, find Packer in the tool cache, run it, set one output. No checks, no
// cancellation, no report: what any action built on @actions/core and @actions/tool-cache costs on
// this machine before it does anything of its own.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';

export function run() {
  const template = core.getInput('template');
  const version = core.getInput('packer-version');
  const toolCache = process.env.RUNNER_TOOL_CACHE ?? '';
  const tool = fs.readdirSync(toolCache).find((name) => name.startsWith('packer-')) ?? 'packer';
  const packer = spawn(path.join(tc.find(tool, version), 'packer'), ['validate', template], {
    stdio: 'inherit',
  });
  packer.once('exit', (code) => {
    core.setOutput('packer-version', version);
    process.exit(code ?? 1);
  });
}
