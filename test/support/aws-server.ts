// A loopback AWS speaking the real wire protocols of the two services the action calls: STS (query
// protocol: form POST in, XML out) and SSM (JSON 1.1: X-Amz-Target in, JSON out). Point the SDK at it
// with AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_SSM = server.url. It keeps SSM parameters per region
// (read from each request's SigV4 credential scope), can be scripted to fail, throttle or validate
// slowly, and records every request for assertions.
import * as http from 'node:http';
import { tokenClaims } from '../../src/aws/token.js';
import { closeServer, listenOnLoopback } from './loopback.js';

/** An error answer. `type` is STS's Sender/Receiver; SSM sends `code` as `__type`. */
export interface AwsFault {
  status: number;
  code: string;
  message: string;
  type?: 'Sender' | 'Receiver';
}

export const FAULTS = {
  accessDenied: {
    status: 403,
    code: 'AccessDenied',
    message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  },
  throttling: { status: 400, code: 'Throttling', message: 'Rate exceeded' },
  idpCommunicationError: {
    status: 400,
    code: 'IDPCommunicationError',
    message: 'Could not retrieve verification key from your identity provider',
  },
  serviceUnavailable: {
    status: 503,
    code: 'ServiceUnavailable',
    message: 'Service is unavailable',
    type: 'Receiver',
  },
  tooManyUpdates: {
    status: 400,
    code: 'TooManyUpdates',
    message: 'There are concurrent updates for the resource that you are trying to update.',
  },
  ssmAccessDenied: {
    status: 400,
    code: 'AccessDeniedException',
    message: 'User is not authorized to perform: ssm:PutParameter',
  },
} satisfies Record<string, AwsFault>;

export interface RecordedRequest {
  service: 'sts' | 'ssm';
  /** `AssumeRoleWithWebIdentity`, `PutParameter`, `GetParameter`, `LabelParameterVersion`, … */
  action: string;
  /** When it came, in milliseconds since the epoch. */
  at: number;
  /** The form fields (STS) or the JSON document (SSM). */
  body: Record<string, unknown>;
  /** From the SigV4 credential scope; undefined for unsigned requests. */
  region: string | undefined;
  accessKeyId: string | undefined;
  sessionToken: string | undefined;
  contentType: string | undefined;
}

export interface ParameterVersion {
  version: number;
  value: string;
  dataType: string;
  labels: string[];
  /** GetParameter reads that will still not see this version (SSM validating it). */
  pendingReads: number;
}

export interface IssuedCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  /** In milliseconds since the epoch, as the answer said (to the second). */
  expiresAt: number;
}

/** What the server sends back. */
interface Answer {
  status: number;
  contentType: string;
  body: string;
}

interface ScriptedFault {
  fault: AwsFault;
  action: string | undefined;
  region: string | undefined;
  remaining: number;
}

export class AwsServer {
  readonly requests: RecordedRequest[] = [];
  /** Every set of credentials STS handed out, in order. */
  readonly issued: IssuedCredentials[] = [];
  accountId = '123456789012';
  /** The role's maximum session duration: longer DurationSeconds get STS's ValidationError. */
  maxSessionDuration = 43200;
  /** GetParameter reads that do not see a new version yet; Infinity: SSM never validates it. */
  validationLag = 0;
  /**
   * How long issued credentials last, whatever DurationSeconds asked (STS's minimum is 900 s): short
   * sessions that expire while a test watches.
   */
  sessionSeconds: number | undefined;

