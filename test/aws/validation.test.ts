import { describe, expect, it } from 'vitest';
import {
  amiIdProblem,
  credentialLifetimeWarning,
  defaultRoleSessionName,
  parameterLabelProblem,
  parameterNameProblem,
  parseAwsInputs,
  regionProblem,
  regionVariableProblem,
  roleArnProblem,
  roleDurationProblem,
  roleSessionNameProblem,
  severalAmiBuildsProblem,
} from '../../src/aws/validation.js';
import type { AwsInputs } from '../../src/inputs.js';

describe('regionProblem', () => {
  it.each([
    'us-east-1',
    'eu-west-2',
    'ap-southeast-1',
    'us-gov-west-1',
    'cn-north-1',
    'eu-isoe-west-1',
  ])('accepts %s', (region) => expect(regionProblem(region)).toBeUndefined());
  it.each(['', 'us-east', 'US-EAST-1', 'us_east_1', 'useast1', 'us-east-1a', ' us-east-1'])(
    'refuses %j',
    (region) => expect(regionProblem(region)).toMatch(/AWS region code such as us-east-1/),
  );
});

describe('roleArnProblem', () => {
  it.each([
    'arn:aws:iam::123456789012:role/packer',
    'arn:aws:iam::123456789012:role/ci/images/packer-build',
    'arn:aws-us-gov:iam::123456789012:role/packer',
    'arn:aws-cn:iam::123456789012:role/a+b=c,d.e@f_g-h',
    `arn:aws:iam::123456789012:role/${'r'.repeat(64)}`,
  ])('accepts %s', (arn) => expect(roleArnProblem(arn)).toBeUndefined());
  it.each([
    ['no ARN', 'packer'],
    ['11-digit account', 'arn:aws:iam::12345678901:role/packer'],
    ['region in an IAM ARN', 'arn:aws:iam:us-east-1:123456789012:role/packer'],
    ['a user', 'arn:aws:iam::123456789012:user/packer'],
    ['an empty name', 'arn:aws:iam::123456789012:role/'],
    ['a name of 65 characters', `arn:aws:iam::123456789012:role/${'r'.repeat(65)}`],
    ['a space', 'arn:aws:iam::123456789012:role/packer build'],
    ['another service', 'arn:aws:sts::123456789012:role/packer'],
  ])('refuses %s', (_, arn) => expect(roleArnProblem(arn)).toMatch(/IAM role ARN/));
});

describe('roleSessionNameProblem', () => {
  it.each(['ab', 'packer-4242', 'a+b=c,d.e@f_g-h', 's'.repeat(64)])('accepts %s', (name) =>
    expect(roleSessionNameProblem(name)).toBeUndefined(),
  );
  it.each(['a', 's'.repeat(65), 'packer build', 'packer/4242', 'pâcker'])('refuses %j', (name) =>
    expect(roleSessionNameProblem(name)).toMatch(/2 to 64 characters/),
  );
});

describe('roleDurationProblem', () => {
  it.each(['900', '3600', '43200'])('accepts %s', (text) =>
    expect(roleDurationProblem(text)).toBeUndefined(),
  );
  it.each(['899', '43201', '3600.5', '1e4', '-900', '', 'one hour', '0x1000'])(
    'refuses %j',
    (text) =>
      expect(roleDurationProblem(text)).toMatch(/whole number of seconds from 900 to 43200/),
  );
});

