import { readdirSync, readFileSync } from 'node:fs';

const PACKER_FIXTURES = new URL('../fixtures/packer-1.6.6/', import.meta.url);

/** A recorded Packer 1.6.6 output (see test/fixtures/packer-1.6.6/README.md). */
export function packerFixture(name: string): string {
  return readFileSync(new URL(name, PACKER_FIXTURES), 'utf8');
}

export function packerFixtureNames(): string[] {
  return readdirSync(PACKER_FIXTURES).filter((name) => name.endsWith('.machine.log'));
}
