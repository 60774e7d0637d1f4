import { describe, expect, it } from 'vitest';
import {
  endpointEnvironment,
  packerRegionEnvironment,
  RUNNER_CREDENTIAL_VARIABLES,
  readsCredentialsEndpoint,
  staticKeysEnvironment,
  withoutRunnerCredentials,
} from '../../src/aws/environment.js';

describe('packerRegionEnvironment', () => {
  it.each([
    ['a region', 'eu-west-1', { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' }],
    ['none', undefined, {}],
  ])('with %s', (_, region, env) => {
    expect(packerRegionEnvironment(region)).toEqual(env);
  });
});

describe('withoutRunnerCredentials', () => {
  const runner = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    AWS_ACCESS_KEY_ID: 'AKIARUNNER',
    AWS_ACCESS_KEY: 'AKIARUNNER',
    AWS_SECRET_ACCESS_KEY: 'runner-secret',
    AWS_SECRET_KEY: 'runner-secret',
    AWS_SESSION_TOKEN: 'runner-session',
    AWS_SECURITY_TOKEN: 'runner-session',
    AWS_PROFILE: 'admin',
    AWS_DEFAULT_PROFILE: 'admin',
    AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token',
    AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/other',
    AWS_ROLE_SESSION_NAME: 'other',
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x',
    AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1:9/other',
    AWS_CONTAINER_AUTHORIZATION_TOKEN: 'other-token',
    AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: '/var/run/other-token',
    AWS_SHARED_CREDENTIALS_FILE: '/home/runner/.aws/credentials',
    AWS_CONFIG_FILE: '/home/runner/.aws/config',
    AWS_EC2_METADATA_DISABLED: 'false',
    AWS_ENDPOINT_URL_EC2: 'http://127.0.0.1:5000',
    AWS_CA_BUNDLE: '/etc/ssl/corp.pem',
  };

  it('leaves no credentials, profile, shared file or instance metadata, and keeps the rest', () => {
    expect(withoutRunnerCredentials(runner, '/tmp/run/empty')).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      AWS_SHARED_CREDENTIALS_FILE: '/tmp/run/empty',
      AWS_CONFIG_FILE: '/tmp/run/empty',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_EC2: 'http://127.0.0.1:5000',
      AWS_CA_BUNDLE: '/etc/ssl/corp.pem',
    });
  });

  it('names every credential variable the runner above sets', () => {
    const credentialVariables = Object.keys(runner).filter(
      (name) =>
        !['PATH', 'HOME', 'AWS_ENDPOINT_URL_EC2', 'AWS_CA_BUNDLE'].includes(name) &&
        !['AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE', 'AWS_EC2_METADATA_DISABLED'].includes(
          name,
        ),
    );
    expect([...RUNNER_CREDENTIAL_VARIABLES].sort()).toEqual(credentialVariables.sort());
  });
});

describe('what gives Packer credentials', () => {
  it('points the container-credentials provider at the endpoint', () => {
    expect(endpointEnvironment('http://127.0.0.1:4321/credentials', 'token')).toEqual({
      AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1:4321/credentials',
      AWS_CONTAINER_AUTHORIZATION_TOKEN: 'token',
    });
  });

  it('or, for an older Packer, hands it the keys', () => {
    const credentials = {
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'session',
      expiration: new Date('2030-01-01T00:00:00Z'),
    };
    expect(staticKeysEnvironment(credentials)).toEqual({
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'session',
    });
  });

  it.each([
    ['1.6.6', true],
    ['1.7.0', true],
    ['1.11.2', true],
    ['1.15.0-alpha1', true],
    ['1.6.5', false],
    ['1.5.6', false],
    ['0.12.0', false],
    ['not-a-version', false],
  ])('Packer %s reads the endpoint: %s', (version, reads) => {
    expect(readsCredentialsEndpoint(version)).toBe(reads);
  });
});
