export declare class ProxyAgent {
  constructor(...args: unknown[]);
}
