// The post step's entry (post-if: always()). Its bundle is apart from the main step's, and after a
// clean run it reads one variable and loads nothing more: the rest is loaded only when there may be
// something to wait for or clean up.
import clean = require('./post/clean.js');

async function post(): Promise<void> {
  if (clean.mainEndedCleanly()) return;
  const [{ runPost }, { lastResort }] = await Promise.all([
    import('./post/run.js'),
    import('./last-resort.js'),
  ]);
  await runPost().catch(lastResort);
}

// Not `finally`: a module that cannot be loaded must stay an unhandled rejection (exit code 1),
// never end in the explicit exit's 0.
void post().then(() => process.exit());
