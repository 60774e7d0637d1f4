// A loopback port where connecting hangs, as it does to a host that drops packets: a socket that
// listens with a backlog of 0, whose one queue slot is taken by its own connection and never
// accepted, so Linux drops every further SYN. Node accepts every connection by itself, so the
// listener is a small Python process (Python is here anyway, for moto); it ends with its stdin.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const SCRIPT = `
import socket, sys
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(0)
filler = socket.create_connection(server.getsockname())
print(server.getsockname()[1], flush=True)
sys.stdin.read()
`;

export interface UnacceptingListener {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

export async function startUnacceptingListener(): Promise<UnacceptingListener> {
  const child = spawn('python3', ['-c', SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout.setEncoding('utf8'), 'data')) as [string];
  const port = Number(line.trim());
  if (!Number.isInteger(port)) throw new Error(`The listener printed '${line}', not a port`);
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      const exited = once(child, 'exit');
      child.stdin.end();
      await exited;
    },
  };
}
