// The one thing a post step after a clean run needs to know, read without loading anything else
// (not even @actions/core): the runner gives the main step's saved state as STATE_<name>.

/** The state name under which the main step says how it ended. */
export const END_STATE = 'end';

export function mainEndedCleanly(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[`STATE_${END_STATE}`] === 'clean';
}
