// raw → decoder → decoder…: stream.pipeline's wiring without its per-call AbortController.
import type { Readable, Transform } from 'node:stream';

/** The error `stream.pipeline` reports when a stream closes before its end. */
function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}

/** Writes what `source` yields into `target`, pausing on backpressure, and ends it at the end. */
function pump(source: Readable, target: Transform): void {
  source.on('data', (chunk: Buffer) => {
    if (!target.write(chunk)) source.pause();
  });
  target.on('drain', () => source.resume());
  source.once('end', () => target.end());
}

/**
 * Pipes `raw` through `stages` and returns the last stage, with `stream.pipeline`'s failure
 * semantics (Node 20's pipeline makes an AbortController and a DOMException per call, a
 * measurable cost per small response): the first error of any stream destroys every stream
 * with it, so it surfaces on the returned one; a stream closing before its end (the reader
 * destroying the decoded stream, `raw` destroyed) destroys the others with a premature-close
 * error. Data flows only as fast as the last stage is read.
 */
export function chainStreams(raw: Readable, stages: readonly Transform[]): Readable {
  const streams: Readable[] = [raw, ...stages];
  let failed = false;
  const teardown = (error: Error) => {
    if (failed) return;
    failed = true;
    for (const stream of streams) if (!stream.destroyed) stream.destroy(error);
  };
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i]!;
    stream.on('error', teardown);
    stream.once('close', () => {
      if (!stream.readableEnded) teardown(stream.errored ?? prematureClose());
    });
    if (i > 0) pump(streams[i - 1]!, stream as Transform);
  }
  return stages.at(-1)!;
}
