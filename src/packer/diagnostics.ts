// Packer's error messages as diagnostics the report can annotate: a title, the explanation and,
// for HCL2, the file and line (`on bad_node.pkr.hcl line 3:`).
import * as path from 'node:path';
import { type MachineLine, uiMessage } from './stream.js';

export interface Diagnostic {
  /** The first line: `Error: Unsupported argument`. */
  title: string;
  /** What follows the title; the title itself when nothing does. */
  message: string;
  /** Relative to the workspace, with `/` separators, as annotations want it. */
  file?: string;
  line?: number;
}

export interface DiagnosticPaths {
  /** Absolute; Packer prints file names relative to it. */
  workingDirectory: string;
  /** Absolute; annotations name files relative to it. */
  workspace: string;
}

// HCL prints `on FILE line N:` or `on FILE line N, in source "x" "y":`.
const LOCATION = /^\s*on (.+) line (\d+)[,:]/m;

/** One Packer error message (a `ui,error` record) as a diagnostic. */
export function parseDiagnostic(text: string, paths: DiagnosticPaths): Diagnostic {
  const trimmed = text.trim();
  const newline = trimmed.indexOf('\n');
  const title = newline === -1 ? trimmed : trimmed.slice(0, newline).trim();
  const rest = newline === -1 ? '' : trimmed.slice(newline + 1).trim();
  const diagnostic: Diagnostic = { title, message: rest === '' ? title : rest };

  const location = LOCATION.exec(rest);
  if (location) {
    const [, file = '', line = ''] = location;
    const inWorkspace = workspaceRelative(file, paths);
    if (inWorkspace !== undefined) {
      diagnostic.file = inWorkspace;
      diagnostic.line = Number(line);
    }
  }
  return diagnostic;
}

/** The diagnostics of `packer validate`: one per `ui,error` record. */
export function validateDiagnostics(
  lines: readonly MachineLine[],
  paths: DiagnosticPaths,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of lines) {
    const ui = uiMessage(line);
    if (ui?.level !== 'error') continue;
    // HCL prints every error of a file in one message, each starting with `Error: `.
    for (const message of ui.message.split(/\n(?=Error: )/)) {
      if (message.trim() !== '') diagnostics.push(parseDiagnostic(message, paths));
    }
  }
  return diagnostics;
}

/**
 * The failed builds of `packer build`: one per `<build>,error,<message>` record, which Packer prints
 * once per build at the end (the `ui,error` records around it are the log's rendering of the same).
 */
export function buildErrors(lines: readonly MachineLine[]): Diagnostic[] {
  return lines
    .filter((line) => line.type === 'error' && line.target !== '')
    .map((line) => ({
      title: `Build '${line.target}' failed`,
      message: (line.data[0] ?? '').trim() || 'Packer gave no reason',
    }));
}

// `D:\a\repo`, `D:/a/repo` or `\\server\share`.
const WINDOWS_PATH = /^(?:[A-Za-z]:[\\/]|\\\\)/;

/**
 * The file as a workspace-relative path with `/` separators; undefined when it lies outside the
 * workspace, where an annotation could not point. Windows paths (`D:\a\repo`) are taken as such
 * whatever the platform the action runs on.
 */
export function workspaceRelative(file: string, paths: DiagnosticPaths): string | undefined {
  const { resolve, relative, isAbsolute, sep } = WINDOWS_PATH.test(paths.workspace)
    ? path.win32
    : path.posix;
  const inWorkspace = relative(paths.workspace, resolve(paths.workingDirectory, file));
  const outside =
    inWorkspace === '..' || inWorkspace.startsWith(`..${sep}`) || isAbsolute(inWorkspace);
  if (inWorkspace === '' || outside) return undefined;
  return inWorkspace.split(sep).join('/');
}

// `packer fmt -check -diff` prints each file's diff: `--- old/FILE`, `+++ new/FILE`, then hunks.
const FMT_FILE = /^--- old\/(.+)$/;
const FMT_HUNK = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/;

/** One diagnostic per hunk of `packer fmt -check -diff`: where the template is not canonical. */
export function fmtDiagnostics(text: readonly string[], paths: DiagnosticPaths): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let file: string | undefined;
  let hunk: { line: number; lines: string[] } | undefined;
  const flush = (): void => {
    if (file === undefined || hunk === undefined) return;
    const diagnostic: Diagnostic = {
      title: 'Not formatted canonically (packer fmt)',
      message: hunk.lines.join('\n'),
    };
    const inWorkspace = workspaceRelative(file, paths);
    if (inWorkspace !== undefined) {
      diagnostic.file = inWorkspace;
      diagnostic.line = hunk.line;
    }
    diagnostics.push(diagnostic);
    hunk = undefined;
  };
  for (const line of text) {
    const fileHeader = FMT_FILE.exec(line);
    const hunkHeader = FMT_HUNK.exec(line);
    if (fileHeader) {
      flush();
      file = fileHeader[1];
    } else if (hunkHeader) {
      flush();
      hunk = { line: Number(hunkHeader[1]), lines: [] };
    } else if (hunk !== undefined && /^[ +-]/.test(line) && !line.startsWith('+++ ')) {
      hunk.lines.push(line);
    }
  }
  flush();
  return diagnostics;
}
