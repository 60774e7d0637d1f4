// Removing what a run leaves behind (an install's staging folder, the work directory of Packer's
// output). Each removal retries as the toolkit's io.rmRF does (an antivirus holding a fresh packer.exe
// on Windows: EBUSY, EPERM), and a removal that still fails is a warning: it never replaces the
// error that stopped the run, nor fails a run that worked.
import * as core from '@actions/core';
import * as io from '@actions/io';
import { errorMessage } from './errors.js';

/** Removes `path` (a file or a folder tree); `what` names it for the warning. */
export async function removeQuietly(path: string, what: string): Promise<void> {
  try {
    await io.rmRF(path);
  } catch (error) {
    core.warning(
      `Could not remove ${what} ${path} (${errorMessage(error)}). It is not in use any more: ` +
        'delete it by hand if it stays.',
    );
  }
}
