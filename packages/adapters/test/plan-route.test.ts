import { describe, expect, it } from 'vitest';
import { planRoute } from '../src/plan-route.js';
import { prepare } from './helpers.js';

/** The proxy a request is planned through (`host:port`), or the route kind when there is none. */
function via(url: string, proxies: Record<string, string>): string {
  const { route } = planRoute(prepare('GET', url), proxies);
  return route.kind === 'direct' || route.kind === 'unix'
    ? route.kind
    : `${route.proxy.host}:${route.proxy.port}`;
}

const proxies = {
  'http://a.example': 'http://scheme-host:1',
  http: 'http://scheme:2',
  'all://b.example': 'http://all-host:3',
  all: 'http://all:4',
};

describe('planRoute picks the proxy with core selectProxy', () => {
  it.each([
    ['http://a.example/x', 'scheme-host:1'],
    ['http://A.Example:8080/x', 'scheme-host:1'],
    ['http://b.example/', 'scheme:2'],
    ['https://b.example/', 'all-host:3'],
    ['https://c.example/', 'all:4'],
  ])('%s → %s', (url, expected) => {
    expect(via(url, proxies)).toBe(expected);
  });

  it('matches IPv6 host keys written with or without brackets', () => {
    expect(via('http://[::1]:8080/', { 'http://[::1]': 'http://p6:1', all: 'http://all:4' })).toBe('p6:1');
    expect(via('https://[::1]/', { 'all://::1': 'http://p6:2', all: 'http://all:4' })).toBe('p6:2');
  });

  it('goes direct without a match, for empty values and for an inherited key', () => {
    expect(via('https://x/', { http: 'http://p:1' })).toBe('direct');
    expect(via('https://x/', { https: '', all: '' })).toBe('direct');
    expect(via('https://x/', Object.create({ https: 'http://evil:1' }) as Record<string, string>)).toBe(
      'direct',
    );
  });

  it('sends http+unix URLs to their socket whatever the proxies say', () => {
    expect(via('http+unix://%2Ftmp%2Fx.sock/info', { all: 'http://all:4' })).toBe('unix');
  });
});
