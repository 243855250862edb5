/** The record/replay machinery behind a cassette (internal): find a recorded answer, or record a new one. */
import { performance } from 'node:perf_hooks';
import {
  type Adapter,
  type PreparedRequest,
  type Response,
  redactUrl,
  resolveTimeout,
  type SendOptions,
} from '@reqs/core';
import { buildResponse } from '../build-response.js';
import { NoMockAddress } from '../no-mock-address.js';
import { requestBodyBytes } from '../request-body-bytes.js';
import type { Interaction, RecordedRequest } from './interaction.js';
import { type MatchOn, requestDifference } from './match-on.js';
import { headerPairs, recordRequest, recordResponse, replayResponse } from './record-exchange.js';
import type { Redactor } from './redactor.js';

/**
 * When a cassette records and when it plays back (betamax / vcrpy record modes).
 * @example
 * const mode: CassetteMode = process.env.CI ? 'none' : 'once'; // CI never records
 * await using tape = await useCassette(session, 'test/cassettes/user.json', { mode });
 */
export type CassetteMode = 'once' | 'newEpisodes' | 'none' | 'all';

/** What a recorder is set up with. */
export interface RecorderSettings {
  readonly path: string;
  readonly mode: CassetteMode;
  readonly matchOn: readonly MatchOn[];
  readonly allowPlaybackRepeats: boolean;
  readonly redactor: Redactor;
}

const EMPTY = new Uint8Array(0);

/** The undecoded body bytes of a response from the real adapter, which is closed afterwards. */
async function takeRawBody(response: Response): Promise<Uint8Array> {
  try {
    const raw = response.raw;
    if (raw === null) return response.content ?? EMPTY;
    const chunks: Buffer[] = [];
    for await (const chunk of raw)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return new Uint8Array(Buffer.concat(chunks));
  } finally {
    await response.close();
  }
}

/** Plays recorded interactions back and records new ones, by the cassette's mode. */
export class CassetteRecorder {
  readonly settings: RecorderSettings;
  readonly #interactions: Interaction[];
  /** How many times each interaction loaded from the file was played. */
  readonly #plays: number[];
  readonly #recording: boolean;
  #recorded = 0;

  /** `loaded` null: there was no file. */
  constructor(settings: RecorderSettings, loaded: Interaction[] | null) {
    this.settings = settings;
    const fresh = settings.mode === 'all' || (settings.mode === 'once' && loaded === null);
    // Recording from scratch plays nothing back (vcrpy: a new cassette is not rewound).
    this.#interactions = fresh ? [] : (loaded ?? []);
    this.#plays = this.#interactions.map(() => 0);
    this.#recording = fresh || settings.mode === 'newEpisodes';
  }

  get interactions(): readonly Interaction[] {
    return this.#interactions;
  }

  /** Responses played back so far. */
  get playCount(): number {
    return this.#plays.reduce((sum, n) => sum + n, 0);
  }

  /** Interactions recorded so far (this run). */
  get recordCount(): number {
    return this.#recorded;
  }

  /** True when every interaction loaded from the file was played at least once. */
  get allPlayed(): boolean {
    return this.#plays.every((n) => n > 0);
  }

  /** True when the file must be written: something was recorded, or mode `all`. */
  get dirty(): boolean {
    return this.#recorded > 0 || this.settings.mode === 'all';
  }

  /**
   * A recorded response when one matches, else (when the mode records) the real adapter's
   * response, recorded.
   * @throws NoMockAddress when nothing matches and the mode does not record (or there is no adapter to record with).
   */
  async send(
    request: PreparedRequest,
    options: SendOptions,
    inner: Adapter | null,
    via: Adapter,
  ): Promise<Response> {
    const started = performance.now();
    const { matchOn, redactor } = this.settings;
    const needsBody = this.#recording || matchOn.includes('body');
    const body = needsBody ? await requestBodyBytes(request) : null;
    const incoming = recordRequest(request, body, redactor);
    const index = this.#find(incoming);
    const timing = { read: resolveTimeout(options.timeout).read, signal: options.signal, request };
    if (index !== -1) {
      this.#plays[index]! += 1;
      const response = replayResponse(this.#interactions[index]!.response, redactor, request, via, timing);
      response.elapsed = performance.now() - started;
      return response;
    }
    if (!this.#recording || inner === null)
      throw this.#miss(request, incoming, inner === null && this.#recording);
    const live = await inner.send(request, options);
    const pairs = headerPairs(live.headers);
    const bytes = await takeRawBody(live);
    this.#interactions.push({
      request: incoming,
      response: recordResponse(live.statusCode, live.reason, pairs, bytes, redactor),
    });
    this.#recorded += 1;
    // What the code under test gets while recording is what it will get on playback, secrets left in.
    const spec = { status: live.statusCode, reason: live.reason, headers: pairs, body: bytes };
    const response = buildResponse(spec, request, via, timing);
    response.elapsed = live.elapsed || performance.now() - started;
    return response;
  }

  /** The first loaded interaction that matches and may be played (again), or -1. */
  #find(incoming: RecordedRequest): number {
    const { matchOn, allowPlaybackRepeats } = this.settings;
    let repeat = -1;
    for (let i = 0; i < this.#plays.length; i++) {
      if (requestDifference(this.#interactions[i]!.request, incoming, matchOn) !== null) continue;
      if (this.#plays[i] === 0) return i;
      if (allowPlaybackRepeats && repeat === -1) repeat = i;
    }
    return repeat;
  }

  #miss(request: PreparedRequest, incoming: RecordedRequest, noAdapter: boolean): NoMockAddress {
    const { path, mode, matchOn } = this.settings;
    const lines = [
      noAdapter
        ? `Cassette ${path} cannot record ${request.method} ${redactUrl(request.url)}: the session has no adapter mounted for it`
        : `No interaction in cassette ${path} (mode '${mode}') matches ${request.method} ${redactUrl(request.url)} (matching on ${matchOn.join(', ')})`,
    ];
    const recorded = this.#interactions.slice(0, this.#plays.length);
    if (recorded.length > 0) lines.push('Recorded requests:');
    recorded.slice(0, 10).forEach((interaction) => {
      const differs = requestDifference(interaction.request, incoming, matchOn);
      const state = differs === null ? 'already played' : `${differs} differs`;
      lines.push(`  ${interaction.request.method} ${interaction.request.uri} — ${state}`);
    });
    if (recorded.length > 10) lines.push(`  … ${recorded.length - 10} more`);
    return new NoMockAddress(lines.join('\n'), { request });
  }
}
