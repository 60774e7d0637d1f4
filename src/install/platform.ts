// Node's names for the runner's OS and CPU, mapped to the names HashiCorp uses in release files.
import type { Release } from './releases.js';

export type HashicorpOs = 'linux' | 'darwin' | 'windows';
export type HashicorpArch = 'amd64' | 'arm64' | '386' | 'arm';

/** An OS/CPU pair as HashiCorp names it (`linux`/`amd64`). */
export interface Target {
  os: HashicorpOs;
  arch: HashicorpArch;
}

const OS_NAMES: Readonly<Record<string, HashicorpOs>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
};

const ARCH_NAMES: Readonly<Record<string, HashicorpArch>> = {
  x64: 'amd64',
  arm64: 'arm64',
  ia32: '386',
  arm: 'arm',
};

/** Maps `process.platform`/`process.arch` to HashiCorp's names; throws for runners it cannot serve. */
export function hashicorpTarget(platform: string, arch: string): Target {
  const os = Object.hasOwn(OS_NAMES, platform) ? OS_NAMES[platform] : undefined;
  if (os === undefined) {
    throw new Error(
      `This action cannot install Packer on a '${platform}' runner: it supports Linux, macOS and Windows runners.`,
    );
  }
  const hashicorpArch = Object.hasOwn(ARCH_NAMES, arch) ? ARCH_NAMES[arch] : undefined;
  if (hashicorpArch === undefined) {
    throw new Error(
      `This action cannot install Packer on a '${arch}' CPU: it supports x64, arm64, ia32 and arm runners.`,
    );
  }
  return { os, arch: hashicorpArch };
}

/** The executable's file name inside the release zip. */
export function binaryName(os: HashicorpOs): string {
  return os === 'windows' ? 'packer.exe' : 'packer';
}

/** Throws, listing what is shipped, unless the release has a build for `target`. */
export function checkShipped(release: Release, target: Target): void {
  if (!release.builds.some((build) => build.os === target.os && build.arch === target.arch)) {
    const shipped = release.builds.map((b) => `${b.os}/${b.arch}`).sort();
    throw new Error(
      `HashiCorp does not ship Packer ${release.version} for ${target.os}/${target.arch} ` +
        `(it ships: ${shipped.length > 0 ? shipped.join(', ') : 'nothing'}). ` +
        `Choose another packer-version or another runner.`,
    );
  }
}
