// The cost of header handling on the hot path: the plain dict (what library code uses), its
// bracket view (what users get), and a whole prepare(). Run: pnpm exec vitest bench --run
import { bench, describe } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';
import { PreparedRequest } from '../src/prepared-request.js';

const init = {
  'User-Agent': 'reqs/0.0.0',
  'Accept-Encoding': 'gzip, deflate, br, zstd',
  Accept: '*/*',
  Connection: 'keep-alive',
  'Content-Type': 'application/json',
};
const dict = CaseInsensitiveDict.plain(init);
const view = dict.view();
let sink: unknown;

describe('header lookups', () => {
  bench('plain dict: get()', () => {
    sink = dict.get('content-type');
  });
  bench('view: get() through the proxy', () => {
    sink = view.get('content-type');
  });
  bench('view: bracket access', () => {
    sink = view['content-type'];
  });
  bench('Map baseline: get() of a lower-case key', () => {
    sink = baseline.get('content-type');
  });
});

describe('building a dict', () => {
  bench('CaseInsensitiveDict.plain(init) (library code)', () => {
    sink = CaseInsensitiveDict.plain(init);
  });
  bench('new CaseInsensitiveDict(init) (user code: with its bracket view)', () => {
    sink = new CaseInsensitiveDict(init);
  });
});

const baseline = new Map(Object.entries(init).map(([k, v]) => [k.toLowerCase(), v]));

describe('a whole request', () => {
  bench('new PreparedRequest().prepare(GET with params and headers)', () => {
    sink = new PreparedRequest().prepare({
      method: 'GET',
      url: 'https://api.example.com/v1/items',
      params: { page: 2, q: 'red shoes' },
      headers: init,
    });
  });
  bench('new PreparedRequest().prepare(POST json)', () => {
    sink = new PreparedRequest().prepare({
      method: 'POST',
      url: 'https://api.example.com/v1/items',
      headers: init,
      json: { name: 'item', tags: ['a', 'b'], price: 12.5 },
    });
  });
});

export { sink };
