#!/usr/bin/env node
// A stand-in for Packer 1.6.6 that replays a recorded `-machine-readable` build instead of reaching
// AWS. The releases mirror ships it as `packer`; the test drives it through the environment, which the
// action passes on to Packer:
//   REPLAY_PACKER_LOG         the recorded output `build` prints (an absolute path)
//   REPLAY_PACKER_EXIT_CODE   the exit status of `build` (default 0)
//   REPLAY_PACKER_WAIT_BEFORE text of the first line held back until SIGINT or SIGTERM arrives, as
//                             Packer holds its cleanup until it is interrupted
//   REPLAY_PACKER_RECORD      where `build` writes its arguments and the AWS_*, PACKER_*, CHECKPOINT_*
//                             and ACTIONS_* variables it was given, as JSON
//   REPLAY_PACKER_FETCH_CREDENTIALS  seconds during which `build` first asks the container-credentials
//                             endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI, with the token) for credentials
//                             every 250 ms, as an SDK would; the answers go into the record
//   REPLAY_PACKER_VERSION     the version `version` reports (default 1.6.6)
'use strict';
const fs = require('node:fs');

// Never outlive a test that forgot to send the signal.
const SIGNAL_WAIT_MILLISECONDS = 30_000;
const RECORDED = /^(?:AWS|PACKER|CHECKPOINT|ACTIONS)_/;

const [command] = process.argv.slice(2);
switch (command) {
  case 'version':
    process.stdout.write(`Packer v${process.env.REPLAY_PACKER_VERSION || '1.6.6'}\n`);
    break;
  case 'validate':
    break;
  case 'build':
    build().catch((error) => {
      process.stderr.write(`replay-packer: ${error.stack}\n`);
      process.exitCode = 2;
    });
    break;
  default:
    process.stderr.write(`replay-packer: unexpected command ${command}\n`);
    process.exitCode = 2;
}

/** What the endpoint answered, asked every 250 ms for `seconds`: time, status and the answer. */
async function fetchCredentials(seconds) {
  const answers = [];
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const at = Date.now();
    const response = await fetch(process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI, {
      headers: { authorization: process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN },
    });
    answers.push({ at, status: response.status, body: await response.json() });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return answers;
}

async function build() {
  const env = process.env;
  if (env.REPLAY_PACKER_RECORD) {
    const recorded = Object.entries(env).filter(([name]) => RECORDED.test(name));
    const record = { args: process.argv.slice(2), env: Object.fromEntries(recorded) };
    if (env.REPLAY_PACKER_FETCH_CREDENTIALS) {
      record.credentials = await fetchCredentials(Number(env.REPLAY_PACKER_FETCH_CREDENTIALS));
    }
    fs.writeFileSync(env.REPLAY_PACKER_RECORD, JSON.stringify(record, null, 2));
  }
  const lines = fs.readFileSync(env.REPLAY_PACKER_LOG ?? '', 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const exitCode = Number(env.REPLAY_PACKER_EXIT_CODE ?? '0');
  const print = (part) => {
    for (const line of part) process.stdout.write(`${line}\n`);
  };

  const waitBefore = env.REPLAY_PACKER_WAIT_BEFORE;
  if (!waitBefore) {
    print(lines);
    process.exitCode = exitCode;
    return;
  }
  const held = lines.findIndex((line) => line.includes(waitBefore));
  if (held < 0) {
    process.stderr.write(`replay-packer: no line of ${env.REPLAY_PACKER_LOG} has ${waitBefore}\n`);
    process.exitCode = 2;
    return;
  }
  const timeout = setTimeout(() => {
    process.stderr.write('replay-packer: no SIGINT or SIGTERM came\n');
    process.exitCode = 3;
  }, SIGNAL_WAIT_MILLISECONDS);
  const finish = () => {
    clearTimeout(timeout);
    print(lines.slice(held));
    process.exitCode = exitCode;
  };
  // Listening before the first line is out: the test signals as soon as it sees that line.
  process.once('SIGINT', finish);
  process.once('SIGTERM', finish);
  print(lines.slice(0, held));
}
