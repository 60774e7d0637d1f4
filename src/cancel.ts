// What the runner does on cancel, as the action sees it. Linux and macOS: SIGINT, SIGTERM 7.5 s later,
// then SIGKILL 2.5 s after that (to the action's process only). Windows: Ctrl-C, then Ctrl-Break
// (SIGINT, then SIGBREAK). The first signal asks the action to stop; a second one means the time is
// up: report what is known and leave.

/** Where signals come from: this process, or a stand-in in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface ReceivedSignal {
  signal: NodeJS.Signals;
  /** Milliseconds since the epoch. */
  at: number;
}

export function cancelSignals(platform: NodeJS.Platform): NodeJS.Signals[] {
  return platform === 'win32' ? ['SIGINT', 'SIGTERM', 'SIGBREAK'] : ['SIGINT', 'SIGTERM'];
}

export class Cancellation {
  private readonly seen: ReceivedSignal[] = [];
  private readonly listeners = new Set<(received: ReceivedSignal, count: number) => void>();
  private readonly requestedController = new AbortController();
  private readonly timeUpController = new AbortController();
  private readonly handler = (signal: NodeJS.Signals): void => this.receive(signal);

  private constructor(
    private readonly source: SignalSource,
    private readonly signals: readonly NodeJS.Signals[],
    private readonly now: () => number,
  ) {
    for (const signal of signals) source.on(signal, this.handler);
  }

  /**
   * Takes over SIGINT and SIGTERM (and SIGBREAK on Windows) from Node's default, which would end
   * the action at once.
   */
  static listen(
    source: SignalSource = process,
    platform: NodeJS.Platform = process.platform,
    now: () => number = Date.now,
  ): Cancellation {
    return new Cancellation(source, cancelSignals(platform), now);
  }

  /** The signals received so far, in order. */
  get received(): readonly ReceivedSignal[] {
    return this.seen;
  }

  get requested(): boolean {
    return this.seen.length > 0;
  }

  /** Aborted at the first signal: stop starting anything new. */
  get requestedSignal(): AbortSignal {
    return this.requestedController.signal;
  }

  /** Aborted at the second signal: stop waiting for anything. */
  get timeUpSignal(): AbortSignal {
    return this.timeUpController.signal;
  }

  /** Calls `listener` with each signal as it comes; returns what unsubscribes it. */
  onSignal(listener: (received: ReceivedSignal, count: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Gives the signals back to Node's default handling. */
  dispose(): void {
    for (const signal of this.signals) this.source.off(signal, this.handler);
    this.listeners.clear();
  }

  private receive(signal: NodeJS.Signals): void {
    const received = { signal, at: this.now() };
    this.seen.push(received);
    if (this.seen.length === 1) this.requestedController.abort(signal);
    else this.timeUpController.abort(signal);
    for (const listener of this.listeners) listener(received, this.seen.length);
  }
}

/** Thrown when a step was abandoned because the action was asked to stop. */
export class Cancelled extends Error {}

/** `SIGINT`, or `SIGINT, then SIGTERM 7.5 s later`. */
export function describeSignals(received: readonly ReceivedSignal[]): string {
  const [first, ...rest] = received;
  if (first === undefined) return 'no signal';
  return [
    first.signal,
    ...rest.map(
      ({ signal, at }) => `then ${signal} ${((at - first.at) / 1000).toFixed(1)} s later`,
    ),
  ].join(', ');
}

/**
 * Settles with `work`, or rejects with `reason()` as soon as `signal` aborts: for steps that can
 * simply be abandoned (a download, an STS call) because nothing they leave is half-written.
 */
export function abandonOnAbort<T>(
  work: Promise<T>,
  signal: AbortSignal,
  reason: () => Error,
): Promise<T> {
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(reason());
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
