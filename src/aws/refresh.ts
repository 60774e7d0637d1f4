// One assumed-role session at a time, replaced before it expires: by a timer set ahead of the expiry,
// and on demand when credentials are asked for past that point. The endpoint Packer reads and the
// action's own SDK clients share it, so all of them hold the same, current session. Free of the AWS
// SDK; the clock and the timers are injectable.
import type { AwsCredentials, CredentialProvider } from './environment.js';

/**
 * How long before its expiry a session is replaced, at most: more than the 5 minutes before expiry
 * at which the SDKs (JavaScript v3, Go v1 and v2) fetch again, so that what they fetch then is
 * already the next session, and enough for STS's retries when it is slow.
 */
export const REFRESH_MARGIN_MILLISECONDS = 10 * 60_000;
/** After a failed refresh, the next attempt (by the timer or on demand) waits this long. */
export const RETRY_MILLISECONDS = 30_000;

export interface Timers {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` after `milliseconds` without keeping the process alive; returns a cancel. */
  schedule(callback: () => void, milliseconds: number): () => void;
}

export const realTimers: Timers = {
  now: Date.now,
  schedule: (callback, milliseconds) => {
    const timer = setTimeout(callback, milliseconds);
    // A pending refresh must never be what keeps the action (or its post step) running.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/**
 * When a session obtained at `obtainedAt` and expiring at `expiresAt` is replaced: the margin before
 * its expiry, or halfway through a session shorter than twice the margin.
 */
export function refreshTime(
  obtainedAt: number,
  expiresAt: number,
  marginMilliseconds = REFRESH_MARGIN_MILLISECONDS,
): number {
  const lifetime = Math.max(0, expiresAt - obtainedAt);
  return expiresAt - Math.min(marginMilliseconds, lifetime / 2);
}

export interface RefreshOptions {
  /** A new session: a fresh OIDC token, then AssumeRoleWithWebIdentity. */
  assume: () => Promise<AwsCredentials>;
  /** The session length asked for: the expiry of a session whose answer gives none. */
  sessionSeconds: number;
  /** Told of each failed refresh, with when the session still held expires. */
  onRefreshFailed?: (error: unknown, expiresAt: Date) => void;
  timers?: Timers;
  marginMilliseconds?: number;
}

interface Session {
  credentials: AwsCredentials & { expiration: Date };
  refreshAt: number;
}

export class RefreshingCredentials {
  private session: Session;
  private pending: Promise<Session> | undefined;
  /** No refresh is attempted before this time after a failure (unless the session has expired). */
  private retryAt = 0;
  private cancelTimer: (() => void) | undefined;
  private stopped = false;
  private readonly timers: Timers;

  /** Takes over `first`, a session just obtained, and schedules its replacement. */
  constructor(
    first: AwsCredentials,
    private readonly options: RefreshOptions,
  ) {
    this.timers = options.timers ?? realTimers;
    this.session = this.sessionOf(first, this.timers.now());
    this.scheduleAt(this.session.refreshAt);
  }

  /** For the SDK clients: they call it again when what it gave is 5 minutes from its expiry. */
  readonly provider: CredentialProvider = () => this.current();

  /**
   * The current session's credentials, refreshed first when past their refresh time. When the refresh
   * fails, the session held is given while it has not expired.
   */
  async current(): Promise<AwsCredentials & { expiration: Date }> {
    const now = this.timers.now();
    const { credentials, refreshAt } = this.session;
    const expiresAt = credentials.expiration.getTime();
    if (now < refreshAt || (now < this.retryAt && now < expiresAt)) return credentials;
    try {
      return (await this.refresh()).credentials;
    } catch (error) {
      if (this.timers.now() < expiresAt) return credentials;
      throw new Error(
        `The AWS credentials expired at ${credentials.expiration.toISOString()} and could not be refreshed`,
        { cause: error },
      );
    }
  }

  /** Stops refreshing: for the end of the run. What was handed out stays valid until it expires. */
  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
  }

  private refresh(): Promise<Session> {
    this.pending ??= this.assumeAgain().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async assumeAgain(): Promise<Session> {
    const started = this.timers.now();
    try {
      this.session = this.sessionOf(await this.options.assume(), started);
      this.retryAt = 0;
      this.scheduleAt(this.session.refreshAt);
      return this.session;
    } catch (error) {
      this.retryAt = this.timers.now() + RETRY_MILLISECONDS;
      this.scheduleAt(this.retryAt);
      this.options.onRefreshFailed?.(error, this.session.credentials.expiration);
      throw error;
    }
  }

  private sessionOf(credentials: AwsCredentials, obtainedAt: number): Session {
    const expiration =
      credentials.expiration ?? new Date(obtainedAt + this.options.sessionSeconds * 1000);
    return {
      credentials: { ...credentials, expiration },
      refreshAt: refreshTime(obtainedAt, expiration.getTime(), this.options.marginMilliseconds),
    };
  }

  private scheduleAt(time: number): void {
    this.cancelTimer?.();
    if (this.stopped) return;
    this.cancelTimer = this.timers.schedule(
      () => {
        // A failure is reported through onRefreshFailed and retried by the next timer.
        this.refresh().catch(() => {});
      },
      Math.max(0, time - this.timers.now()),
    );
  }
}
