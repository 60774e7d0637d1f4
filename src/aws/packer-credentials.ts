// What a Packer run gets to reach AWS. With a role assumed: a runner environment in which nothing can
// take precedence over the role (src/aws/environment.ts), and for each run that needs AWS the loopback
// endpoint with its token, or, for a Packer too old to read it, the keys themselves. Without a role:
// the region, and whatever credentials the runner has. Free of the AWS SDK.
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import { issueCommand } from '../report/log.js';
import { newEndpointToken, startCredentialsEndpoint } from './endpoint.js';
import {
  endpointEnvironment,
  packerRegionEnvironment,
  readsCredentialsEndpoint,
  staticKeysEnvironment,
  withoutRunnerCredentials,
} from './environment.js';
import type { RefreshingCredentials } from './refresh.js';

/** Credentials for one Packer run; `close` once Packer has exited. */
export interface PackerRunCredentials {
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface PackerAws {
  /** 'endpoint', 'environment' (the keys, for an older Packer), or 'runner' (no role assumed). */
  readonly source: 'endpoint' | 'environment' | 'runner';
  /** The environment every Packer run starts from, made from the runner's. */
  environment(runner: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** Credentials for a Packer run that needs AWS. */
  open(): Promise<PackerRunCredentials>;
}

export interface PackerAwsOptions {
  region: string | undefined;
  /** The role's session; undefined when no role was assumed. */
  credentials: RefreshingCredentials | undefined;
  packerVersion: string;
  /** Where the empty shared credentials and config file goes (the run's work directory). */
  workDir: string;
}

const NOTHING: PackerRunCredentials = { env: {}, close: async () => {} };

export async function packerAws(options: PackerAwsOptions): Promise<PackerAws> {
  const region = packerRegionEnvironment(options.region);
  const { credentials } = options;
  if (credentials === undefined) {
    return {
      source: 'runner',
      environment: (runner) => ({ ...runner, ...region }),
      open: async () => NOTHING,
    };
  }
  const emptyFile = path.join(options.workDir, 'aws-empty-config');
  await writeFile(emptyFile, '', { mode: 0o400 });
  const environment = (runner: NodeJS.ProcessEnv) => ({
    ...withoutRunnerCredentials(runner, emptyFile),
    ...region,
  });
  if (!readsCredentialsEndpoint(options.packerVersion)) {
    return {
      source: 'environment',
      environment,
      open: async () => ({ ...NOTHING, env: staticKeysEnvironment(await credentials.current()) }),
    };
  }
  const token = newEndpointToken();
  core.setSecret(token);
  return { source: 'endpoint', environment, open: () => serveToPacker(credentials, token) };
}

async function serveToPacker(
  credentials: RefreshingCredentials,
  token: string,
): Promise<PackerRunCredentials> {
  const endpoint = await startCredentialsEndpoint({
    token,
    credentials: () => credentials.current(),
    // This runs while Packer's output is shown with workflow commands stopped.
    onRefused: (status, reason) =>
      issueCommand(() =>
        core.warning(`The AWS credentials endpoint refused a request (${status}): ${reason}`),
      ),
  });
  return {
    env: endpointEnvironment(endpoint.url, token),
    close: async () => {
      await endpoint.close();
      const { served, refused } = endpoint;
      if (served + refused === 0) return;
      core.info(
        `The AWS credentials endpoint answered Packer ${served} time${served === 1 ? '' : 's'}` +
          (refused > 0 ? ` and refused ${refused} request${refused === 1 ? '' : 's'}` : '') +
          '; it is closed.',
      );
    },
  };
}
