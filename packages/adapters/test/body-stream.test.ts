import { describe, expect, it } from 'vitest';
import { type BodySource, BodyStream } from '../src/body-stream.js';

/** A source that records what the body asked of the exchange. */
function source() {
  const calls = { resumed: 0, aborted: [] as Error[] };
  const body: BodySource = {
    resumeBody: () => void calls.resumed++,
    abortBody: (reason) => void calls.aborted.push(reason),
  };
  return { calls, body };
}

const bytes = (text: string) => Buffer.from(text);
const text = (body: readonly Uint8Array[] | Uint8Array) =>
  Buffer.concat(body instanceof Uint8Array ? [body] : body).toString();

/** A source declaring the body's length, as an exchange does from Content-Length. */
function sourceOfLength(length: number | null): BodySource {
  return { resumeBody() {}, abortBody() {}, declaredLength: () => length };
}

async function readAll(stream: BodyStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString();
}

describe('BodyStream', () => {
  it('chunks delivered before anyone reads are held, then streamed in order to a reader', async () => {
    const { body } = source();
    const stream = new BodyStream(body);
    expect(stream.deliver(bytes('one '))).toBe(true);
    expect(stream.deliver(bytes('two '))).toBe(true);
    expect(stream.readableLength).toBe(0);
    const reading = readAll(stream);
    stream.deliver(bytes('three'));
    stream.end();
    expect(await reading).toBe('one two three');
    expect(stream.takeAll()).toBeNull();
  });

  it('takeAll gives held and later chunks at once; the stream then reads as ended', async () => {
    const { body } = source();
    const stream = new BodyStream(body);
    stream.deliver(bytes('held '));
    const taking = stream.takeAll();
    expect(taking).not.toBeNull();
    stream.deliver(bytes('later'));
    stream.end();
    expect(text((await taking)!)).toBe('held later');
    expect(stream.read()).toBeNull();
    expect(await readAll(stream)).toBe('');
  });

  it('a declared length is taken into one buffer of exactly that length, each chunk copied as it arrives', async () => {
    const stream = new BodyStream(sourceOfLength(10));
    const first = bytes('held ');
    stream.deliver(first);
    const taking = stream.takeAll();
    const later = bytes('later');
    stream.deliver(later);
    // The chunks' memory is the socket's to reuse: the body already holds its own copy.
    first.fill(0);
    later.fill(0);
    stream.end();
    const body = (await taking)!;
    expect(body).toBeInstanceOf(Uint8Array);
    const content = body as Uint8Array;
    expect(Buffer.from(content).toString()).toBe('held later');
    // One allocation of that length: not a view of a pool or of a larger buffer.
    expect(content.byteOffset).toBe(0);
    expect(content.buffer.byteLength).toBe(10);
  });

  it('a body shorter or longer than declared keeps every byte it got', async () => {
    const short = new BodyStream(sourceOfLength(100));
    const takingShort = short.takeAll();
    short.deliver(bytes('only this'));
    short.end();
    expect(text((await takingShort)!)).toBe('only this');
    const long = new BodyStream(sourceOfLength(4));
    const takingLong = long.takeAll();
    long.deliver(bytes('four'));
    long.deliver(bytes(' and more'));
    long.end();
    expect(text((await takingLong)!)).toBe('four and more');
  });

  it('takeAll after the end resolves at once; a second takeAll is refused', async () => {
    const { body } = source();
    const stream = new BodyStream(body);
    stream.deliver(bytes('all'));
    stream.end();
    expect(text((await stream.takeAll())!)).toBe('all');
    expect(stream.takeAll()).toBeNull();
  });

  it('a reader that comes while the body is being taken gets the end once it is complete', async () => {
    const { body } = source();
    const stream = new BodyStream(body);
    const taking = stream.takeAll();
    const reading = readAll(stream);
    await new Promise((resolve) => setImmediate(resolve));
    stream.deliver(bytes('x'));
    stream.end();
    expect(text((await taking)!)).toBe('x');
    expect(await reading).toBe('');
  });

  it('holds no more than the stream buffer: then asks undici to pause, and takeAll resumes it', async () => {
    const { calls, body } = source();
    const stream = new BodyStream(body);
    const chunk = Buffer.alloc(stream.readableHighWaterMark / 2);
    expect(stream.deliver(chunk)).toBe(true);
    expect(stream.deliver(chunk)).toBe(false);
    const taking = stream.takeAll();
    expect(calls.resumed).toBe(1);
    stream.end();
    expect(text((await taking)!).length).toBe(stream.readableHighWaterMark);
  });

  it('destroyed while taken: the premature-close error; failed: its error; the exchange is aborted', async () => {
    const closed = source();
    const a = new BodyStream(closed.body);
    const takingA = a.takeAll()!;
    a.destroy();
    await expect(takingA).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
    expect(closed.calls.aborted).toHaveLength(1);

    const failed = source();
    const b = new BodyStream(failed.body);
    const takingB = b.takeAll()!;
    const failure = new Error('reset');
    b.fail(failure);
    await expect(takingB).rejects.toBe(failure);
    expect(failed.calls.aborted).toEqual([failure]);
  });
});
