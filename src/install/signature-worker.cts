// A worker thread's entry, built as its own bundle (dist/signature-worker/): it verifies SHA256SUMS's
// signature with openpgp, so that loading openpgp does not hold the main thread, which meanwhile
// extracts the zip as it arrives. One request in workerData, one answer posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import {
  type SignatureAnswer,
  type SignatureRequest,
  verifyDetachedSignature,
} from './signature.js';

const { data, signature, armoredKey } = workerData as SignatureRequest;
const answer = (message: SignatureAnswer) => parentPort?.postMessage(message);
verifyDetachedSignature(data, signature, armoredKey).then(
  (fingerprint) => answer({ fingerprint }),
  (error: unknown) => answer({ error: errorMessage(error) }),
);
