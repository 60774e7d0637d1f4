import * as core from '@actions/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDiagnostics } from '../../src/packer/diagnostics.js';
import { decodeRecords } from '../../src/packer/stream.js';
import { annotate } from '../../src/report/annotations.js';
import { packerFixture } from '../support/fixtures.js';

vi.mock('@actions/core', () => ({ error: vi.fn() }));

const workspace = '/home/runner/work/repo/repo';

beforeEach(() => vi.clearAllMocks());

describe('annotate', () => {
  it('puts an HCL2 error on its file and line', () => {
    const lines = decodeRecords(packerFixture('validate-hcl2-error.machine.log'));
    annotate(validateDiagnostics(lines, { workspace, workingDirectory: `${workspace}/images` }));
    expect(vi.mocked(core.error).mock.calls).toEqual([
      [
        expect.stringContaining('An argument named "instance_typ" is not expected here.'),
        { title: 'Error: Unsupported argument', file: 'images/bad_node.pkr.hcl', startLine: 3 },
      ],
    ]);
  });

  it('puts an error without location on the run, with its title', () => {
    annotate([
      { title: 'Error: Failed to prepare build: "amazon-ebs"', message: 'unknown key' },
      { title: 'Second', message: 'also' },
    ]);
    expect(vi.mocked(core.error).mock.calls).toEqual([
      ['unknown key', { title: 'Error: Failed to prepare build: "amazon-ebs"' }],
      ['also', { title: 'Second' }],
    ]);
  });

  it('writes nothing without diagnostics', () => {
    annotate([]);
    expect(core.error).not.toHaveBeenCalled();
  });
});