  private readonly stsFaults: ScriptedFault[] = [];
  private readonly ssmFaults: ScriptedFault[] = [];
  private readonly store = new Map<string, Map<string, ParameterVersion[]>>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<AwsServer> {
    const server = http.createServer();
    const base = await listenOnLoopback(server);
    const aws = new AwsServer(server, base);
    server.on('request', (request, response) => {
      aws.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      });
    });
    return aws;
  }

  close(): Promise<void> {
    return closeServer(this.server);
  }

  /** The next `times` AssumeRoleWithWebIdentity calls answer `fault`. */
  failSts(fault: AwsFault, times = Number.POSITIVE_INFINITY): void {
    this.stsFaults.push({ fault, action: undefined, region: undefined, remaining: times });
  }

  /** The next `times` SSM calls (of `action`, in `region`, when given) answer `fault`. */
  failSsm(
    fault: AwsFault,
    {
      action,
      region,
      times = Number.POSITIVE_INFINITY,
    }: { action?: string; region?: string; times?: number } = {},
  ): void {
    this.ssmFaults.push({ fault, action, region, remaining: times });
  }

  /** The versions of a parameter in a region, oldest first; pending ones included. */
  versions(region: string, name: string): ParameterVersion[] {
    return this.parameters(region).get(name) ?? [];
  }

  /** A version that exists before the test (already validated). */
  seed(region: string, name: string, value: string, labels: string[] = []): void {
    const versions = this.parameters(region).get(name) ?? [];
    versions.push({
      version: versions.length + 1,
      value,
      dataType: 'aws:ec2:image',
      labels,
      pendingReads: 0,
    });
    this.parameters(region).set(name, versions);
  }

  /** The requests of one service, as `action` strings, optionally of one region. */
  actions(service: 'sts' | 'ssm', region?: string): string[] {
    return this.requests
      .filter(
        (request) =>
          request.service === service && (region === undefined || request.region === region),
      )
      .map((request) => request.action);
  }

  private parameters(region: string): Map<string, ParameterVersion[]> {
    let parameters = this.store.get(region);
    if (!parameters) {
      parameters = new Map();
      this.store.set(region, parameters);
    }
    return parameters;
  }

  private async handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
      request.headers.authorization ?? '',
    );
    const signed = {
      accessKeyId: scope?.[1],
      region: scope?.[2],
      sessionToken: header(request, 'x-amz-security-token'),
      contentType: header(request, 'content-type'),
    };
    const target = header(request, 'x-amz-target');
    if (target !== undefined) {
      const action = target.replace(/^AmazonSSM\./, '');
      const body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
      this.requests.push({ service: 'ssm', action, at: Date.now(), body, ...signed });
      return send(response, this.answerSsm(action, body, signed.region ?? 'us-east-1'));
    }
    const body = Object.fromEntries(new URLSearchParams(text));
    const action = body.Action ?? '';
    this.requests.push({ service: 'sts', action, at: Date.now(), body, ...signed });
    send(response, this.answerSts(action, body));
  }

  private answerSts(action: string, form: Record<string, string>): Answer {
    const fault = takeFault(this.stsFaults, action, undefined);
    if (fault) return stsError(fault);
    if (action !== 'AssumeRoleWithWebIdentity' || form.Version !== '2011-06-15') {
      return stsError({
        status: 400,
        code: 'InvalidAction',
        message: `Could not find operation ${action}`,
      });
    }
    const duration = Number(form.DurationSeconds ?? 3600);
    if (duration > this.maxSessionDuration) {
      return stsError({
        status: 400,
        code: 'ValidationError',
        message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      });
    }
    const roleName = (form.RoleArn ?? '').split('/').at(-1);
    const n = this.issued.length + 1;
    const expiresAt =
      Math.floor((Date.now() + (this.sessionSeconds ?? duration) * 1000) / 1000) * 1000;
    const credentials = {
      AccessKeyId: `ASIAFAKE${String(n).padStart(12, '0')}`,
      SecretAccessKey: `fake-secret-access-key-${n}`,
      SessionToken: `fake-session-token-${n}`,
      expiresAt,
    };
    this.issued.push(credentials);
    const expiration = new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const sessionArn = `arn:aws:sts::${this.accountId}:assumed-role/${roleName}/${form.RoleSessionName}`;
    return xmlAnswer(
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Audience>sts.amazonaws.com</Audience>
    <AssumedRoleUser>
      <AssumedRoleId>AROAFAKEROLEID:${xml(form.RoleSessionName ?? '')}</AssumedRoleId>
      <Arn>${xml(sessionArn)}</Arn>
    </AssumedRoleUser>
    <Provider>arn:aws:iam::${this.accountId}:oidc-provider/token.actions.githubusercontent.com</Provider>
    <Credentials>
      <AccessKeyId>${credentials.AccessKeyId}</AccessKeyId>
      <SecretAccessKey>${credentials.SecretAccessKey}</SecretAccessKey>
      <SessionToken>${credentials.SessionToken}</SessionToken>
      <Expiration>${expiration}</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>${xml(tokenClaims(form.WebIdentityToken ?? '').sub ?? '')}</SubjectFromWebIdentityToken>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>sts-request-${n}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>
`,
    );
  }

  private answerSsm(action: string, body: Record<string, unknown>, region: string): Answer {
    const fault = takeFault(this.ssmFaults, action, region);
    if (fault) return ssmAnswer(fault.status, { __type: fault.code, message: fault.message });
    const name = String(body.Name ?? '');
    const versions = this.parameters(region).get(name);
    switch (action) {
      case 'PutParameter': {
        if (versions && body.Overwrite !== true) {
          return ssmError('ParameterAlreadyExists', 'The parameter already exists.');
        }
        const value = String(body.Value ?? '');
        const dataType = String(body.DataType ?? 'text');
        if (dataType === 'aws:ec2:image' && !/^ami-[0-9a-f]{8,17}$/.test(value)) {
          return ssmError(
            'ValidationException',
            `Parameter value, ${value}, is not a valid AMI id.`,
          );
        }
        const list = versions ?? [];
        const version = (list.at(-1)?.version ?? 0) + 1;
        list.push({ version, value, dataType, labels: [], pendingReads: this.validationLag });
        this.parameters(region).set(name, list);
        return ssmAnswer(200, { Version: version, Tier: 'Standard' });
      }
      case 'GetParameter': {
        const visible = versions?.filter((entry) => entry.pendingReads <= 0).at(-1);
        for (const entry of versions ?? []) if (entry.pendingReads > 0) entry.pendingReads--;
        if (!visible) return ssmError('ParameterNotFound', '');
        return ssmAnswer(200, {
          Parameter: {
            ARN: `arn:aws:ssm:${region}:${this.accountId}:parameter/${name.replace(/^\//, '')}`,
            DataType: visible.dataType,
            LastModifiedDate: Date.now() / 1000,
            Name: name,
            Type: 'String',
            Value: visible.value,
            Version: visible.version,
          },
        });
      }
      case 'LabelParameterVersion': {
        if (!versions) return ssmError('ParameterNotFound', '');
        const wanted = body.ParameterVersion ?? versions.at(-1)?.version;
        const target = versions.find(
          (entry) => entry.version === wanted && entry.pendingReads <= 0,
        );
        if (!target) return ssmError('ParameterVersionNotFound', `Version ${wanted} not found.`);
        const labels = Array.isArray(body.Labels) ? body.Labels.map(String) : [];
        // The service's rule, written here independently of the action's own check.
        const invalid = labels.filter(
          (label) => !/^(?![0-9])(?!aws)(?!ssm)[a-zA-Z0-9._-]{1,100}$/i.test(label),
        );
        for (const label of labels.filter((label) => !invalid.includes(label))) {
          for (const entry of versions)
            entry.labels = entry.labels.filter((other) => other !== label);
          target.labels.push(label);
        }
        return ssmAnswer(200, {
          InvalidLabels: invalid,
          ParameterVersion: target.version,
        });
      }
      default:
        return ssmError('InvalidAction', `Unknown operation ${action}`);
    }
  }
}

