// Node's names for the runner's OS and CPU, mapped to the names HashiCorp uses in release files, and
// the build a runner gets when HashiCorp ships none for its CPU.
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

/** The HashiCorp build to install, and why it is not the runner's own when it is not. */
export interface BuildChoice {
  target: Target;
  /** Set when the runner's own build is not shipped and this one runs under emulation instead. */
  fallback?: string;
}

/**
 * Builds a runner can run when HashiCorp ships none for its own CPU: Windows on Arm runs x64
 * programs under its built-in emulation, and macOS on Apple silicon runs them under Rosetta 2.
 * Linux on Arm has no such emulation by default, so it gets no fallback.
 */
const FALLBACKS: readonly { platform: string; arch: string; target: Target; why: string }[] = [
  {
    platform: 'win32',
    arch: 'arm64',
    target: { os: 'windows', arch: 'amd64' },
    why: 'Windows on Arm runs it under x64 emulation',
  },
  {
    platform: 'darwin',
    arch: 'arm64',
    target: { os: 'darwin', arch: 'amd64' },
    why: 'macOS runs it under Rosetta 2, which must be installed',
  },
];

/**
 * The build of `release` for a runner (`process.platform`/`process.arch`): its own if shipped, else
 * one it runs under emulation. Throws, listing what is shipped, when there is neither.
 */
export function chooseBuild(release: Release, platform: string, arch: string): BuildChoice {
  const native = hashicorpTarget(platform, arch);
  const shipped = (target: Target) =>
    release.builds.some((build) => build.os === target.os && build.arch === target.arch);
  if (shipped(native)) return { target: native };
  for (const fallback of FALLBACKS) {
    if (fallback.platform === platform && fallback.arch === arch && shipped(fallback.target)) {
      const { os, arch: fallbackArch } = fallback.target;
      return {
        target: fallback.target,
        fallback:
          `HashiCorp ships no ${native.os}/${native.arch} build of Packer ${release.version}: ` +
          `installing the ${os}/${fallbackArch} build, as ${fallback.why}`,
      };
    }
  }
  const builds = release.builds.map((b) => `${b.os}/${b.arch}`).sort();
  throw new Error(
    `HashiCorp does not ship Packer ${release.version} for ${native.os}/${native.arch} ` +
      `(it ships: ${builds.length > 0 ? builds.join(', ') : 'nothing'}). ` +
      `Choose another packer-version or another runner.`,
  );
}
