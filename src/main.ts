import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.info('hello');
  if (process.env.INPUT_X === 'aws') {
    const { SSMClient } = await import('@aws-sdk/client-ssm');
    core.info(String(typeof SSMClient));
  }
}
