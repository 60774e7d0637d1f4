import { describe, expect, it } from 'vitest';
import { binaryName, checkShipped, hashicorpTarget } from '../../src/install/platform.js';
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

describe('checkShipped', () => {
  const release: Release = {
    name: 'packer',
    version: '1.11.2',
    shasums: 'packer_1.11.2_SHA256SUMS',
    shasums_signature: 'packer_1.11.2_SHA256SUMS.sig',
    builds: [
      ['linux', 'amd64'],
      ['darwin', 'amd64'],
      ['windows', 'amd64'],
      ['linux', 'arm'],
    ].map(([os, arch]) => ({
      name: 'packer',
      version: '1.11.2',
      os: os ?? '',
      arch: arch ?? '',
      filename: `packer_1.11.2_${os}_${arch}.zip`,
      url: `https://releases.hashicorp.com/packer/1.11.2/packer_1.11.2_${os}_${arch}.zip`,
    })),
  };

  it.each([
    { os: 'linux', arch: 'amd64' },
    { os: 'windows', arch: 'amd64' },
    { os: 'linux', arch: 'arm' },
  ] as const)('accepts a shipped build: %o', (target) => {
    expect(() => checkShipped(release, target)).not.toThrow();
  });

  it.each([
    [{ os: 'windows', arch: 'arm' }, 'windows/arm'],
    [{ os: 'darwin', arch: 'arm64' }, 'darwin/arm64'],
    [{ os: 'windows', arch: '386' }, 'windows/386'],
  ] as const)('names what is shipped when %o is not', (target, name) => {
    expect(() => checkShipped(release, target)).toThrow(
      `HashiCorp does not ship Packer 1.11.2 for ${name} ` +
        '(it ships: darwin/amd64, linux/amd64, linux/arm, windows/amd64)',
    );
  });

  it('says so when a release has no builds at all', () => {
    expect(() => checkShipped({ ...release, builds: [] }, { os: 'linux', arch: 'amd64' })).toThrow(
      '(it ships: nothing)',
    );
  });
});