function header(request: http.IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function takeFault(
  faults: ScriptedFault[],
  action: string,
  region: string | undefined,
): AwsFault | undefined {
  const scripted = faults.find(
    (entry) =>
      entry.remaining > 0 &&
      (entry.action === undefined || entry.action === action) &&
      (entry.region === undefined || entry.region === region),
  );
  if (!scripted) return undefined;
  scripted.remaining--;
  return scripted.fault;
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function send(response: http.ServerResponse, answer: Answer): void {
  response.writeHead(answer.status, {
    'content-type': answer.contentType,
    'x-amzn-requestid': 'fake-request',
  });
  response.end(answer.body);
}

function xmlAnswer(status: number, body: string): Answer {
  return { status, contentType: 'text/xml', body };
}

function stsError(fault: AwsFault): Answer {
  return xmlAnswer(
    fault.status,
    `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>${fault.type ?? (fault.status >= 500 ? 'Receiver' : 'Sender')}</Type>
    <Code>${fault.code}</Code>
    <Message>${xml(fault.message)}</Message>
  </Error>
  <RequestId>sts-error</RequestId>
</ErrorResponse>
`,
  );
}

function ssmAnswer(status: number, document: unknown): Answer {
  return { status, contentType: 'application/x-amz-json-1.1', body: JSON.stringify(document) };
}

function ssmError(code: string, message: string): Answer {
  return ssmAnswer(400, { __type: code, message });
}
