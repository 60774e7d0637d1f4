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

/** The ```json blocks of a Markdown file. */
const jsonBlocks = (markdown: string) =>
  [...markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

interface Statement {
  Action: string;
  Condition: Record<string, Record<string, string | string[]>>;
}
interface Policy {
  Statement: Statement[];
}

/** IAM's StringEquals and StringLike (`*` any characters, `/` included; `?` one character). */
function conditionAdmits(condition: Statement['Condition'], claims: Record<string, string>) {
  return Object.entries(condition).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) => {
      const actual = claims[key];
      if (actual === undefined) return false;
      return [expected].flat().some((value) => {
        if (operator === 'StringEquals') return actual === value;
        if (operator === 'StringLike') {
          const pattern = value.replace(/[.+^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*');
          return new RegExp(`^${pattern.replace(/\?/g, '.')}$`).test(actual);
        }
        throw new Error(`operator ${operator} is not modelled here`);
      });
    }),
  );
}

const PROVIDER = 'token.actions.githubusercontent.com';
const THIS_REPOSITORY = 'platform-team/packer-image-action';

describe('the JSON in the documentation', () => {
  const documents = ['README.md', 'packer/README.md', 'RELEASING.md'].flatMap((file) =>
    jsonBlocks(read(file)).map((text, index) => ({ where: `${file} #${index + 1}`, text })),
  );
  const parsed = () => documents.map(({ text }) => JSON.parse(text) as unknown);
  const trustPolicies = () =>
    parsed().filter((document): document is Policy =>
      JSON.stringify(document).includes('sts:AssumeRoleWithWebIdentity'),
    );
  const admits = (policy: Policy, sub: string) =>
    policy.Statement.some((statement) =>
      conditionAdmits(statement.Condition, {
        [`${PROVIDER}:aud`]: 'sts.amazonaws.com',
        [`${PROVIDER}:sub`]: sub,
      }),
    );

  it.each(documents.map(({ where, text }) => [where, text]))(
    '%s is a whole, valid JSON document',
    (_where, text) => {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(typeof JSON.parse(text)).toBe('object');
    },
  );

  it('has trust policies for names, immutable ids, another repository and pull requests', () => {
    expect(trustPolicies()).toHaveLength(4);
    for (const policy of trustPolicies()) {
      expect(policy.Statement.every((statement) => statement.Condition.StringEquals)).toBe(true);
      // Every policy pins the audience.
      expect(admits(policy, 'x')).toBe(false);
    }
  });

  it("admits the image release environment's subject to the image-build role, and nothing else", () => {
    const [build, immutable] = trustPolicies();
    const named = `repo:${THIS_REPOSITORY}`;
    const byId = 'repo:platform-team@1234567/packer-image-action@890123456';

    for (const policy of [build, immutable]) {
      expect(admits(policy as Policy, `${named}:environment:images`)).toBe(true);
      for (const other of [
        `${named}:ref:refs/tags/images/v1.2.3`,
        `${named}:ref:refs/heads/main`,
        `${named}:pull_request`,
        `${named}:environment:images-test`,
        `${named}:environment:Images`,
        'repo:platform-team/other:environment:images',
      ]) {
        expect(admits(policy as Policy, other), other).toBe(false);
      }
    }
    expect(admits(build as Policy, `${byId}:environment:images`)).toBe(false);
    expect(admits(immutable as Policy, `${byId}:environment:images`)).toBe(true);
  });

  it('documents the tag ruleset and the environment for gh api', () => {
    const ruleset = parsed().find(
      (document) => (document as { target?: string }).target === 'tag',
    ) as
      | {
          enforcement: string;
          conditions: { ref_name: { include: string[] } };
          rules: { type: string }[];
          bypass_actors: unknown[];
        }
      | undefined;
    const environment = parsed().find(
      (document) => 'deployment_branch_policy' in (document as object),
    ) as { deployment_branch_policy: object; reviewers: unknown[] } | undefined;

    expect(ruleset?.enforcement).toBe('active');
    expect(ruleset?.conditions.ref_name.include).toEqual(['refs/tags/images/v*']);
    expect(ruleset?.rules.map((rule) => rule.type).sort()).toEqual([
      'creation',
      'deletion',
      'update',
    ]);
    expect(ruleset?.bypass_actors.length).toBeGreaterThan(0);
    expect(environment?.deployment_branch_policy).toEqual({
      protected_branches: false,
      custom_branch_policies: true,
    });
    expect(environment?.reviewers.length).toBeGreaterThan(0);
    expect(read('README.md')).toContain(
      "deployment-branch-policies \\\n  -f name='images/v*' -f type=tag",
    );
  });
});

describe('one repository identity', () => {
  const files = [
    'README.md',
    'packer/README.md',
    'RELEASING.md',
    'CHANGELOG.md',
    'action.yml',
    'package.json',
    ...fs
      .readdirSync(new URL('../.github/workflows/', import.meta.url))
      .map((name) => `.github/workflows/${name}`),
  ];

  it.each(files)('%s names this repository only as platform-team/packer-image-action', (file) => {
    const text = read(file);
    const owners = [...text.matchAll(/(?<!orgs\/)platform-team(?:@\d+)?\/([\w.-]+)/g)].map(
      (match) => match[1],
    );
    const subjects = [...text.matchAll(/repo:([\w.@-]+\/[\w.@-]+)/g)].map((match) => match[1]);
    const actions = [...text.matchAll(/uses: ([\w.-]+\/[\w.-]+)@v\d/g)].map((match) => match[1]);

    expect(owners.filter((name) => !name?.startsWith('packer-image-action'))).toEqual([]);
    for (const subject of subjects) {
      expect([
        THIS_REPOSITORY,
        'platform-team@1234567/packer-image-action@890123456',
        '<owner>/<repo>',
        'orders-team/orders-service',
      ]).toContain(subject);
    }
    expect(actions.filter((name) => name !== THIS_REPOSITORY)).toEqual([]);
  });
});
