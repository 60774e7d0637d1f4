// The post step's entry (post-if: always()). Its bundle is apart from the main step's, so that a run
// that ended cleanly costs a read of the saved state and nothing else.
import { lastResort } from './last-resort.js';
import { runPost } from './post/run.js';

await runPost().catch(lastResort);
process.exit();
