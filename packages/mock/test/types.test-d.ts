// Type-level checks of the public surface (compiled by `pnpm typecheck`, not run).
import { ConnectionError, type PreparedRequest, type Response } from '@reqs/core';
import { Session } from '@reqs/session';
import { expectTypeOf } from 'vitest';
import {
  type Cassette,
  MockAdapter,
  type MockCall,
  type MockResponseSpec,
  type MockRoute,
  NoMockAddress,
  useCassette,
} from '../src/index.js';

const session = new Session();
const mock = new MockAdapter({ passthrough: ['http://127.0.0.1:'] }).install(session);
expectTypeOf(mock).toEqualTypeOf<MockAdapter>();
expectTypeOf(mock.get('https://api.test/', { json: { id: 1 } })).toEqualTypeOf<MockRoute>();
expectTypeOf(mock.calls).toEqualTypeOf<readonly MockCall[]>();
expectTypeOf<MockCall['response']>().toEqualTypeOf<Response | null>();
expectTypeOf(new NoMockAddress()).toMatchTypeOf<ConnectionError>();
expectTypeOf(useCassette(session, 'x.json')).toEqualTypeOf<Promise<Cassette>>();

// Every answer form compiles.
mock.post(/\/items$/, { status: 201, headers: { Location: '/items/7', 'Set-Cookie': ['a=1', 'b=2'] } });
mock.on('GET', 'https://api.test/page', [{ status: 503 }, { status: 200, text: 'ok' }]);
mock.get('https://api.test/slow', { delay: 200, text: 'late' });
mock.get('https://api.test/down', { error: new ConnectionError('refused') });
mock.get('https://api.test/echo', (prepared: PreparedRequest) => ({
  json: { got: prepared.headers.get('x-a') },
}));
mock.get('https://api.test/async', async (_prepared, { params }) => ({ json: params }));
mock.get('https://api.test/bytes', { body: new Uint8Array([1]), headers: [['X-A', '1']] });
mock.get(
  'https://api.test/q',
  { text: 'q' },
  { query: { a: [1, 2] }, headers: { accept: /json/ }, times: 2 },
);

// @ts-expect-error a misspelt response key
mock.get('https://api.test/', { stauts: 200 });
// @ts-expect-error a misspelt body kind
mock.get('https://api.test/', { jsno: { id: 1 } });
// @ts-expect-error two body kinds at once
mock.get('https://api.test/', { text: 'a', json: 1 });
// @ts-expect-error an error answer has no status
mock.get('https://api.test/', { error: new Error('x'), status: 500 });
// @ts-expect-error a responder returning a misspelt key
mock.get('https://api.test/', () => ({ stats: 200 }));
// @ts-expect-error a misspelt route option
mock.get('https://api.test/', { text: 'x' }, { time: 2 });
// @ts-expect-error a header value must be a string (or a list of them)
mock.get('https://api.test/', { headers: { 'X-N': 1 } });
// @ts-expect-error an unknown cassette mode
void useCassette(session, 'x.json', { mode: 'sometimes' });

const spec: MockResponseSpec = { status: 204 };
void spec;

// The issue's own example: bracket access on the prepared request's headers.
mock.get('https://api.test/echo', (prepared) => ({ json: { got: prepared.headers['x-a'] } }));
