import type { Store } from "@keel/store";
import type { AccessCache } from "./auth/access-cache.js";
import type { RateLimiter } from "./auth/rate-limit.js";
import type { ServerConfig } from "./config.js";
import type { ChangeFeed } from "./events/change-feed.js";
import type { Logger } from "./log.js";

/** What route handlers can reach besides the request. */
export interface ServerServices {
  readonly store: Store;
  readonly config: ServerConfig;
  readonly loginLimiter: RateLimiter;
  readonly access: AccessCache;
  readonly feed: ChangeFeed;
  readonly log: Logger;
}
