// Stands in for the packer binary in run.test.ts: `node fake-packer.mjs <mode> [...]`.
import { readFileSync } from 'node:fs';

const [mode, ...args] = process.argv.slice(2);

/** Writes text in small chunks, each on its own turn of the event loop, so lines cross chunks. */
async function writeInChunks(stream, text, size) {
  for (let start = 0; start < text.length; start += size) {
    await new Promise((resolve) => stream.write(text.slice(start, start + size), resolve));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

switch (mode) {
  // replay <file> <exit code>: a recorded output on stdout.
  case 'replay': {
    const [file = '', exitCode = '0'] = args;
    await writeInChunks(process.stdout, readFileSync(file, 'utf8'), 7);
    process.exitCode = Number(exitCode);
    break;
  }
  // Plain text on stderr among records on stdout, CRLF and a last line without newline.
  case 'mixed': {
    await writeInChunks(process.stdout, '1,,ui,say,first\r\n', 5);
    await writeInChunks(process.stderr, 'Usage: packer init\n', 5);
    await writeInChunks(process.stdout, '2,,ui,say,é%!(PACKER_COMMA) second\n3,,ui,say,last\n', 3);
    await writeInChunks(process.stderr, 'plain without newline', 4);
    break;
  }
  // Where it runs, and what PACKER_TEST_VALUE is.
  case 'env': {
    process.stdout.write(
      `1,,ui,say,${process.cwd()}\n1,,ui,say,${process.env.PACKER_TEST_VALUE}\n`,
    );
    break;
  }
  // Like packer interrupted during a build: cleans up, then exits 1 on its own.
  case 'trap': {
    const cleanUp = (signal) => {
      process.stdout.write(`1,,ui,say,cleaning up after ${signal}\n`);
      setTimeout(() => {
        process.stdout.write('1,,ui,say,Cleanly cancelled builds after being interrupted.\n');
        process.exit(1);
      }, 200);
    };
    process.once('SIGTERM', cleanUp);
    process.once('SIGINT', cleanUp);
    process.stdout.write('1,,ui,say,ready\n');
    setTimeout(() => process.exit(0), 10_000);
    break;
  }
  // Ignores SIGINT, as Packer's wrapper does when the signal reaches its pid alone: says so, and runs
  // on for 10 s.
  case 'stubborn': {
    process.on('SIGINT', () => process.stdout.write('1,,ui,say,ignoring SIGINT\n'));
    process.stdout.write('1,,ui,say,ready\n');
    setTimeout(() => process.exit(0), 10_000);
    break;
  }
  // Leaves a process behind that holds its output open (as an interrupted provisioner's shell
  // does), and exits with an unterminated last line.
  case 'orphan': {
    const { spawn } = await import('node:child_process');
    spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    }).unref();
    process.stdout.write('1,,ui,say,left a process behind\n1,,ui,say,last');
    process.exitCode = 1;
    break;
  }
  // Ended by a signal it cannot catch.
  case 'killed': {
    process.stdout.write('1,,ui,say,going\n');
    process.kill(process.pid, 'SIGKILL');
    break;
  }
  default:
    process.stderr.write(`fake-packer: unknown mode '${mode}'\n`);
    process.exitCode = 2;
}
