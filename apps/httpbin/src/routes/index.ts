/** Every route of the server, grouped by theme. */
import type { Route } from '../router.js';
import { authRoutes } from './auth.js';
import { cacheRoutes } from './cache.js';
import { cookieRoutes } from './cookies.js';
import { digestRoutes } from './digest.js';
import { dynamicRoutes } from './dynamic.js';
import { encodingRoutes } from './encoding.js';
import { extraRoutes } from './extras.js';
import { formatRoutes } from './formats.js';
import { imageRoutes } from './images.js';
import { redirectRoutes } from './redirects.js';
import { requestRoutes } from './requests.js';
import { statusRoutes } from './status.js';
import { streamRoutes } from './streams.js';

/** All routes, in no significant order (patterns do not overlap). */
export const allRoutes: readonly Route[] = [
  ...requestRoutes,
  ...statusRoutes,
  ...redirectRoutes,
  ...cookieRoutes,
  ...authRoutes,
  ...digestRoutes,
  ...encodingRoutes,
  ...formatRoutes,
  ...streamRoutes,
  ...dynamicRoutes,
  ...cacheRoutes,
  ...imageRoutes,
  ...extraRoutes,
];
