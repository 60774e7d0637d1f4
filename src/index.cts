// The main step's entry. The last-resort catch: whatever escapes run() ends as one error line, never a
// stack trace. The explicit exit: Packer may have been left running on purpose, and nothing else
// (a socket, a timer) may keep the step alive once its report is written; only after a report, so
// that anything escaping even lastResort stays an unhandled rejection (exit code 1). A CommonJS
// file, as the other entries are: see scripts/build.ts.
import lastResort = require('./last-resort.js');
import main = require('./main.js');

void main
  .run()
  .catch(lastResort.lastResort)
  .then(() => process.exit());
