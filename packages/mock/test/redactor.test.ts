// What a cassette writes in place of secrets, as a table.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../src/cassette/redactor.js';

describe('Redactor', () => {
  const redactor = new Redactor({
    headers: ['X-Api-Key'],
    query: ['api_key', 'sig'],
    placeholders: { '<TOKEN>': 's3cr/t+', '<EMPTY>': '' },
  });

  it.each([
    ['Authorization', 'Basic dXNlcjpwYXNz', 'Basic <REDACTED>'],
    ['authorization', 'Digest username="u", response="abc"', 'Digest <REDACTED>'],
    ['Authorization', 'justatoken', '<REDACTED>'],
    ['Proxy-Authorization', 'Bearer xyz', 'Bearer <REDACTED>'],
    ['Cookie', 'a=1; b=2', 'a=<REDACTED>; b=<REDACTED>'],
    ['Set-Cookie', 'sid=abc; Path=/; HttpOnly', 'sid=<REDACTED>; Path=/; HttpOnly'],
    ['Set-Cookie', 'sid=abc', 'sid=<REDACTED>'],
    ['Set-Cookie', 'garbage', '<REDACTED>'],
    ['X-API-KEY', 'k', '<REDACTED>'],
    ['X-Other', 'Bearer s3cr/t+', 'Bearer <TOKEN>'],
    ['X-Other', 'plain', 'plain'],
  ])('header %s: %s → %s', (name, value, recorded) => {
    expect(redactor.header(name, value)).toBe(recorded);
  });

  it.each([
    ['https://a.test/p?api_key=k&x=1&sig=zz', 'https://a.test/p?api_key=<REDACTED>&x=1&sig=<REDACTED>'],
    ['https://a.test/p?api%5Fkey=k#frag', 'https://a.test/p?api%5Fkey=<REDACTED>#frag'],
    ['https://a.test/p?x=s3cr%2Ft%2B', 'https://a.test/p?x=<TOKEN>'],
    ['https://a.test/s3cr/t+/p', 'https://a.test/<TOKEN>/p'],
    ['https://a.test/p', 'https://a.test/p'],
  ])('uri %s → %s', (uri, recorded) => {
    expect(redactor.uri(uri)).toBe(recorded);
  });

  it('placeholders go out of text and come back; an empty secret is ignored', () => {
    expect(redactor.bodyText('{"t":"s3cr/t+"}')).toBe('{"t":"<TOKEN>"}');
    expect(redactor.restore('{"t":"<TOKEN>"}')).toBe('{"t":"s3cr/t+"}');
    expect(redactor.restore('<EMPTY>')).toBe('<EMPTY>');
  });

  it('keepHeaders keeps a default-redacted header (its secrets still hidden by placeholders)', () => {
    const keeping = new Redactor({ keepHeaders: ['Set-Cookie'], placeholders: { '<SID>': 'abc' } });
    expect(keeping.header('Set-Cookie', 'sid=abc; Path=/')).toBe('sid=<SID>; Path=/');
    expect(keeping.header('Cookie', 'sid=abc')).toBe('sid=<REDACTED>');
  });
});
