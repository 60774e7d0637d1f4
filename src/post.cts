// The post step's entry (post-if: always()). Its bundle is apart from the main step's, and after a
// clean run it reads one variable and loads nothing more: the rest is loaded only when there may be
// something to wait for or clean up.
import { mainEndedCleanly } from './post/clean.js';

if (!mainEndedCleanly()) {
  const [{ runPost }, { lastResort }] = await Promise.all([
    import('./post/run.js'),
    import('./last-resort.js'),
  ]);
  await runPost().catch(lastResort);
}
process.exit();
