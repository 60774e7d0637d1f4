import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, renderActionTables, START, updateReadme } from '../scripts/action-docs.js';

const read = (file: string) => fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

/** Table rows without the column padding the formatter adds. */
const unpadded = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/\|-{3,}(?=\|)/g, '|---') : line,
    )
    .join('\n');

describe('README', () => {
  it('documents every input and output exactly as action.yml declares them (npm run docs)', () => {
    const readme = read('README.md');
    expect(unpadded(updateReadme(readme, read('action.yml')))).toBe(unpadded(readme));
  });

  it('renders defaults, required inputs and pipes in descriptions', () => {
    const tables = renderActionTables(
      [
        'inputs:',
        '  template: { description: "a | b", required: true }',
        '  command: { description: what, default: build }',
        '  only: { description: none, default: "" }',
        'outputs:',
        '  ami-id: { description: the AMI }',
      ].join('\n'),
    );
    expect(tables.startsWith(START) && tables.endsWith(END)).toBe(true);
    expect(tables).toContain('| `template` | **required** | a \\| b |');
    expect(tables).toContain('| `command` | `build` | what |');
    expect(tables).toContain('| `only` |  | none |');
    expect(tables).toContain('| `ami-id` | the AMI |');
  });

  it('names the test command that .ci/run runs', () => {
    expect(read('README.md')).toContain('npm test');
    expect(read('.ci/run')).toMatch(/^npm test\b/m);
  });
});
