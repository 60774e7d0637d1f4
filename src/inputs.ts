// The action's inputs, parsed once into one typed object. Everything after parsing takes `Inputs`;
// nothing else calls core.getInput.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import semver from 'semver';
import { parseAmisToPublish, parseAwsInputs, regionVariableProblem } from './aws/validation.js';
import { errorMessage, InputError, InputErrors } from './errors.js';
import { type InstallLimits, parseInstallLimits } from './install/limits.js';
import { type ReleasesSite, redactUrl, releasesSite } from './install/releases.js';
import { HASHICORP_TRUST, type TrustRoot, trustRootOf } from './install/trust.js';

export type Command = 'validate' | 'build' | 'publish';
export type OnError = 'cleanup' | 'abort';

/** What `packer-version` asked for. */
export type VersionSpec =
  | { kind: 'latest' }
  | { kind: 'exact'; version: string }
  | { kind: 'range'; range: string };

/**
 * `hcl2`: a `.pkr.hcl` or `.pkr.json` file, or a directory of `.pkr.hcl` files (packer init applies).
 * `legacy-json`: a legacy `.json` template (no init, no fmt).
 */
export type TemplateKind = 'hcl2' | 'legacy-json';

export interface Variable {
  name: string;
  value: string;
}

export interface AwsInputs {
  /** Required once roleToAssume or ssmParameter is set. */
  region: string | undefined;
  roleToAssume: string | undefined;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
  ssmParameter: string | undefined;
  ssmParameterLabel: string | undefined;
}

export interface Inputs {
  command: Command;
  /** GITHUB_WORKSPACE, absolute. */
  workspace: string;
  /** Absolute; Packer runs here. */
  workingDirectory: string;
  /** The template as the user wrote it, relative to workingDirectory: what Packer is given. */
  template: string;
  /** Absolute path of the template (file or directory), inside the workspace. */
  templatePath: string;
  templateKind: TemplateKind;
  /** True when templatePath is a directory of .pkr.hcl files. */
  templateIsDirectory: boolean;
  packerVersion: VersionSpec;
  /** The releases site: its base URL without credentials or trailing slash, and the credentials. */
  releases: ReleasesSite;
  /** releases-public-key, or the embedded HashiCorp key, with its fingerprint. */
  trust: TrustRoot;
  variables: Variable[];
  varFiles: string[];
  only: string[];
  except: string[];
  onError: OnError;
  fmtCheck: boolean;
  githubToken: string;
  /** RUNNER_DEBUG=1: Packer's debug log goes to a file under runnerTemp. */
  debug: boolean;
  runnerTemp: string;
  /** Timeouts for installing Packer, from PACKER_ACTION_* environment variables. */
  installLimits: InstallLimits;
  aws: AwsInputs;
  /** `command: publish`: region → the AMI id to publish there (from ami-ids or ami-id). */
  amiIds: Record<string, string> | undefined;
}

/** Reads one input as the runner passes it (`INPUT_<NAME>`), and booleans by the toolkit's rules. */
export interface InputSource {
  get(name: string): string;
  getBoolean(name: string): boolean;
}

const actionsInputSource: InputSource = {
  get: (name) => core.getInput(name),
  getBoolean: (name) => core.getBooleanInput(name),
};

const COMMANDS: readonly Command[] = ['validate', 'build', 'publish'];
const ON_ERROR: readonly OnError[] = ['cleanup', 'abort'];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const RELEASES_URL = 'https://releases.hashicorp.com';
const DEFAULT_RELEASES: ReleasesSite = { url: RELEASES_URL, credentials: undefined };

/**
 * Parses and checks every input at once, before anything is downloaded or run. Throws InputErrors
 * listing every problem found. Checks the template and var files on disk, so the paths it returns are
 * known to exist inside the workspace.
 */
