// The main step's entry. The last-resort catch: whatever escapes run() ends as one error line, never a
// stack trace. The explicit exit: Packer may have been left running on purpose, and nothing else
// (a socket, a timer) may keep the step alive once its report is written.
import { lastResort } from './last-resort.js';
import { run } from './main.js';

await run().catch(lastResort);
process.exit();
