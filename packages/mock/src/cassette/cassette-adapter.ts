/** The adapter a cassette mounts in place of each of the session's own, wrapping it. */
import { type Adapter, BaseAdapter, type PreparedRequest, type Response, type SendOptions } from '@reqs/core';
import type { CassetteRecorder } from './cassette-recorder.js';

/**
 * Answers from the cassette, and records through `inner` (the adapter that was mounted on the
 * same prefix, whatever it is: a third-party transport is recorded like HTTPAdapter).
 */
export class CassetteAdapter extends BaseAdapter {
  readonly #recorder: CassetteRecorder;
  readonly #inner: Adapter | null;

  constructor(recorder: CassetteRecorder, inner: Adapter | null) {
    super();
    this.#recorder = recorder;
    this.#inner = inner;
  }

  /** The adapter it wraps (null where the session had none). */
  get inner(): Adapter | null {
    return this.#inner;
  }

  override send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    return this.#recorder.send(request, options, this.#inner, this);
  }

  /** Closes the wrapped adapter (the session closes what is mounted). */
  override async close(): Promise<void> {
    await this.#inner?.close();
  }
}
