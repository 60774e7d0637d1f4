/**
 * A problem with one input: names the input, the value given and what is allowed. The action prints
 * each as one `::error::` line, without a stack trace, before anything is downloaded or run.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(`Input '${input}' is ${value === '' ? 'empty' : `'${value}'`}: ${allowed}`);
    this.name = 'InputError';
  }
}

/** Several input problems found in one pass, so the user can fix them all at once. */
export class InputErrors extends Error {
  constructor(readonly problems: InputError[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = 'InputErrors';
  }
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
