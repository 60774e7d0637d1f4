// How long a step took, for the summary. process.hrtime is as monotonic as `performance.now()`,
// whose first use loads Node's perf_hooks: about 2 ms of every run.

/** Starts timing; the function returned gives the milliseconds since, rounded. */
export function startStopwatch(): () => number {
  const started = process.hrtime.bigint();
  return () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}
