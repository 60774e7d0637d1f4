// A loopback HTTP proxy in front of an AWS endpoint (moto) that holds back the calls of chosen actions
// (`Action=TerminateInstances`) for a while: an AWS that is slow where it hurts, such as while Packer
// cleans up after a cancel. It records each call's action and the access key that signed it (moto
// itself accepts any key).
import * as http from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { closeServer, listenOnLoopback } from './loopback.js';

export interface SlowProxy {
  url: string;
  /** The actions seen, in order. */
  actions: string[];
  /** The access key id in each call's SigV4 Authorization header, in order ('' when unsigned). */
  signers: string[];
  close(): Promise<void>;
}

export async function startSlowProxy(
  target: string,
  slowActions: Record<string, number>,
): Promise<SlowProxy> {
  const actions: string[] = [];
  const signers: string[] = [];
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body.toString('utf8'))?.[1] ?? '';
    actions.push(action);
    signers.push(/Credential=([^/,\s]+)\//.exec(request.headers.authorization ?? '')?.[1] ?? '');
    const hold = slowActions[action];
    if (hold !== undefined) await delay(hold);
    try {
      const answer = await fetch(`${target}${request.url ?? '/'}`, {
        method: request.method ?? 'GET',
        headers: Object.fromEntries(
          Object.entries(request.headers).flatMap(([name, value]) =>
            typeof value === 'string' && name !== 'host' && name !== 'content-length'
              ? [[name, value]]
              : [],
          ),
        ),
        ...(body.length > 0 ? { body } : {}),
      });
      response.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'text/xml',
      });
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      response.destroy();
    }
  });
  const url = await listenOnLoopback(server);
  return { url, actions, signers, close: () => closeServer(server) };
}
