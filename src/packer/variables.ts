// The `variables` input reaches Packer in a `.pkrvars.json` file of the run's work directory, never
// as `-var name=value`: a command line is readable by every user of the machine (`ps`,
// /proc/<pid>/cmdline) for as long as Packer runs. The file is given after the `var-files`, so its
// values win over theirs, as `-var` did; JSON, not HCL, because `.pkrvars.hcl` takes `${` in a value
// for a template. It exists only while a Packer process that reads it runs.
import { rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Variable } from '../inputs.js';
import { type MachineLine, uiMessage } from './stream.js';

const VARIABLES_FILE = 'action-variables.pkrvars.json';

/** Where the run's variables file goes in the work directory; the post step removes it too. */
export function variablesFilePath(workDir: string): string {
  return path.join(workDir, VARIABLES_FILE);
}

/** The file's content: each value a string, as `-var` gave it; a name given twice keeps its last. */
export function variablesJson(variables: readonly Variable[]): string {
  const values: Record<string, string> = {};
  for (const { name, value } of variables) values[name] = value;
  return `${JSON.stringify(values, null, 2)}\n`;
}

/**
 * Runs `use` with the variables in their file (readable by this user alone), and removes the file
 * when `use` is done; `use` gets no file when there are no variables.
 */
export async function withVariablesFile<T>(
  workDir: string,
  variables: readonly Variable[],
  use: (file: string | undefined) => Promise<T>,
): Promise<T> {
  if (variables.length === 0) return use(undefined);
  const file = variablesFilePath(workDir);
  await removeVariablesFile(workDir);
  await writeFile(file, variablesJson(variables), { mode: 0o600, flag: 'wx' });
  try {
    return await use(file);
  } finally {
    await removeVariablesFile(workDir);
  }
}

export function removeVariablesFile(workDir: string): Promise<void> {
  return rm(variablesFilePath(workDir), { force: true });
}

// Packer's warning for a variable a var file sets and the template does not declare: `A "x" variable
// was set but was not found in known variables.` (1.6 to 1.9), `The variable "x" was set but was not
// declared as an input variable.` (later). HCL wraps the text at 80 columns, anywhere.
const UNDECLARED =
  /\b(?:A|The\s+variable)\s+"([^"]+)"\s+(?:variable\s+)?was\s+set\s+but\s+was\s+not\b/g;

/**
 * The `variables` the template does not declare, from Packer's warnings, in the input's order. As
 * `-var` they were an error; in a var file Packer only warns, so the action makes them an error again.
 */
export function undeclaredVariables(
  lines: readonly MachineLine[],
  variables: readonly Variable[],
): string[] {
  const warned = new Set<string>();
  for (const line of lines) {
    for (const [, name = ''] of uiMessage(line)?.message.matchAll(UNDECLARED) ?? []) {
      warned.add(name);
    }
  }
  return [...new Set(variables.map((variable) => variable.name))].filter((name) =>
    warned.has(name),
  );
}
