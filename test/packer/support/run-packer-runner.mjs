// The "action process" of run.test.ts's signal test: `node run-packer-runner.mjs <run.js> <fake packer>`.
// Runs runPacker on the fake packer in trap mode, echoes each record's message, and prints the result as
// the last line once runPacker returns: the test sends SIGTERM to this process, never to itself.
import { pathToFileURL } from 'node:url';

const [runModule = '', fakePacker = ''] = process.argv.slice(2);
const { runPacker } = await import(pathToFileURL(runModule).href);
const result = await runPacker(process.execPath, [fakePacker, 'trap'], {
  cwd: process.cwd(),
  env: process.env,
  onLine: (line) => process.stdout.write(`line: ${line.data[1]}\n`),
});
process.stdout.write(`result: ${JSON.stringify(result)}\n`);
