import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeRecords } from '../../src/packer/stream.js';
import {
  undeclaredVariables,
  variablesFilePath,
  variablesJson,
  withVariablesFile,
} from '../../src/packer/variables.js';

// What HCL would take for an interpolation, were the value read as a template.
const TEMPLATE_LIKE = `${'$'}{var.x} "quoted" \\ back, slash\nnewline`;

describe('variablesJson', () => {
  it('gives every value as a string, verbatim, the last of a name given twice', () => {
    const json = variablesJson([
      { name: 'region', value: 'eu-west-1' },
      { name: 'template', value: TEMPLATE_LIKE },
      { name: 'count', value: '3' },
      { name: 'region', value: 'us-east-1' },
    ]);
    expect(JSON.parse(json)).toEqual({
      region: 'us-east-1',
      template: TEMPLATE_LIKE,
      count: '3',
    });
  });
});

describe('withVariablesFile', () => {
  let workDir: string;
  beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'variables-'));
  });
  afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('writes the file for this user alone while `use` runs, then removes it', async () => {
    const seen = await withVariablesFile(workDir, [{ name: 'a', value: 'b' }], async (file) => {
      expect(file).toBe(variablesFilePath(workDir));
      if (file === undefined) throw new Error('no file');
      expect(file.endsWith('.pkrvars.json')).toBe(true);
      return { mode: fs.statSync(file).mode & 0o777, content: fs.readFileSync(file, 'utf8') };
    });
    expect(seen).toEqual({ mode: 0o600, content: '{\n  "a": "b"\n}\n' });
    expect(fs.readdirSync(workDir)).toEqual([]);
  });

  it('removes the file when `use` fails, and replaces one left behind', async () => {
    fs.writeFileSync(variablesFilePath(workDir), '{"stale": "x"}', { mode: 0o644 });
    const failing = withVariablesFile(workDir, [{ name: 'a', value: 'b' }], async (file) => {
      expect(JSON.parse(fs.readFileSync(file ?? '', 'utf8'))).toEqual({ a: 'b' });
      expect(fs.statSync(file ?? '').mode & 0o777).toBe(0o600);
      throw new Error('Packer could not start');
    });
    await expect(failing).rejects.toThrow('Packer could not start');
    expect(fs.readdirSync(workDir)).toEqual([]);
  });

  it('writes nothing without variables', async () => {
    await expect(withVariablesFile(workDir, [], async (file) => file)).resolves.toBeUndefined();
    expect(fs.readdirSync(workDir)).toEqual([]);
  });
});

describe('undeclaredVariables', () => {
  const given = [
    { name: 'undeclared', value: '1' },
    { name: 'a_rather_long_variable_name_that_wraps', value: '2' },
    { name: 'declared', value: '3' },
  ];

  it.each<[string, string, string[]]>([
    [
      'Packer 1.6.6, as recorded',
      String.raw`1796052710,,ui,say,Warning: Undefined variable\n\nA "undeclared" variable was set but was not found in known variables. To declare\nvariable "undeclared"%!(PACKER_COMMA) place this block in one of your .pkr files%!(PACKER_COMMA) such as\nvariables.pkr.hcl\n\n`,
      ['undeclared'],
    ],
    [
      'wrapped at 80 columns inside the sentence',
      String.raw`1,,ui,say,Warning: Undefined variable\n\nA "a_rather_long_variable_name_that_wraps" variable was set but was not found\nin known variables.`,
      ['a_rather_long_variable_name_that_wraps'],
    ],
    [
      'newer Packer, among errors',
      String.raw`1,,ui,error,Warning: Undefined variable\n\nThe variable "undeclared" was set but was not declared as an input variable.\nTo declare variable "undeclared" place this block\n\nError: something else\n`,
      ['undeclared'],
    ],
    [
      'a variable of a var file the user gave',
      String.raw`1,,ui,say,Warning: Undefined variable\n\nA "from_their_file" variable was set but was not found in known variables.`,
      [],
    ],
    ['nothing said', '1,,ui,say,Template validated successfully.', []],
    [
      "two, in the input's order whatever Packer's",
      String.raw`1,,ui,say,A "declared" variable was set but was not found\nA "undeclared" variable was set but was not found`,
      ['undeclared', 'declared'],
    ],
  ])('%s', (_, output, expected) => {
    expect(undeclaredVariables(decodeRecords(output), given)).toEqual(expected);
  });
});
