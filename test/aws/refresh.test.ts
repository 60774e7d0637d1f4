import { describe, expect, it, vi } from 'vitest';
import type { AwsCredentials } from '../../src/aws/environment.js';
import {
  RETRY_MILLISECONDS,
  RefreshingCredentials,
  type RefreshOptions,
  realTimers,
  refreshTime,
  type Timers,
} from '../../src/aws/refresh.js';

const MINUTE = 60_000;
const START = Date.parse('2030-01-01T00:00:00Z');

/** A clock that moves only when told, firing what was scheduled up to there, in order. */
class ManualTimers implements Timers {
  time = START;
  private readonly entries: { at: number; callback: () => void; cancelled: boolean }[] = [];

  now = (): number => this.time;

  schedule = (callback: () => void, milliseconds: number): (() => void) => {
    const entry = { at: this.time + milliseconds, callback, cancelled: false };
    this.entries.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };

  /** When the next callback is due; undefined when nothing is scheduled. */
  get next(): number | undefined {
    const pending = this.entries.filter((entry) => !entry.cancelled).map((entry) => entry.at);
    return pending.length === 0 ? undefined : Math.min(...pending);
  }

  /** Moves the clock to `time`, running each callback that falls due, and what it awaits. */
  async advanceTo(time: number): Promise<void> {
    for (;;) {
      const due = this.entries
        .filter((entry) => !entry.cancelled && entry.at <= time)
        .sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      due.cancelled = true;
      this.time = due.at;
      due.callback();
      await settle();
    }
    this.time = time;
  }
}

/** Lets promise callbacks run (the refresh's own awaits). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function session(n: number, expiresAt: number | undefined): AwsCredentials {
  return {
    accessKeyId: `ASIA${n}`,
    secretAccessKey: `secret-${n}`,
    sessionToken: `session-${n}`,
    expiration: expiresAt === undefined ? undefined : new Date(expiresAt),
  };
}

/** Credentials whose first session lasts `firstSeconds`; each refresh gives a new one of an hour. */
function refreshing(
  timers: ManualTimers,
  firstSeconds = 3600,
  overrides: Partial<RefreshOptions> = {},
) {
  let issued = 1;
  const assume = vi.fn(async () => {
    issued++;
    return session(issued, timers.now() + 3600_000);
  });
  const onRefreshFailed = vi.fn();
  const credentials = new RefreshingCredentials(session(1, START + firstSeconds * 1000), {
    assume,
    sessionSeconds: 3600,
    timers,
    onRefreshFailed,
    ...overrides,
  });
  return { credentials, assume, onRefreshFailed };
}

describe('refreshTime', () => {
  it.each([
    ['an hour', 3600, 50 * MINUTE],
    ['12 hours', 43200, 710 * MINUTE],
    ['15 minutes (the shortest STS gives)', 900, 7.5 * MINUTE],
    ['20 seconds', 20, 10_000],
  ])('replaces a session of %s at %d ms', (_, seconds, after) => {
    expect(refreshTime(START, START + seconds * 1000) - START).toBe(after);
  });

  it('replaces at once a session already expired', () => {
    expect(refreshTime(START, START - 1000)).toBe(START - 1000);
  });
});

