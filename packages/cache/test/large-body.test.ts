import { describe, expect, it } from 'vitest';
import { cachingSession, useOrigin } from './origin.js';

const origin = useOrigin();

const MiB = 2 ** 20;

describe('a 50 MiB body', () => {
  it('passes through with bounded memory and is refused by maxEntrySize (default 10 MiB)', async () => {
    const chunk = Buffer.alloc(MiB, 0x61);
    origin.route('/big', (_req, res) => {
      res.writeHead(200, { 'Cache-Control': 'max-age=60', 'Content-Type': 'application/octet-stream' });
      let sent = 0;
      const pump = () => {
        while (sent < 50) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const { session, adapter } = cachingSession();
    const read = async (cache: false | undefined) => {
      const before = process.memoryUsage().arrayBuffers;
      let peak = 0;
      let size = 0;
      const r = await session.get(`${origin.url}/big`, { stream: true, cache });
      for await (const part of r.iterContent()) {
        size += part.byteLength;
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
      }
      return { peak, size, status: r.cacheStatus };
    };
    const bypass = await read(false);
    const cached = await read(undefined);
    expect([cached.size, cached.status]).toEqual([50 * MiB, 'miss']);
    // At most the 10 MiB copy kept before maxEntrySize refused the body, plus garbage not yet collected.
    expect(cached.peak).toBeLessThan(Math.max(bypass.peak, 10 * MiB) + 20 * MiB);
    expect(cached.peak).toBeLessThan(40 * MiB);
    expect(await adapter.keys()).toEqual([]);
    const again = await session.get(`${origin.url}/big`, { stream: true });
    await again.close();
    expect(again.cacheStatus).toBe('miss');
    await session.close();
  });

  it('a body within maxEntrySize is stored and replayed whole', async () => {
    const body = Buffer.alloc(3 * MiB, 0x62);
    origin.route('/mid', (_req, res) => res.writeHead(200, { 'Cache-Control': 'max-age=60' }).end(body));
    const { session } = cachingSession({ maxEntrySize: 4 * MiB });
    await session.get(`${origin.url}/mid`);
    const hit = await session.get(`${origin.url}/mid`);
    expect([hit.cacheStatus, hit.content.byteLength]).toEqual(['hit', 3 * MiB]);
    await session.close();
  });
});
