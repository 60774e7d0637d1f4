import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { SSMClient } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CREDENTIALS_PATH,
  type CredentialsEndpoint,
  newEndpointToken,
  startCredentialsEndpoint,
} from '../../src/aws/endpoint.js';
import { endpointEnvironment, withoutRunnerCredentials } from '../../src/aws/environment.js';

const TOKEN = newEndpointToken();
const EXPIRATION = new Date('2030-01-01T01:00:00.000Z');
const SESSION = {
  accessKeyId: 'ASIAENDPOINTTEST0001',
  secretAccessKey: 'endpoint-secret/key+1',
  sessionToken: 'endpoint-session-token-1',
  expiration: EXPIRATION,
};

let endpoint: CredentialsEndpoint | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

async function start(
  credentials: () => Promise<typeof SESSION> = async () => SESSION,
  onRefused = vi.fn(),
) {
  endpoint = await startCredentialsEndpoint({ token: TOKEN, credentials, onRefused });
  return { endpoint, onRefused };
}

async function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(url, { method, headers });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe('the credentials endpoint', () => {
  it('listens on 127.0.0.1 and gives the token-holder the session in the container-credentials format', async () => {
    const { endpoint } = await start();
    expect(endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/credentials$/);
    const response = await fetch(endpoint.url, { headers: { authorization: TOKEN } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      AccessKeyId: SESSION.accessKeyId,
      SecretAccessKey: SESSION.secretAccessKey,
      Token: SESSION.sessionToken,
      Expiration: '2030-01-01T01:00:00.000Z',
    });
    expect([endpoint.served, endpoint.refused]).toEqual([1, 0]);
  });

  it.each([
    ['without the token', {}, 401, 'The Authorization header is missing'],
    ['with an empty one', { authorization: '' }, 401, 'The Authorization header is missing'],
    [
      'with another token',
      { authorization: newEndpointToken() },
      403,
      'The Authorization header does not hold the token',
    ],
    [
      'with the token as a bearer token',
      { authorization: `Bearer ${TOKEN}` },
      403,
      'The Authorization header does not hold the token',
    ],
    [
      'with the start of the token',
      { authorization: TOKEN.slice(0, 20) },
      403,
      'The Authorization header does not hold the token',
    ],
  ])('refuses a request %s', async (_, headers, status, message) => {
    const credentials = vi.fn(async () => SESSION);
    const { endpoint, onRefused } = await start(credentials);
    const answer = await get(endpoint.url, headers);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ code: expect.any(String), message });
    expect(JSON.stringify(answer.body)).not.toContain(SESSION.secretAccessKey);
    expect(credentials).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledWith(status, message);
    expect([endpoint.served, endpoint.refused]).toEqual([0, 1]);
  });

  it('answers nothing but GET on its one path', async () => {
    const { endpoint } = await start();
    const base = endpoint.url.slice(0, -CREDENTIALS_PATH.length);
    expect((await get(`${base}/`, { authorization: TOKEN })).status).toBe(404);
    expect((await get(`${base}/latest/meta-data/`, { authorization: TOKEN })).status).toBe(404);
    expect((await get(endpoint.url, { authorization: TOKEN }, 'POST')).status).toBe(405);
    expect((await get(endpoint.url, { authorization: TOKEN }, 'PUT')).status).toBe(405);
    expect(endpoint.refused).toBe(4);
  });

  it('hands out the session current at each request', async () => {
    let n = 0;
    const { endpoint } = await start(async () => {
      n++;
      return { ...SESSION, accessKeyId: `ASIAENDPOINTTEST000${n}` };
    });
    const first = await get(endpoint.url, { authorization: TOKEN });
    const second = await get(endpoint.url, { authorization: TOKEN });
    expect([first.body.AccessKeyId, second.body.AccessKeyId]).toEqual([
      'ASIAENDPOINTTEST0001',
      'ASIAENDPOINTTEST0002',
    ]);
  });

  it('says why when it has no credentials to give', async () => {
    const { endpoint, onRefused } = await start(async () => {
      throw new Error(
        'The AWS credentials expired at 2030-01-01T01:00:00.000Z and could not be refreshed',
      );
    });
    const answer = await get(endpoint.url, { authorization: TOKEN });
    expect(answer).toEqual({
      status: 503,
      body: {
        code: 'CredentialsUnavailable',
        message:
          'The AWS credentials expired at 2030-01-01T01:00:00.000Z and could not be refreshed',
      },
    });
    expect(onRefused).toHaveBeenCalledTimes(1);
  });

  it("is what the AWS SDK's default chain finds with the runner's credentials out of the way", async () => {
    const { endpoint } = await start();
    const saved = { ...process.env };
    const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'endpoint-')), 'empty');
    fs.writeFileSync(empty, '');
    // A runner with keys of its own and a profile: the SDK would take those first.
    const runner = {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'AKIARUNNEROWNKEY0001',
      AWS_SECRET_ACCESS_KEY: 'runner-own-secret',
      AWS_PROFILE: 'runner',
    };
    const env = {
      ...withoutRunnerCredentials(runner, empty),
      ...endpointEnvironment(endpoint.url, TOKEN),
    };
    for (const name of Object.keys(process.env)) delete process.env[name];
    Object.assign(process.env, env);
    const client = new SSMClient({ region: 'eu-west-1' });
    try {
      expect(await client.config.credentials()).toMatchObject({
        accessKeyId: SESSION.accessKeyId,
        secretAccessKey: SESSION.secretAccessKey,
        sessionToken: SESSION.sessionToken,
        expiration: EXPIRATION,
      });
    } finally {
      client.destroy();
      for (const name of Object.keys(process.env)) delete process.env[name];
      Object.assign(process.env, saved);
      fs.rmSync(path.dirname(empty), { recursive: true, force: true });
    }
    expect(endpoint.served).toBe(1);
  });

  it('closes at once, kept-alive connections and all, and never keeps the process alive', async () => {
    const servers = () =>
      process.getActiveResourcesInfo().filter((resource) => resource === 'TCPServerWrap').length;
    const before = servers();
    const { endpoint } = await start();
    expect(servers()).toBe(before);

    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      http
        .get(endpoint.url, { agent, headers: { authorization: TOKEN } }, (response) => {
          response.resume();
          response.on('end', resolve);
        })
        .on('error', reject);
    });
    const started = performance.now();
    await endpoint.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(fetch(endpoint.url, { headers: { authorization: TOKEN } })).rejects.toThrow();
    agent.destroy();
  });
});
