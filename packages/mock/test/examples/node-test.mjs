// @reqs/mock under node:test, with no plugin: run with `node --test test/examples/node-test.mjs`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConnectionError } from '@reqs/core';
import { MockAdapter, NoMockAddress } from '@reqs/mock';
import { Session } from '@reqs/session';

test('retries a 503', async (t) => {
  const session = new Session();
  t.after(() => session.close());
  const mock = new MockAdapter().install(session);
  mock.get('https://api.test/page', [{ status: 503 }, { text: 'ok' }]);
  let r = await session.get('https://api.test/page');
  if (r.statusCode === 503) r = await session.get('https://api.test/page');
  assert.equal(r.text, 'ok');
  mock.assertNoPendingRoutes();
});

test('an unknown address is a ConnectionError', async (t) => {
  const session = new Session();
  t.after(() => session.close());
  new MockAdapter().install(session);
  await assert.rejects(session.get('https://api.test/nope'), (error) => {
    assert.ok(error instanceof NoMockAddress);
    assert.ok(error instanceof ConnectionError);
    return true;
  });
});
