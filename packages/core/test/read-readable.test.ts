import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StreamConsumedError } from '../src/errors/stream-consumed-error.js';
import { canReadByEvents, readReadable, takeWholeBody } from '../src/read-readable.js';
import { Response } from '../src/response.js';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A stream fed by hand: `push` chunks, `push(null)` to end. */
function manual(): Readable {
  return new Readable({ read() {} });
}

async function iterationError(stream: Readable): Promise<unknown> {
  try {
    for await (const _ of stream);
  } catch (error) {
    return error;
  }
  return null;
}

describe('readReadable', () => {
  it('reads every chunk into one new buffer of its own', async () => {
    const shared = Buffer.from('hello world');
    const stream = manual();
    const reading = readReadable(stream);
    stream.push(shared.subarray(0, 5));
    setTimeout(() => {
      stream.push(shared.subarray(5));
      stream.push(null);
    }, 5);
    const bytes = await reading;
    expect(decode(bytes)).toBe('hello world');
    expect(bytes.buffer).not.toBe(shared.buffer);
    expect(stream.listenerCount('data')).toBe(0);
  });

  it('takes string chunks as UTF-8', async () => {
    const bytes = await readReadable(Readable.from(['caf', 'é'], { objectMode: true }));
    expect(decode(bytes)).toBe('café');
  });

  it('fails with the error the stream is destroyed with', async () => {
    const stream = manual();
    const failure = new Error('broken');
    const reading = readReadable(stream);
    stream.push(Buffer.from('part'));
    setTimeout(() => stream.destroy(failure), 5);
    await expect(reading).rejects.toBe(failure);
  });

  it('destroyed without an error before its end: the premature-close error iteration gives', async () => {
    const byEvents = manual();
    const failed = readReadable(byEvents).then(
      () => null,
      (error: unknown) => error,
    );
    setTimeout(() => byEvents.destroy(), 5);
    const byIteration = manual();
    const iterating = iterationError(byIteration);
    setTimeout(() => byIteration.destroy(), 5);
    const expected = (await iterating) as NodeJS.ErrnoException;
    expect(expected.code).toBe('ERR_STREAM_PREMATURE_CLOSE');
    expect(await failed).toMatchObject({ code: expected.code, message: expected.message });
  });
});

describe('canReadByEvents', () => {
  it('accepts a fresh stream only', () => {
    expect(canReadByEvents(manual())).toBe(true);
    const paused = manual().pause();
    expect(canReadByEvents(paused)).toBe(false);
    const listened = manual();
    listened.on('readable', () => {});
    expect(canReadByEvents(listened)).toBe(false);
    const destroyed = manual();
    destroyed.destroy();
    expect(canReadByEvents(destroyed)).toBe(false);
    const read = manual();
    read.push(Buffer.from('x'));
    read.read();
    expect(canReadByEvents(read)).toBe(false);
  });
});

describe('Response.read() over a Readable', () => {
  it('a paused stream is read by iteration all the same', async () => {
    const stream = manual();
    stream.pause();
    stream.push(Buffer.from('paused '));
    stream.push(Buffer.from('body'));
    stream.push(null);
    const r = new Response();
    r.setBody(stream);
    expect(decode(await r.read())).toBe('paused body');
  });

  it('close() during the read fails it, and the body is gone', async () => {
    const stream = manual();
    const r = new Response();
    r.setBody(stream);
    const reading = r.read();
    stream.push(Buffer.from('part'));
    await r.close();
    await expect(reading).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
    expect(() => r.content).toThrow(StreamConsumedError);
  });

  it('a stream whose raw bytes were read first is consumed, not silently short', async () => {
    const stream = manual();
    stream.push(Buffer.from('taken'));
    stream.push(null);
    const r = new Response();
    r.setBody(stream);
    r.raw?.read();
    await expect(r.read()).rejects.toThrow(StreamConsumedError);
  });
});

/** A stream that also hands its bytes over whole (as the adapters' body stream does). */
class WholeStream extends Readable {
  taken = 0;
  constructor(readonly parts: Uint8Array[] | null) {
    super({ read() {} });
  }
  takeAll(): Promise<Uint8Array[]> | null {
    if (this.parts === null) return null;
    this.taken++;
    return Promise.resolve(this.parts);
  }
}

describe('whole-body sources', () => {
  it('takeWholeBody copies what takeAll gives into one buffer; null when there is no takeAll or it declines', async () => {
    const shared = Buffer.from('whole body');
    const bytes = await takeWholeBody(new WholeStream([shared.subarray(0, 6), shared.subarray(6)]));
    expect(decode(bytes!)).toBe('whole body');
    expect(bytes!.buffer).not.toBe(shared.buffer);
    expect(takeWholeBody(manual())).toBeNull();
    expect(takeWholeBody(new WholeStream(null))).toBeNull();
  });

  it('one Uint8Array handed over by takeAll is kept as the content, not copied again', async () => {
    const own = new Uint8Array([1, 2, 3]);
    const source = { takeAll: () => Promise.resolve(own) };
    expect(await takeWholeBody(source)).toBe(own);
    const response = new Response();
    response.setBody(Object.assign(Readable.from([]), source));
    expect(await response.read()).toBe(own);
    expect(response.content).toBe(own);
  });

  it('Response.read() takes the body whole when the stream offers, else reads it by its events', async () => {
    const offering = new WholeStream([Buffer.from('taken')]);
    const r = new Response();
    r.setBody(offering);
    expect(decode(await r.read())).toBe('taken');
    expect(offering.taken).toBe(1);
    expect(decode(r.content)).toBe('taken');

    const declining = new WholeStream(null);
    declining.push(Buffer.from('streamed'));
    declining.push(null);
    const s = new Response();
    s.setBody(declining);
    expect(decode(await s.read())).toBe('streamed');
  });

  it('Response.read() takes a decoding iterable whole when it offers, without iterating it', async () => {
    let iterated = 0;
    const parts = [Buffer.from('decoded '), Buffer.from('whole')];
    const decoding: AsyncIterable<Uint8Array> & { takeAll(): Promise<Uint8Array[]> } = {
      [Symbol.asyncIterator]() {
        iterated++;
        return (async function* () {
          yield* parts;
        })();
      },
      takeAll: () => Promise.resolve(parts),
    };
    const r = new Response();
    r.setBody(decoding, new WholeStream(null));
    expect(decode(await r.read())).toBe('decoded whole');
    expect(iterated).toBe(0);
    // A decoding iterable that declines is iterated as before.
    const declining = { ...decoding, takeAll: () => null };
    const s = new Response();
    s.setBody(declining, new WholeStream(null));
    expect(decode(await s.read())).toBe('decoded whole');
    expect(iterated).toBe(1);
  });

  it('a whole-body stream whose raw bytes were read first is consumed, not taken', async () => {
    const stream = new WholeStream([Buffer.from('never')]);
    stream.push(Buffer.from('raw'));
    const r = new Response();
    r.setBody(stream);
    r.raw?.read();
    await expect(r.read()).rejects.toThrow(StreamConsumedError);
    expect(stream.taken).toBe(0);
  });
});
