import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abandonOnAbort, Cancellation, cancelSignals, describeSignals } from '../src/cancel.js';

function listening(platform: NodeJS.Platform = 'linux') {
  const source = new EventEmitter();
  let now = 1000;
  const cancellation = Cancellation.listen(source, platform, () => now);
  return {
    source,
    cancellation,
    at: (ms: number) => {
      now = ms;
    },
  };
}

describe('Cancellation', () => {
  it.each<[NodeJS.Platform, NodeJS.Signals[]]>([
    ['linux', ['SIGINT', 'SIGTERM']],
    ['darwin', ['SIGINT', 'SIGTERM']],
    ['win32', ['SIGINT', 'SIGTERM', 'SIGBREAK']],
  ])('on %s takes over %j', (platform, signals) => {
    expect(cancelSignals(platform)).toEqual(signals);
    const { source } = listening(platform);
    for (const signal of signals) expect(source.listenerCount(signal)).toBe(1);
  });

  it('asks to stop at the first signal and says time is up at the second', () => {
    const { source, cancellation, at } = listening();
    const heard: string[] = [];
    cancellation.onSignal(({ signal }, count) => heard.push(`${count}:${signal}`));
    expect(cancellation.requested).toBe(false);

    source.emit('SIGINT', 'SIGINT');
    expect(cancellation.requested).toBe(true);
    expect(cancellation.requestedSignal.aborted).toBe(true);
    expect(cancellation.timeUpSignal.aborted).toBe(false);

    at(8500);
    source.emit('SIGTERM', 'SIGTERM');
    expect(cancellation.timeUpSignal.aborted).toBe(true);
    expect(heard).toEqual(['1:SIGINT', '2:SIGTERM']);
    expect(cancellation.received).toEqual([
      { signal: 'SIGINT', at: 1000 },
      { signal: 'SIGTERM', at: 8500 },
    ]);
  });

  it('on Windows, Ctrl-Break after Ctrl-C says time is up', () => {
    const { source, cancellation } = listening('win32');
    source.emit('SIGINT', 'SIGINT');
    source.emit('SIGBREAK', 'SIGBREAK');
    expect(cancellation.timeUpSignal.aborted).toBe(true);
  });

  it('gives the signals back when disposed', () => {
    const { source, cancellation } = listening();
    cancellation.dispose();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
  });
});

describe('describeSignals', () => {
  it.each([
    [[], 'no signal'],
    [[{ signal: 'SIGINT', at: 0 }], 'SIGINT'],
    [
      [
        { signal: 'SIGINT', at: 0 },
        { signal: 'SIGTERM', at: 7500 },
      ],
      'SIGINT, then SIGTERM 7.5 s later',
    ],
  ] as const)('%j → %s', (received, text) => {
    expect(describeSignals(received.map((r) => ({ ...r })))).toBe(text);
  });
});

describe('abandonOnAbort', () => {
  it('settles as the work does when no signal comes', async () => {
    const controller = new AbortController();
    await expect(
      abandonOnAbort(Promise.resolve(7), controller.signal, () => new Error('x')),
    ).resolves.toBe(7);
    await expect(
      abandonOnAbort(
        Promise.reject(new Error('work failed')),
        controller.signal,
        () => new Error('x'),
      ),
    ).rejects.toThrow('work failed');
  });

  it('rejects at once when the signal aborts, whatever the work does later', async () => {
    const controller = new AbortController();
    let finish: (value: number) => void = () => {};
    const work = new Promise<number>((resolve) => {
      finish = resolve;
    });
    const abandoned = abandonOnAbort(work, controller.signal, () => new Error('cancelled'));
    controller.abort();
    await expect(abandoned).rejects.toThrow('cancelled');
    finish(1);
  });

  it('rejects when the signal had already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      abandonOnAbort(new Promise(() => {}), controller.signal, () => new Error('cancelled')),
    ).rejects.toThrow('cancelled');
  });
});
