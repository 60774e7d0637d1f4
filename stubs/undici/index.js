// @actions/http-client imports undici only for getAgentDispatcher(), which fetch-based callers use
// to honour proxies; this action never calls it (its HTTP goes through node:http). Evaluating the
// real undici costs about 90 ms on every start, most of the action's overhead on a warm tool cache,
// so package.json's `overrides` puts this stub in its place. Anything that does reach it fails loudly.
export class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is not bundled in this action: @actions/http-client getAgentDispatcher() is unsupported here',
    );
  }
}