describe('parameterNameProblem', () => {
  it.each([
    ['a plain name', 'golden-ami'],
    ['a plain name with a slash', '/golden-ami'],
    ['a hierarchy', '/images/web/ami_id.v2'],
    ['fifteen levels', `/${Array.from({ length: 15 }, (_, i) => `l${i}`).join('/')}`],
    ['a name that merely contains aws', '/images/aws/ami'],
    ['the longest name in us-east-2', `/${'n'.repeat(1011 - 45)}`],
  ])('accepts %s', (_, name) => expect(parameterNameProblem(name, 'us-east-2')).toBeUndefined());

  it.each([
    ['an empty name', '', /letters, digits/],
    ['a space', '/images/web ami', /letters, digits/],
    ['an ARN', 'arn:aws:ssm:us-east-1:123456789012:parameter/ami', /not an ARN/],
    ['an aws prefix', 'awsAmi', /must not begin with 'aws' or 'ssm'/],
    ['an AWS prefix after a slash', '/AWS/ami', /must not begin with 'aws' or 'ssm'/],
    ['an ssm prefix', 'SSM-ami', /must not begin with 'aws' or 'ssm'/],
    [
      'a hierarchy without a leading slash',
      'images/web',
      /must begin with '\/' when it has a hierarchy/,
    ],
    ['an empty level', '/images//web', /empty levels/],
    ['a trailing slash', '/images/web/', /empty levels/],
    ['only a slash', '/', /empty levels/],
    [
      'sixteen levels',
      `/${Array.from({ length: 16 }, (_, i) => `l${i}`).join('/')}`,
      /has 16 levels: SSM allows at most 15/,
    ],
    [
      'one character too many in us-east-2',
      `/${'n'.repeat(1011 - 44)}`,
      /ARN in us-east-2 would have 1012/,
    ],
  ])('refuses %s', (_, name, reason) =>
    expect(parameterNameProblem(name, 'us-east-2')).toMatch(reason),
  );

  it('counts the ARN of the partition and region it is given', () => {
    const name = `/${'n'.repeat(1011 - 48)}`;
    expect(parameterNameProblem(name, 'us-east-2')).toBeUndefined();
    expect(parameterNameProblem(name, 'us-gov-west-1')).toMatch(/would have 1019/);
    expect(parameterNameProblem(name)).toBeUndefined();
  });
});

describe('parameterLabelProblem', () => {
  it.each(['v1.2.3', 'release_2024-05', 'Production', 'l'.repeat(100)])('accepts %s', (label) =>
    expect(parameterLabelProblem(label)).toBeUndefined(),
  );
  it.each([
    ['1.2.3', /must not begin with a digit: for a release tag use a prefix, e.g. v1.2.3/],
    ['awsLatest', /must not begin with 'aws' or 'ssm'/],
    ['SSM-latest', /must not begin with 'aws' or 'ssm'/],
    ['v1/2', /only letters, digits/],
    ['v1 2', /only letters, digits/],
    ['', /only letters, digits/],
    ['l'.repeat(101), /at most 100 characters, not 101/],
  ])('refuses %j', (label, reason) => expect(parameterLabelProblem(label)).toMatch(reason));
});

describe('amiIdProblem', () => {
  it.each(['ami-0123abcd', 'ami-0123456789abcdef0'])('accepts %s', (id) =>
    expect(amiIdProblem(id)).toBeUndefined(),
  );
  it.each([
    'ami-0123abc',
    'ami-0123456789ABCDEF0',
    'ami-0123456789abcdef',
    'snap-0123abcd',
    ' ami-0123abcd',
  ])('refuses %j', (id) => expect(amiIdProblem(id)).toMatch(/is not an AMI id/));
});

describe('severalAmiBuildsProblem', () => {
  it.each([
    ['no AMI builds', []],
    ['one AMI build', ['amazon-ebs.web']],
    ['one AMI build named twice', ['amazon-ebs.web', 'amazon-ebs.web']],
  ])('accepts %s', (_, builds) =>
    expect(severalAmiBuildsProblem(builds, '/ami', 'after')).toBeUndefined(),
  );

  it('tells the user to narrow the run with only, after the build', () => {
    expect(severalAmiBuildsProblem(['amazon-ebs.web', 'amazon-ebs.db'], '/ami', 'after')).toBe(
      "ssm-parameter '/ami' holds one AMI id per region, but 2 builds produced AMIs " +
        "(amazon-ebs.web, amazon-ebs.db). Run only the build whose AMI it should point at with the 'only' " +
        'input, e.g. only: amazon-ebs.web',
    );
  });

  it('and before it', () => {
    expect(severalAmiBuildsProblem(['web', 'db'], '/ami', 'before')).toMatch(
      /, but 2 builds of the template make AMIs \(web, db\)\. Run only/,
    );
  });
});

