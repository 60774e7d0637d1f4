// The Debian tools the offline image checks run. A missing tool fails the check that needs it with
// the package to install; nothing is skipped.

import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Command → the Debian package that provides it (what CI installs with apt-get). */
export const DEBIAN_PACKAGES = {
  packer: 'packer',
  shellcheck: 'shellcheck',
  nginx: 'nginx',
  'systemd-analyze': 'systemd',
} as const;

export type Tool = keyof typeof DEBIAN_PACKAGES;

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

// nginx lives in /usr/sbin, which a non-root PATH often leaves out.
const SYSTEM_DIRECTORIES = ['/usr/sbin', '/sbin'];

/** The tool's absolute path; throws naming the Debian package when it is not installed. */
export async function requireTool(tool: Tool): Promise<string> {
  const directories = [...(process.env.PATH ?? '').split(delimiter), ...SYSTEM_DIRECTORIES];
  for (const directory of directories.filter(Boolean)) {
    const candidate = join(directory, tool);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  const debianPackage = DEBIAN_PACKAGES[tool];
  throw new Error(
    `${tool} is not installed: the image checks need Debian's ${debianPackage} package (apt-get install ${debianPackage})`,
  );
}

/**
 * Runs a tool with an argv array and collects its exit code and output; never throws on exit.
 * `input` is written to its standard input, which is then closed.
 */
export async function runTool(
  tool: Tool,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  input = '',
): Promise<Outcome> {
  const path = await requireTool(tool);
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { env: { ...process.env, ...env }, stdio: 'pipe' });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.end(input);
    child.on('error', (error) =>
      reject(new Error(`${tool} could not be started`, { cause: error })),
    );
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal === null ? 1 : 128),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** Temporary directories made on demand, all removed by `removeAll` (for an afterAll hook). */
export function scratchDirectories(prefix: string): {
  create: () => Promise<string>;
  removeAll: () => Promise<void>;
} {
  const created: string[] = [];
  return {
    create: async () => {
      const path = await mkdtemp(join(tmpdir(), `${prefix}-`));
      created.push(path);
      return path;
    },
    removeAll: async () => {
      await Promise.all(
        created.splice(0).map((path) => rm(path, { recursive: true, force: true })),
      );
    },
  };
}
