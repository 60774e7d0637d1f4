import { describe, expect, it } from 'vitest';
import { binaryName, chooseBuild, hashicorpTarget } from '../../src/install/platform.js';
import type { Release } from '../../src/install/releases.js';

describe('hashicorpTarget', () => {
  it.each([
    ['linux', 'x64', { os: 'linux', arch: 'amd64' }],
    ['linux', 'arm64', { os: 'linux', arch: 'arm64' }],
    ['linux', 'arm', { os: 'linux', arch: 'arm' }],
    ['linux', 'ia32', { os: 'linux', arch: '386' }],
    ['darwin', 'arm64', { os: 'darwin', arch: 'arm64' }],
    ['darwin', 'x64', { os: 'darwin', arch: 'amd64' }],
    ['win32', 'x64', { os: 'windows', arch: 'amd64' }],
    ['win32', 'ia32', { os: 'windows', arch: '386' }],
  ])('maps %s/%s', (platform, arch, target) => {
    expect(hashicorpTarget(platform, arch)).toEqual(target);
  });

  it.each([
    ['freebsd', 'x64', /on a 'freebsd' runner/],
    ['aix', 'ppc64', /on a 'aix' runner/],
    ['linux', 's390x', /on a 's390x' CPU/],
    ['linux', 'riscv64', /on a 'riscv64' CPU/],
    ['darwin', 'toString', /on a 'toString' CPU/],
    ['constructor', 'x64', /on a 'constructor' runner/],
  ])('rejects %s/%s', (platform, arch, message) => {
    expect(() => hashicorpTarget(platform, arch)).toThrow(message);
  });
});

describe('binaryName', () => {
  it.each([
    ['windows', 'packer.exe'],
    ['linux', 'packer'],
    ['darwin', 'packer'],
  ] as const)('on %s is %s', (os, name) => {
    expect(binaryName(os)).toBe(name);
  });
});

describe('chooseBuild', () => {
  const release = (builds: [string, string][]): Release => ({
    name: 'packer',
    version: '1.11.2',
    shasums: 'packer_1.11.2_SHA256SUMS',
    shasums_signature: 'packer_1.11.2_SHA256SUMS.sig',
    builds: builds.map(([os, arch]) => ({
      name: 'packer',
      version: '1.11.2',
      os,
      arch,
      filename: `packer_1.11.2_${os}_${arch}.zip`,
      url: `https://releases.hashicorp.com/packer/1.11.2/packer_1.11.2_${os}_${arch}.zip`,
    })),
  });
  // What HashiCorp ships for Packer today: no windows/arm64.
  const shipped = release([
    ['linux', 'amd64'],
    ['linux', 'arm64'],
    ['linux', 'arm'],
    ['darwin', 'amd64'],
    ['darwin', 'arm64'],
    ['windows', 'amd64'],
    ['windows', '386'],
  ]);

  it.each([
    ['linux', 'x64', { os: 'linux', arch: 'amd64' }],
    ['linux', 'arm64', { os: 'linux', arch: 'arm64' }],
    ['darwin', 'arm64', { os: 'darwin', arch: 'arm64' }],
    ['win32', 'x64', { os: 'windows', arch: 'amd64' }],
    ['win32', 'ia32', { os: 'windows', arch: '386' }],
  ] as const)('gives %s/%s runners their own build', (platform, arch, target) => {
    expect(chooseBuild(shipped, platform, arch)).toEqual({ target });
  });

  it('gives Windows arm64 runners the amd64 build, saying why', () => {
    expect(chooseBuild(shipped, 'win32', 'arm64')).toEqual({
      target: { os: 'windows', arch: 'amd64' },
      fallback:
        'HashiCorp ships no windows/arm64 build of Packer 1.11.2: installing the windows/amd64 ' +
        'build, as Windows on Arm runs it under x64 emulation',
    });
  });

  it('prefers a windows/arm64 build once one is shipped', () => {
    const withArm = release([
      ['windows', 'amd64'],
      ['windows', 'arm64'],
    ]);
    expect(chooseBuild(withArm, 'win32', 'arm64')).toEqual({
      target: { os: 'windows', arch: 'arm64' },
    });
  });

  it('gives Apple silicon the amd64 build of a release without darwin/arm64 (Rosetta 2)', () => {
    const old = release([
      ['darwin', 'amd64'],
      ['linux', 'amd64'],
    ]);
    expect(chooseBuild(old, 'darwin', 'arm64')).toMatchObject({
      target: { os: 'darwin', arch: 'amd64' },
      fallback: expect.stringContaining('Rosetta 2'),
    });
  });

  it.each([
    [[['linux', 'amd64']] as [string, string][], 'linux', 'arm64', 'linux/arm64', 'linux/amd64'],
    [[['windows', '386']] as [string, string][], 'win32', 'arm64', 'windows/arm64', 'windows/386'],
    [[] as [string, string][], 'linux', 'x64', 'linux/amd64', 'nothing'],
  ])(
    'names what is shipped when nothing fits: %j on %s/%s',
    (builds, platform, arch, wanted, list) => {
      expect(() => chooseBuild(release(builds), platform, arch)).toThrow(
        `HashiCorp does not ship Packer 1.11.2 for ${wanted} (it ships: ${list}). ` +
          'Choose another packer-version or another runner.',
      );
    },
  );
});