describe('defaultRoleSessionName', () => {
  it.each([
    ['4242', 'packer-4242'],
    [undefined, 'packer'],
    ['', 'packer'],
  ])('of run %j is %s', (runId, name) => expect(defaultRoleSessionName(runId)).toBe(name));
});

describe('parseAwsInputs', () => {
  const unset = {
    'aws-region': '',
    'role-to-assume': '',
    'role-session-name': '',
    'role-duration-seconds': '3600',
    audience: 'sts.amazonaws.com',
    'ssm-parameter': '',
    'ssm-parameter-label': '',
  };
  const parse = (inputs: Partial<typeof unset>, env: Record<string, string> = {}) =>
    parseAwsInputs((name) => ({ ...unset, ...inputs })[name as keyof typeof unset] ?? '', env);
  const messages = (inputs: Partial<typeof unset>, env: Record<string, string> = {}) =>
    parse(inputs, env).problems.map((problem) => problem.message);

  it('applies the defaults when nothing is set', () => {
    expect(parse({ 'role-duration-seconds': '', audience: '' }, { GITHUB_RUN_ID: '77' })).toEqual({
      aws: {
        region: undefined,
        roleToAssume: undefined,
        roleSessionName: 'packer-77',
        roleDurationSeconds: 3600,
        audience: 'sts.amazonaws.com',
        ssmParameter: undefined,
        ssmParameterLabel: undefined,
      },
      problems: [],
    });
  });

  it('takes every input as given', () => {
    const inputs = {
      'aws-region': 'eu-west-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/packer',
      'role-session-name': 'images',
      'role-duration-seconds': '7200',
      audience: 'sts.example',
      'ssm-parameter': '/images/web',
      'ssm-parameter-label': 'v1.2.3',
    };
    expect(parse(inputs, { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '77' })).toEqual({
      aws: {
        region: 'eu-west-1',
        roleToAssume: 'arn:aws:iam::123456789012:role/packer',
        roleSessionName: 'images',
        roleDurationSeconds: 7200,
        audience: 'sts.example',
        ssmParameter: '/images/web',
        ssmParameterLabel: 'v1.2.3',
      },
      problems: [],
    });
  });

  it.each([
    [{ AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'eu-west-1' }, 'us-east-2'],
    [{ AWS_DEFAULT_REGION: 'eu-west-1' }, 'eu-west-1'],
  ])('takes the region from %j', (env, region) => {
    expect(parse({}, env).aws.region).toBe(region);
  });

  it('reports every problem at once, naming input and value', () => {
    expect(
      messages({
        'role-to-assume': 'packer',
        'role-session-name': 'a b',
        'role-duration-seconds': '60',
        'ssm-parameter': 'aws/ami',
        'ssm-parameter-label': '1.0',
      }),
    ).toEqual([
      expect.stringMatching(/^Input 'role-to-assume' is 'packer': must be an IAM role ARN/),
      expect.stringMatching(/^Input 'role-session-name' is 'a b': must be 2 to 64/),
      expect.stringMatching(/^Input 'role-duration-seconds' is '60': must be a whole number/),
      expect.stringMatching(/^Input 'ssm-parameter' is 'aws\/ami': must not begin with 'aws'/),
      expect.stringMatching(/^Input 'ssm-parameter-label' is '1.0': must not begin with a digit/),
      "Input 'aws-region' is empty: required when role-to-assume or ssm-parameter is set: set aws-region or the AWS_REGION variable",
    ]);
  });

  it('says where a bad region came from', () => {
    expect(messages({}, { AWS_DEFAULT_REGION: 'Frankfurt' })).toEqual([
      "Input 'aws-region' is 'Frankfurt': must be an AWS region code such as us-east-1 or eu-west-2 (taken from AWS_DEFAULT_REGION)",
    ]);
  });

  it('checks the parameter length against the region', () => {
    const name = `/${'n'.repeat(1000)}`;
    expect(messages({ 'ssm-parameter': name, 'aws-region': 'us-east-1' })).toEqual([
      expect.stringMatching(/ARN in us-east-1 would have 1045 characters/),
    ]);
  });

  it('refuses a label without a parameter', () => {
    expect(messages({ 'ssm-parameter-label': 'v1' })).toEqual([
      "Input 'ssm-parameter-label' is 'v1': labels a version of ssm-parameter, which is not set: set ssm-parameter or remove the label",
    ]);
  });
});

