import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKER_DIR } from './repository.js';
import { requireTool, runTool, scratchDirectories } from './tools.js';

const SHIPPED = join(PACKER_DIR, 'files', 'nginx');
// Debian's mime.types (package nginx-common), which the shipped nginx.conf includes.
const MIME_TYPES = '/etc/nginx/mime.types';
// Only root can switch user; the test may run as anyone.
const USER_DIRECTIVE_WARNING =
  /the "user" directive makes sense only if the master process runs with super-user privileges/;

// nginx -t binds every address it would listen on. Each one moves to its own unprivileged port on
// 127.0.0.1, so the test runs as any user and without IPv6; distinct addresses stay distinct.
const FIRST_TEST_PORT = 18080;

/** The configuration's system paths moved under `root` and its listen addresses to loopback. */
function relocate(config: string, root: string, ports: Map<string, number>): string {
  return config
    .replaceAll('/etc/nginx/', `${root}/etc/nginx/`)
    .replaceAll('/var/log/nginx/', `${root}/log/`)
    .replaceAll('/run/nginx.pid', `${root}/nginx.pid`)
    .replace(/^(\s*listen\s+)([^\s;]+)/gm, (_match, directive: string, address: string) => {
      const port = ports.get(address) ?? FIRST_TEST_PORT + ports.size;
      ports.set(address, port);
      return `${directive}127.0.0.1:${port}`;
    });
}

/** Lays out nginx.conf and conf.d/*.conf under a scratch root and runs `nginx -t` on them. */
async function testConfiguration(root: string, nginxConf: string, sites: Record<string, string>) {
  await requireTool('nginx');
  await mkdir(join(root, 'etc', 'nginx', 'conf.d'), { recursive: true });
  await mkdir(join(root, 'log'), { recursive: true });
  await copyFile(MIME_TYPES, join(root, 'etc', 'nginx', 'mime.types'));
  const config = join(root, 'etc', 'nginx', 'nginx.conf');
  const ports = new Map<string, number>();
  await writeFile(config, relocate(nginxConf, root, ports));
  for (const [name, site] of Object.entries(sites)) {
    await writeFile(join(root, 'etc', 'nginx', 'conf.d', name), relocate(site, root, ports));
  }
  const outcome = await runTool('nginx', [
    '-t',
    '-p',
    `${root}/`,
    '-e',
    join(root, 'log', 'error.log'),
    '-c',
    config,
  ]);
  const problems = outcome.stderr
    .split('\n')
    .filter(
      (line) =>
        /\[(warn|emerg|alert|crit|error)\]/.test(line) && !USER_DIRECTIVE_WARNING.test(line),
    );
  return { code: outcome.code, problems, output: outcome.stderr };
}

async function shippedSites(): Promise<Record<string, string>> {
  const names = (await readdir(join(SHIPPED, 'conf.d'))).filter((name) => name.endsWith('.conf'));
  const entries = await Promise.all(
    names.map(
      async (name) => [name, await readFile(join(SHIPPED, 'conf.d', name), 'utf8')] as const,
    ),
  );
  return Object.fromEntries(entries);
}

describe('nginx -t', () => {
  const scratch = scratchDirectories('nginx');
  afterAll(scratch.removeAll);

  it('accepts the configuration shipped in packer/files/nginx', async () => {
    const sites = await shippedSites();
    expect(Object.keys(sites)).toContain('web_node.conf');

    const nginxConf = await readFile(join(SHIPPED, 'nginx.conf'), 'utf8');
    const { code, problems, output } = await testConfiguration(
      await scratch.create(),
      nginxConf,
      sites,
    );

    expect(problems).toEqual([]);
    expect(code, output).toBe(0);
    expect(output).toContain('test is successful');
  });

  it('rejects a configuration with an unknown directive', async () => {
    const nginxConf = await readFile(join(SHIPPED, 'nginx.conf'), 'utf8');
    const broken = { 'broken.conf': 'server {\n    listen 8080;\n    server_tokenz off;\n}\n' };

    const { code, problems } = await testConfiguration(await scratch.create(), nginxConf, broken);

    expect(code).not.toBe(0);
    expect(problems.join('\n')).toContain('unknown directive "server_tokenz"');
  });
});
