import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Moto, motoProblem, startMoto } from './moto.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'moto-helper-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for python3 that runs this shell script instead. */
function fakePython(name: string, script: string): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return file;
}

describe('the moto helper', () => {
  let moto: Moto | undefined;
  afterAll(async () => moto?.stop());

  it('starts moto on a free loopback port, answering, and stops it', async () => {
    moto = await startMoto();
    expect(moto.url).toBe(`http://127.0.0.1:${moto.port}`);
    expect((await fetch(`${moto.url}/moto-api/data.json`)).status).toBe(200);
    await moto.reset();

    await moto.stop();

    await expect(fetch(`${moto.url}/moto-api/data.json`)).rejects.toThrow();
    await moto.stop();
  });

  it('names the package when the Python lacks moto', async () => {
    const withoutMoto = fakePython(
      'no-moto',
      `echo "ModuleNotFoundError: No module named 'moto'" >&2; exit 1`,
    );

    expect(motoProblem()).toBeUndefined();
    expect(motoProblem(withoutMoto)).toBe(
      `moto is not installed for ${withoutMoto} (pip install 'moto[server]'): ModuleNotFoundError: No module named 'moto'`,
    );
    expect(motoProblem(path.join(scratch, 'missing'))).toMatch(/cannot be started/);
    await expect(startMoto({ python: withoutMoto })).rejects.toThrow('moto is not installed');
  });

  it('fails, with what the server said, when it dies instead of answering', async () => {
    const dying = fakePython(
      'dying',
      `[ "$1" = -c ] && exit 0; echo "Address already in use" >&2; exit 1`,
    );

    await expect(startMoto({ python: dying })).rejects.toThrow(
      /moto did not start on port \d+: Address already in use/,
    );
  });
});
