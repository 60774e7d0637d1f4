import { describe, expect, it } from 'vitest';
import { packerAwsEnvironment } from '../../src/aws/environment.js';

const credentials = {
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'secret',
  sessionToken: 'session',
  expiration: new Date('2030-01-01T00:00:00Z'),
};

describe('packerAwsEnvironment', () => {
  it.each([
    [
      'region and credentials',
      'eu-west-1',
      credentials,
      {
        AWS_REGION: 'eu-west-1',
        AWS_DEFAULT_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_SESSION_TOKEN: 'session',
      },
    ],
    [
      'only a region',
      'eu-west-1',
      undefined,
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' },
    ],
    ['nothing', undefined, undefined, {}],
  ])('with %s', (_, region, given, env) => {
    expect(packerAwsEnvironment(region, given)).toEqual(env);
  });
});