export function getInputs(
  source: InputSource = actionsInputSource,
  env: NodeJS.ProcessEnv = process.env,
): Inputs {
  const problems: InputError[] = [];
  // Collects a problem and lets parsing go on with a placeholder, so one run reports every problem.
  const check = <T>(parse: () => T, fallback: T): T => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error);
      return fallback;
    }
  };

  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const command = check(
    () => parseChoice('command', source.get('command') || 'build', COMMANDS),
    'build',
  );
  const workingDirectory = check(
    () => parseWorkingDirectory(source.get('working-directory') || '.', workspace),
    workspace,
  );
  // `command: publish` runs no Packer: it has no template.
  const template =
    command === 'publish'
      ? NO_TEMPLATE
      : check(
          () => parseTemplate(source.get('template'), workingDirectory, workspace),
          NO_TEMPLATE,
        );
  if (command === 'publish' && source.get('template') !== '') {
    problems.push(
      new InputError(
        'template',
        source.get('template'),
        "does not apply to 'command: publish', which runs no Packer: remove it",
      ),
    );
  }
  const fmtCheck = check(() => parseBoolean(source, 'fmt-check'), false);
  if (fmtCheck && command !== 'validate') {
    problems.push(new InputError('fmt-check', 'true', "applies only with 'command: validate'"));
  }
  const only = splitList(source.get('only'));
  const except = splitList(source.get('except'));
  if (only.length > 0 && except.length > 0) {
    problems.push(
      new InputError(
        'except',
        except.join(','),
        "cannot be combined with 'only': Packer takes one or the other",
      ),
    );
  }

  const { aws, problems: awsProblems } = parseAwsInputs((name) => source.get(name), env);
  problems.push(...awsProblems);
  const { limits: installLimits, problems: limitProblems } = parseInstallLimits(env);
  problems.push(...limitProblems);
  if (aws.ssmParameter !== undefined && command === 'validate') {
    problems.push(
      new InputError(
        'ssm-parameter',
        aws.ssmParameter,
        "applies only with 'command: build' or 'command: publish'",
      ),
    );
  }
  const publication = parsePublication(source, command, aws);
  problems.push(...publication.problems);

  const { variables, problems: variableProblems } = parseVariables(source.get('variables'));
  problems.push(...variableProblems);
  const regionMismatch = regionVariableProblem(variables, aws.region);
  if (regionMismatch !== undefined) problems.push(regionMismatch);

  const inputs: Inputs = {
    command,
    workspace,
    workingDirectory,
    ...template,
    packerVersion: check(() => parseVersionSpec(source.get('packer-version') || 'latest'), {
      kind: 'latest',
    }),
    releases: check(
      () => parseReleasesUrl(source.get('releases-url') || RELEASES_URL),
      DEFAULT_RELEASES,
    ),
    trust: check(() => parsePublicKey(source.get('releases-public-key')), HASHICORP_TRUST),
    variables,
    varFiles: check(() => parseVarFiles(source.get('var-files'), workingDirectory, workspace), []),
    only,
    except,
    onError: check(
      () => parseChoice('on-error', source.get('on-error') || 'cleanup', ON_ERROR),
      'cleanup',
    ),
    fmtCheck,
    githubToken: source.get('github-token'),
    debug: env.RUNNER_DEBUG === '1',
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    installLimits,
    aws,
    amiIds: publication.amiIds,
  };
  if (problems.length > 0) throw new InputErrors(problems);
  return inputs;
}

/** The AMIs `command: publish` publishes; ami-id and ami-ids belong to it alone. */
function parsePublication(
  source: InputSource,
  command: Command,
  aws: AwsInputs,
): { amiIds: Record<string, string> | undefined; problems: InputError[] } {
  const amiId = source.get('ami-id');
  const amiIdsText = source.get('ami-ids');
  if (command !== 'publish') {
    const problems = [
      ['ami-id', amiId],
      ['ami-ids', amiIdsText],
    ].flatMap(([input = '', value = '']) =>
      value === '' ? [] : [new InputError(input, value, "applies only with 'command: publish'")],
    );
    return { amiIds: undefined, problems };
  }
  const parsed = parseAmisToPublish(amiId, amiIdsText, aws.region);
  if (aws.ssmParameter === undefined) {
    parsed.problems.unshift(
      new InputError(
        'ssm-parameter',
        '',
        "is required with 'command: publish': name the parameter to publish the AMIs to",
      ),
    );
  }
  return parsed;
}

function parseChoice<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  const choice = allowed.find((candidate) => candidate === value);
  if (choice === undefined) {
    throw new InputError(input, value, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  }
  return choice;
}

function parseBoolean(source: InputSource, input: string): boolean {
  try {
    return source.getBoolean(input);
  } catch {
    throw new InputError(input, source.get(input), "must be 'true' or 'false'");
  }
}

export function parseVersionSpec(value: string): VersionSpec {
  const trimmed = value.trim();
  if (trimmed === 'latest') return { kind: 'latest' };
  const exact = semver.valid(trimmed);
  if (exact !== null) return { kind: 'exact', version: exact };
  if (semver.validRange(trimmed) !== null) return { kind: 'range', range: trimmed };
  throw new InputError(
    'packer-version',
    value,
    "must be 'latest', an exact version such as '1.11.2', or a semver range such as '~1.11' or '1.x'",
  );
}

/**
 * The releases site. `user:password@` in the URL is split off (and the password masked at once):
 * messages show the URL without it, and only requests to that site carry it.
 */
function parseReleasesUrl(value: string): ReleasesSite {
  const fail = (allowed: string) => new InputError('releases-url', redactUrl(value), allowed);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw fail('must be an http(s) URL such as https://releases.hashicorp.com');
  }
  const site = releasesSite(url);
  // The password, or the user name when it stands alone (a token), as given and as decoded.
  if (site.credentials !== undefined) {
    const { username, password } = site.credentials;
    for (const form of new Set([url.password || url.username, password || username])) {
      if (form !== '') core.setSecret(form);
    }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw fail('must be an http(s) URL such as https://releases.hashicorp.com');
  }
  if (url.search !== '' || url.hash !== '') {
    throw fail('must be a base URL without query or fragment');
  }
  return site;
}

