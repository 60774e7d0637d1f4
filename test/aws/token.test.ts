import { describe, expect, it } from 'vitest';
import { tokenClaims } from '../../src/aws/token.js';

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
