// What a release's children read: the action publishes each release's AMI id as a labelled version
// of /images/<role>/latest, and the templates' amazon-parameterstore data source passes
// `/images/base/latest:<label>` to GetParameter unchanged. Against moto, a real SSM emulator.
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishAmiIds } from '../../src/aws/publish.js';
import { MOTO_CREDENTIALS, type Moto, startMoto } from '../support/moto.js';

const NAME = '/images/base/latest';
const REGION = 'eu-west-1';
const [RELEASE_1, RELEASE_2, RERUN_1] = [
  'ami-0123456789abcdef0',
  'ami-0fedcba9876543210',
  'ami-00000000000000001',
];
const credentials = { ...MOTO_CREDENTIALS, sessionToken: 'testing', expiration: undefined };

let moto: Moto;
let ssm: SSMClient;
const savedEndpoint = process.env.AWS_ENDPOINT_URL_SSM;

beforeAll(async () => {
  moto = await startMoto();
  // publishAmiIds makes its clients per region: the SDK's endpoint variable takes them to moto.
  process.env.AWS_ENDPOINT_URL_SSM = moto.url;
  ssm = new SSMClient({ region: REGION, endpoint: moto.url, credentials: MOTO_CREDENTIALS });
});
afterAll(async () => {
  if (savedEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL_SSM;
  else process.env.AWS_ENDPOINT_URL_SSM = savedEndpoint;
  ssm?.destroy();
  await moto?.stop();
});

const publish = async (amiId: string, label: string) => {
  const [published] = await publishAmiIds({
    parameterName: NAME,
    label,
    amiIds: { [REGION]: amiId },
    credentials: async () => credentials,
  });
  expect(published?.error).toBeUndefined();
  return published?.version;
};

/** The call the amazon-parameterstore data source makes, with the name as the template gives it. */
const read = async (name: string) =>
  (await ssm.send(new GetParameterCommand({ Name: name }))).Parameter;

describe('GetParameter with name:label (what a release passes to its children)', () => {
  it('returns the labelled version, not the latest', async () => {
    expect(await publish(RELEASE_1, 'v1.2.3')).toBe(1);
    expect(await publish(RELEASE_2, 'v1.3.0')).toBe(2);

    expect(await read(`${NAME}:v1.2.3`)).toMatchObject({ Value: RELEASE_1, Version: 1 });
    expect(await read(`${NAME}:v1.3.0`)).toMatchObject({ Value: RELEASE_2, Version: 2 });
    expect(await read(NAME)).toMatchObject({ Value: RELEASE_2, Version: 2 });
    expect(await read(`${NAME}:1`)).toMatchObject({ Value: RELEASE_1, Version: 1 });
  });

  it('fails for a label no release set, rather than falling back to the latest', async () => {
    // moto answers ParameterNotFound; the data source fails on either.
    await expect(read(`${NAME}:v9.9.9`)).rejects.toMatchObject({
      name: expect.stringMatching(/^Parameter(?:Version)?NotFound$/),
    });
  });

  it("follows a re-run of a release: its label moves to the re-run's base", async () => {
    expect(await publish(RERUN_1, 'v1.2.3')).toBe(3);

    expect(await read(`${NAME}:v1.2.3`)).toMatchObject({ Value: RERUN_1, Version: 3 });
    expect(await read(`${NAME}:v1.3.0`)).toMatchObject({ Value: RELEASE_2, Version: 2 });
  });
});
