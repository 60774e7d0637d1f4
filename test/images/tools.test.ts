import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireTool, runTool } from './tools.js';

describe('the Debian tools of the image checks', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('are found on PATH', async () => {
    await expect(requireTool('shellcheck')).resolves.toMatch(/\/shellcheck$/);
  });

  it('fail the check with the package to install when missing', async () => {
    vi.stubEnv('PATH', '');

    await expect(requireTool('shellcheck')).rejects.toThrow(
      "shellcheck is not installed: the image checks need Debian's shellcheck package (apt-get install shellcheck)",
    );
  });

  it('report the exit code and output of a run', async () => {
    const outcome = await runTool('shellcheck', ['--version']);

    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('ShellCheck');
  });
});
