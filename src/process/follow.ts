// Reads a file while another process writes it, as `tail -f` does: Packer's output goes to a file
// (which, unlike a pipe, does not break when the action is killed) and the action shows it live.
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { setTimeout as delay } from 'node:timers/promises';
import { LineSplitter } from '../packer/stream.js';

const CHUNK_BYTES = 64 * 1024;
const POLL_MILLISECONDS = 50;

export interface Follower {
  /** Reads what is left up to the end of the file, hands over an unterminated last line, and stops. */
  stop(): Promise<void>;
}

/** Calls `onLine` with each complete line of `path` as it is written, from the start of the file. */
export async function followFile(
  path: string,
  onLine: (line: string) => void,
  pollMilliseconds = POLL_MILLISECONDS,
): Promise<Follower> {
  const file = await open(path, 'r');
  const buffer = Buffer.alloc(CHUNK_BYTES);
  // A character split across two reads stays whole.
  const decoder = new StringDecoder('utf8');
  const splitter = new LineSplitter();
  let stopping = false;
  // Ends the wait between reads at once when stopping, so Packer's exit is not followed by a pause.
  const wake = new AbortController();

  const readAvailable = async (): Promise<void> => {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      for (const line of splitter.push(decoder.write(buffer.subarray(0, bytesRead)))) onLine(line);
    }
  };
  const loop = (async () => {
    while (!stopping) {
      await readAvailable();
      await delay(pollMilliseconds, undefined, { signal: wake.signal }).catch(() => undefined);
    }
  })();

  return {
    async stop() {
      stopping = true;
      wake.abort();
      try {
        await loop;
        await readAvailable();
        for (const line of splitter.push(decoder.end())) onLine(line);
        for (const line of splitter.end()) onLine(line);
      } finally {
        await file.close();
      }
    },
  };
}

/** The last `count` lines of a file, or fewer; empty when it cannot be read. */
export async function lastLines(path: string, count: number): Promise<string[]> {
  let text: string;
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const length = Math.min(size, 256 * 1024);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, size - length);
      text = buffer.toString('utf8');
    } finally {
      await file.close();
    }
  } catch {
    return [];
  }
  const splitter = new LineSplitter();
  return [...splitter.push(text), ...splitter.end()].slice(-count);
}
