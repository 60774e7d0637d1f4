// A worker thread's entry, built as its own bundle (dist/signature-worker/): it verifies SHA256SUMS's
// signature with openpgp, so that loading openpgp does not hold the main thread, which meanwhile
// extracts the zip as it arrives. One request in workerData, one answer posted back.
import workerThreads = require('node:worker_threads');
import errors = require('../errors.js');
import check = require('./signature.js');

const { data, signature, armoredKey } = workerThreads.workerData as check.SignatureRequest;
const answer = (message: check.SignatureAnswer) => workerThreads.parentPort?.postMessage(message);
check.verifyDetachedSignature(data, signature, armoredKey).then(
  (fingerprint) => answer({ fingerprint }),
  (error: unknown) => answer({ error: errors.errorMessage(error) }),
);
