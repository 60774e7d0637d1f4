// What a GitHub OIDC token says about this run, read only to explain a refusal: the signature is
// AWS's business, not ours.

export interface TokenClaims {
  sub?: string;
  aud?: string;
  iss?: string;
}

/** The `sub`, `aud` and `iss` claims of a JWT, without verifying it; empty when it cannot be read. */
export function tokenClaims(jwt: string): TokenClaims {
  const payload = jwt.split('.')[1];
  if (payload === undefined) return {};
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return {};
  }
  if (typeof decoded !== 'object' || decoded === null) return {};
  const { sub, aud, iss } = decoded as Record<string, unknown>;
  const claims: TokenClaims = {};
  if (typeof sub === 'string') claims.sub = sub;
  if (typeof aud === 'string') claims.aud = aud;
  if (Array.isArray(aud)) claims.aud = aud.filter((item) => typeof item === 'string').join(', ');
  if (typeof iss === 'string') claims.iss = iss;
  return claims;
}

/** The issuer of github.com's tokens: what a hint names only when a token's own `iss` is unreadable. */
const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com';

/**
 * The IAM OIDC identity provider a role must trust for these claims, built from the token's own
 * issuer: `token.actions.githubusercontent.com` on github.com, `<host>/_services/token` on GitHub
 * Enterprise Server. IAM names the provider, and prefixes its condition keys, by the issuer URL
 * without `https://`.
 */
export function oidcProvider(claims: TokenClaims): { issuer: string; name: string } {
  const issuer = claims.iss ?? GITHUB_COM_ISSUER;
  return { issuer, name: issuer.replace(/^https:\/\//, '').replace(/\/+$/, '') };
}

/**
 * The repository part of a subject, `repo:<owner>/<repo>` or, in GitHub's immutable format,
 * `repo:<owner>@<owner id>/<repo>@<repo id>`; undefined for another kind of subject.
 */
export function subjectRepository(sub: string | undefined): string | undefined {
  return /^repo:[^:]+/.exec(sub ?? '')?.[0];
}

/** Whether a subject names owner and repository by their ids as well (`repo:octo@1/app@2:…`). */
export function isImmutableSubject(sub: string | undefined): boolean {
  return /^repo:[^:/@]+@\d+\/[^:/@]+@\d+:/.test(sub ?? '');
}
