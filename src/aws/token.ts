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
