import { describe, expect, it } from 'vitest';
import * as auth from '../src/index.js';

describe('@reqs/auth public names', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(auth).sort()).toEqual([
      'HTTPBasicAuth',
      'HTTPDigestAuth',
      'HTTPProxyAuth',
      'NetrcParseError',
      'getNetrcAuth',
      'parseNetrc',
      'supportedDigestAlgorithms',
    ]);
  });
});
