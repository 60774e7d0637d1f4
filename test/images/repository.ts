// Where the image repository's files are, for the offline checks in test/images.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PACKER_DIR = join(ROOT, 'packer');
export const WORKFLOWS_DIR = join(ROOT, '.github', 'workflows');

/** Template directories: the directories of packer/ that hold .pkr.hcl files, sorted. */
export async function listTemplates(): Promise<string[]> {
  const entries = await readdir(PACKER_DIR, { withFileTypes: true });
  const templates: string[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const files = await readdir(join(PACKER_DIR, entry.name));
    if (files.some((file) => file.endsWith('.pkr.hcl'))) {
      templates.push(entry.name);
    }
  }
  return templates.sort();
}

/** Files under a directory (recursively) whose names end with `suffix`, as absolute paths, sorted. */
export async function listFiles(directory: string, suffix: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