describe('RefreshingCredentials', () => {
  it('hands out the first session until its refresh time, then a new one, by its own timer', async () => {
    const timers = new ManualTimers();
    const { credentials, assume } = refreshing(timers);
    expect(timers.next).toBe(START + 50 * MINUTE);

    await timers.advanceTo(START + 50 * MINUTE - 1);
    expect(assume).not.toHaveBeenCalled();
    expect((await credentials.current()).accessKeyId).toBe('ASIA1');

    await timers.advanceTo(START + 50 * MINUTE);
    expect(assume).toHaveBeenCalledTimes(1);
    expect(await credentials.provider()).toMatchObject({
      accessKeyId: 'ASIA2',
      expiration: new Date(START + 110 * MINUTE),
    });
    // The next one, 10 minutes before the new session ends.
    expect(timers.next).toBe(START + 100 * MINUTE);
    await timers.advanceTo(START + 100 * MINUTE);
    expect(assume).toHaveBeenCalledTimes(2);
    expect((await credentials.current()).accessKeyId).toBe('ASIA3');
  });

  it('refreshes on demand when asked past the refresh time before the timer came, once for many callers', async () => {
    const timers = new ManualTimers();
    const { credentials, assume } = refreshing(timers);
    // The machine slept through the timer: the clock moved, the callback has not run yet.
    timers.time = START + 55 * MINUTE;
    const answers = await Promise.all([
      credentials.current(),
      credentials.current(),
      credentials.provider(),
    ]);
    expect(assume).toHaveBeenCalledTimes(1);
    expect(answers.map((answer) => answer.accessKeyId)).toEqual(['ASIA2', 'ASIA2', 'ASIA2']);
  });

  it('keeps handing out the current session while a refresh fails, and retries after a pause', async () => {
    const timers = new ManualTimers();
    const failure = new Error('STS is down');
    const failing = vi.fn(async (): Promise<AwsCredentials> => {
      throw failure;
    });
    const { credentials, onRefreshFailed } = refreshing(timers, 3600, { assume: failing });

    await timers.advanceTo(START + 50 * MINUTE);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(onRefreshFailed).toHaveBeenCalledWith(failure, new Date(START + 60 * MINUTE));

    // Asked again at once: no new attempt before the pause is over, the old session still serves.
    expect((await credentials.current()).accessKeyId).toBe('ASIA1');
    expect(failing).toHaveBeenCalledTimes(1);
    expect(timers.next).toBe(START + 50 * MINUTE + RETRY_MILLISECONDS);

    await timers.advanceTo(START + 50 * MINUTE + RETRY_MILLISECONDS);
    expect(failing).toHaveBeenCalledTimes(2);

    // Once the session has expired, a failed refresh is an error that says so.
    timers.time = START + 60 * MINUTE;
    await expect(credentials.current()).rejects.toThrow(
      'The AWS credentials expired at 2030-01-01T01:00:00.000Z and could not be refreshed',
    );
  });

  it('recovers when STS answers again', async () => {
    const timers = new ManualTimers();
    let down = true;
    const assume = vi.fn(async () => {
      if (down) throw new Error('STS is down');
      return session(2, timers.now() + 3600_000);
    });
    const { credentials } = refreshing(timers, 3600, { assume });
    await timers.advanceTo(START + 50 * MINUTE);
    down = false;
    await timers.advanceTo(START + 50 * MINUTE + RETRY_MILLISECONDS);
    expect(assume).toHaveBeenCalledTimes(2);
    expect((await credentials.current()).accessKeyId).toBe('ASIA2');
    expect(timers.next).toBe(START + 50 * MINUTE + RETRY_MILLISECONDS + 50 * MINUTE);
  });

  it('takes the session length asked for when STS gives no expiry', async () => {
    const timers = new ManualTimers();
    const credentials = new RefreshingCredentials(session(1, undefined), {
      assume: async () => session(2, undefined),
      sessionSeconds: 900,
      timers,
    });
    expect((await credentials.current()).expiration).toEqual(new Date(START + 15 * MINUTE));
    expect(timers.next).toBe(START + 7.5 * MINUTE);
  });

  it('stops refreshing when stopped', async () => {
    const timers = new ManualTimers();
    const { credentials, assume } = refreshing(timers);
    credentials.stop();
    expect(timers.next).toBeUndefined();
    await timers.advanceTo(START + 3 * 60 * MINUTE);
    expect(assume).not.toHaveBeenCalled();
  });

  it('never keeps the process alive with its timer', () => {
    const timers = (): number =>
      process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const cancel = realTimers.schedule(() => {}, 60 * MINUTE);
    try {
      expect(timers()).toBe(before);
    } finally {
      cancel();
    }
  });
});