/** The key SHA256SUMS must be signed with: HashiCorp's, unless releases-public-key gives one. */
function parsePublicKey(value: string): TrustRoot {
  const key = value.trim();
  if (key === '') return HASHICORP_TRUST;
  if (!key.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
    throw new InputError(
      'releases-public-key',
      `${key.slice(0, 30)}…`,
      'must be an ASCII-armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----), or empty for HashiCorp’s key',
    );
  }
  try {
    return trustRootOf(key);
  } catch (error) {
    throw new InputError(
      'releases-public-key',
      `${key.slice(0, 40)}…`,
      `is not a usable OpenPGP public key: ${errorMessage(error)}. ` +
        "Paste the whole armored block, or leave the input empty for HashiCorp's key",
    );
  }
}

/** Non-empty lines, trimmed. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** `only` and `except`: names separated by commas or newlines, trimmed. */
function splitList(value: string): string[] {
  return value
    .split(/[,\r\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * `name=value` a line, both sides trimmed. Every bad line is a problem of its own; a bad name is
 * reported without its value, which may be a secret.
 */
export function parseVariables(value: string): { variables: Variable[]; problems: InputError[] } {
  const variables: Variable[] = [];
  const problems: InputError[] = [];
  for (const line of lines(value)) {
    const separator = line.indexOf('=');
    if (separator < 0) {
      problems.push(
        new InputError('variables', line, 'each line must be name=value (this one has no =)'),
      );
      continue;
    }
    const name = line.slice(0, separator).trim();
    if (!VARIABLE_NAME.test(name)) {
      problems.push(
        new InputError(
          'variables',
          `${name}=…`,
          'each line must be name=value, the name made of letters, digits, _ and - (not starting with a digit or -)',
        ),
      );
      continue;
    }
    variables.push({ name, value: line.slice(separator + 1).trim() });
  }
  return { variables, problems };
}

/** Resolves `relative` against `base` and requires the real path to lie inside the workspace. */
function resolveInWorkspace(input: string, value: string, base: string, workspace: string): string {
  const resolved = path.resolve(base, value);
  let real: string;
  try {
    real = fs.realpathSync(resolved);
  } catch {
    throw new InputError(input, value, `does not exist (looked for ${resolved})`);
  }
  const realWorkspace = fs.realpathSync(workspace);
  const relative = path.relative(realWorkspace, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(
      input,
      value,
      `must resolve inside the workspace ${workspace} (it resolves to ${real})`,
    );
  }
  return resolved;
}

function parseWorkingDirectory(value: string, workspace: string): string {
  const directory = resolveInWorkspace('working-directory', value, workspace, workspace);
  if (!fs.statSync(directory).isDirectory()) {
    throw new InputError('working-directory', value, 'must be a directory');
  }
  return directory;
}

interface TemplateInputs {
  template: string;
  templatePath: string;
  templateKind: TemplateKind;
  templateIsDirectory: boolean;
}

/** Stands in for a template that failed its checks, so parsing can go on to the other inputs. */
const NO_TEMPLATE: TemplateInputs = {
  template: '',
  templatePath: '',
  templateKind: 'hcl2',
  templateIsDirectory: false,
};

const TEMPLATE_KINDS =
  'a .pkr.hcl, .pkr.json or legacy .json template, or a directory of .pkr.hcl files, relative to working-directory';

function parseTemplate(value: string, workingDirectory: string, workspace: string): TemplateInputs {
  const template = value.trim();
  if (template === '')
    throw new InputError('template', value, `is required: give ${TEMPLATE_KINDS}`);
  const templatePath = resolveInWorkspace('template', template, workingDirectory, workspace);
  if (fs.statSync(templatePath).isDirectory()) {
    const hasTemplates = fs
      .readdirSync(templatePath)
      .some((name) => name.endsWith('.pkr.hcl') || name.endsWith('.pkr.json'));
    if (!hasTemplates)
      throw new InputError('template', value, `has no .pkr.hcl files: give ${TEMPLATE_KINDS}`);
    return { template, templatePath, templateKind: 'hcl2', templateIsDirectory: true };
  }
  if (template.endsWith('.pkr.hcl') || template.endsWith('.pkr.json')) {
    return { template, templatePath, templateKind: 'hcl2', templateIsDirectory: false };
  }
  if (template.endsWith('.json')) {
    return { template, templatePath, templateKind: 'legacy-json', templateIsDirectory: false };
  }
  throw new InputError('template', value, `must be ${TEMPLATE_KINDS}`);
}

function parseVarFiles(value: string, workingDirectory: string, workspace: string): string[] {
  return lines(value).map((file) => {
    resolveInWorkspace('var-files', file, workingDirectory, workspace);
    return file;
  });
}
