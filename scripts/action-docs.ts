// The README's inputs and outputs tables, generated from action.yml. `npm run docs` rewrites them
// between the markers; test/readme.test.ts fails when they drift.
import * as fs from 'node:fs';
import { parse } from 'yaml';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

export const START = '<!-- action-docs:start (generated from action.yml by `npm run docs`) -->';
export const END = '<!-- action-docs:end -->';

const cell = (text: string) =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export function renderActionTables(actionYml: string): string {
  const action = parse(actionYml) as ActionMetadata;
  const inputs = Object.entries(action.inputs).map(([name, input]) => {
    const fallback = input.required ? '**required**' : input.default ? `\`${input.default}\`` : '';
    return `| \`${name}\` | ${cell(fallback)} | ${cell(input.description)} |`;
  });
  const outputs = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return [
    START,
    '### Inputs',
    '',
    '| input | default | meaning |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| output | meaning |',
    '| --- | --- |',
    ...outputs,
    END,
  ].join('\n');
}

/** The README with its generated block replaced. */
export function updateReadme(readme: string, actionYml: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return readme.slice(0, start) + renderActionTables(actionYml) + readme.slice(end + END.length);
}

// `npm run docs` passes --write; the README test only imports the functions.
if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url);
  const actionYml = fs.readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
  fs.writeFileSync(readme, updateReadme(fs.readFileSync(readme, 'utf8'), actionYml));
}
