import { describe, expect, it } from 'vitest';
import {
  isImmutableSubject,
  oidcProvider,
  subjectRepository,
  tokenClaims,
} from '../../src/aws/token.js';

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown) =>
  `${segment({ alg: 'RS256', typ: 'JWT' })}.${segment(payload)}.c2lnbmF0dXJl`;

describe('tokenClaims', () => {
  it.each([
    [
      'a GitHub token',
      jwt({
        sub: 'repo:org/repo:ref:refs/tags/v1.2.3',
        aud: 'sts.amazonaws.com',
        iss: 'https://token.actions.githubusercontent.com',
        repository: 'org/repo',
      }),
      {
        sub: 'repo:org/repo:ref:refs/tags/v1.2.3',
        aud: 'sts.amazonaws.com',
        iss: 'https://token.actions.githubusercontent.com',
      },
    ],
    ['several audiences', jwt({ aud: ['a', 'b'] }), { aud: 'a, b' }],
    ['claims of other types', jwt({ sub: 1, aud: null }), {}],
    ['a payload that is not JSON', `x.${Buffer.from('nope').toString('base64url')}.y`, {}],
    ['a payload that is not an object', jwt('text'), {}],
    ['no payload at all', 'opaque-token', {}],
  ])('reads %s', (_, token, claims) => expect(tokenClaims(token)).toEqual(claims));
});

describe('oidcProvider', () => {
  it.each([
    [
      'github.com',
      { iss: 'https://token.actions.githubusercontent.com' },
      'token.actions.githubusercontent.com',
    ],
    [
      'GitHub Enterprise Server',
      { iss: 'https://ghes.example.com/_services/token' },
      'ghes.example.com/_services/token',
    ],
    ['an unreadable token (github.com assumed)', {}, 'token.actions.githubusercontent.com'],
  ])('names the provider of %s by its issuer', (_, claims, name) => {
    expect(oidcProvider(claims).name).toBe(name);
    expect(oidcProvider(claims).issuer).toBe(`https://${name}`);
  });
});

describe('subjects', () => {
  it.each([
    ['repo:octo/app:ref:refs/tags/v1', 'repo:octo/app', false],
    ['repo:octo/app:environment:images', 'repo:octo/app', false],
    ['repo:octo@1234/app@567890:environment:images', 'repo:octo@1234/app@567890', true],
    ['repo:octo@1234/app@567890:pull_request', 'repo:octo@1234/app@567890', true],
    ['repo:octo@x/app@y:pull_request', 'repo:octo@x/app@y', false],
    ['something-else', undefined, false],
    [undefined, undefined, false],
  ])('%s: repository %s, immutable %s', (sub, repository, immutable) => {
    expect(subjectRepository(sub)).toBe(repository);
    expect(isImmutableSubject(sub)).toBe(immutable);
  });
});
