import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProxyAgent } from '../../stubs/undici/index.js';

const bundle = () => fs.readFileSync(new URL('../../dist/index.cjs', import.meta.url), 'utf8');

describe('the undici stand-in', () => {
  it('fails loudly if anything ever asks it for a proxy agent', () => {
    expect(() => new ProxyAgent()).toThrow(/getAgentDispatcher\(\) is unsupported/);
  });

  it('is what the bundle holds instead of undici (whose start-up costs ~90 ms a run)', () => {
    const text = bundle();
    expect(text).toContain('undici is not bundled in this action');
    expect(text).not.toMatch(/llhttp/);
  });
});