describe('credentialLifetimeWarning', () => {
  const aws: AwsInputs = {
    region: 'us-east-1',
    roleToAssume: 'arn:aws:iam::123456789012:role/packer',
    roleSessionName: 'packer-1',
    roleDurationSeconds: 900,
    audience: 'sts.amazonaws.com',
    ssmParameter: undefined,
    ssmParameterLabel: undefined,
  };

  it('warns that a Packer older than 1.6.6 gets the keys, which do not refresh', () => {
    expect(credentialLifetimeWarning(aws, '1.5.6')).toBe(
      'Packer 1.5.6 is older than 1.6.6, the first known to take its AWS credentials from the endpoint ' +
        "this action serves: it gets the role's keys in its environment instead, where every provisioner " +
        'can read them. They are valid for role-duration-seconds (900 s, 15 minutes) from the start of ' +
        'each Packer run and are not refreshed: a build that runs longer fails with ExpiredToken. Use ' +
        'packer-version 1.6.6 or newer.',
    );
  });

  it.each([
    ['1.6.6', { ...aws }],
    ['1.11.2', { ...aws, roleDurationSeconds: 43200 }],
    ['1.5.6', { ...aws, roleToAssume: undefined }],
  ] as const)(
    'is quiet for Packer %s with %j: its build may outlast one session',
    (version, inputs) => {
      expect(credentialLifetimeWarning(inputs, version)).toBeUndefined();
    },
  );
});

describe('regionVariableProblem', () => {
  const variables = (...lines: [string, string][]) =>
    lines.map(([name, value]) => ({ name, value }));

  it.each<[string, { name: string; value: string }[], string | undefined]>([
    ['no aws_region variable', variables(['build_version', 'v1']), 'eu-west-1'],
    ['the same region', variables(['aws_region', 'eu-west-1']), 'eu-west-1'],
    ['no region of the action to compare with', variables(['aws_region', 'us-east-1']), undefined],
    ['a region variable of another name', variables(['region', 'us-east-1']), 'eu-west-1'],
  ])('accepts %s', (_case, given, region) => {
    expect(regionVariableProblem(given, region)).toBeUndefined();
  });

  it('refuses an aws_region that differs from aws-region, saying what would go where', () => {
    expect(
      regionVariableProblem(variables(['aws_region', 'us-east-1']), 'eu-west-1')?.message,
    ).toBe(
      "Input 'variables' is 'aws_region=us-east-1': differs from aws-region eu-west-1: the image would be " +
        'built in us-east-1 but its credentials, SSM parameter and summary would be in eu-west-1. Remove the ' +
        'aws_region line (the action gives Packer AWS_REGION=eu-west-1; a template can default to ' +
        'env("AWS_REGION")) or make the two agree',
    );
  });

  it('judges the last aws_region line, as Packer takes the last -var', () => {
    const given = variables(['aws_region', 'us-east-1'], ['aws_region', 'eu-west-1']);
    expect(regionVariableProblem(given, 'eu-west-1')).toBeUndefined();
    expect(regionVariableProblem(given.reverse(), 'eu-west-1')).toBeDefined();
  });
});
