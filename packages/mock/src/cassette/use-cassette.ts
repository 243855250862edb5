/** useCassette: record a session's exchanges to a file once, replay them forever (betamax, vcrpy). */
import { resolve } from 'node:path';
import type { Adapter } from '@reqs/core';
import { Cassette } from './cassette.js';
import { CassetteAdapter } from './cassette-adapter.js';
import { readCassette } from './cassette-file.js';
import { type CassetteMode, CassetteRecorder } from './cassette-recorder.js';
import { MATCH_ON, type MatchOn } from './match-on.js';
import { type CassetteRedaction, Redactor } from './redactor.js';

/**
 * Options of {@link useCassette}.
 * @example
 * await using tape = await useCassette(session, 'test/cassettes/search.json', {
 *   mode: 'newEpisodes',
 *   matchOn: ['method', 'path', 'query'],
 *   redact: { headers: ['x-api-key'], query: ['token'] },
 * });
 */
export interface CassetteOptions {
  /**
   * `once` (default): record when the file is missing, else replay only and fail on a new
   * request; `newEpisodes`: replay what matches, record the rest; `none`: replay only (the file
   * must exist); `all`: record everything again, never replay.
   */
  readonly mode?: CassetteMode;
  /** The request fields compared to find a recorded interaction (default `['method', 'uri']`). */
  readonly matchOn?: readonly MatchOn[];
  /** Let an interaction be played more than once (default false: each plays once, in order). */
  readonly allowPlaybackRepeats?: boolean;
  /** How secrets are kept out of the file; Authorization, Proxy-Authorization, Cookie and Set-Cookie values always are. */
  readonly redact?: CassetteRedaction;
}

/**
 * Anything with mounted adapters: a reqs `Session`.
 * @example
 * ```ts
 * async function withTape(target: CassetteSession, name: string): Promise<Cassette> {
 *   return useCassette(target, join('test', 'cassettes', `${name}.json`));
 * }
 * await using tape = await withTape(new Session(), 'user');
 * ```
 */
export interface CassetteSession {
  /** The adapters mounted, by URL prefix: the cassette wraps each and puts them back on eject. */
  readonly adapters: Map<string, Adapter>;
  /** Mounts `adapter` for URLs starting with `prefix`, replacing what was mounted there. */
  mount(prefix: string, adapter: Adapter): void;
}

const MODES: readonly CassetteMode[] = ['once', 'newEpisodes', 'none', 'all'];
const OPTION_KEYS = new Set(['mode', 'matchOn', 'allowPlaybackRepeats', 'redact']);

function checkOptions(options: CassetteOptions): void {
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key))
      throw new TypeError(
        `Unknown cassette option ${JSON.stringify(key)}: expected one of ${[...OPTION_KEYS].join(', ')}`,
      );
  }
  if (options.mode !== undefined && !MODES.includes(options.mode)) {
    throw new TypeError(`Invalid cassette mode ${JSON.stringify(options.mode)}: one of ${MODES.join(', ')}`);
  }
  for (const field of options.matchOn ?? []) {
    if (!MATCH_ON.includes(field))
      throw new TypeError(`Invalid matchOn field ${JSON.stringify(field)}: any of ${MATCH_ON.join(', ')}`);
  }
}

/**
 * Inserts a cassette into `session`: each mounted adapter is wrapped (any adapter, so a
 * third-party transport is recorded too), and `http://` / `https://` get a playback-only one
 * when nothing is mounted there. Requests are answered from the file or recorded to it by
 * `mode`; `eject()` (or `await using`) puts the adapters back and writes the file.
 *
 * @throws TypeError for a bad option; Error when the file is not a cassette, or is missing in mode `none`.
 * @example
 * await using tape = await useCassette(session, 'test/cassettes/github-user.json', { mode: 'once' });
 */
export async function useCassette(
  session: CassetteSession,
  path: string,
  options: CassetteOptions = {},
): Promise<Cassette> {
  checkOptions(options);
  const file = resolve(path);
  const mode = options.mode ?? 'once';
  const loaded = mode === 'all' ? null : await readCassette(file);
  if (mode === 'none' && loaded === null) {
    throw new Error(
      `Cassette ${file} does not exist, and mode 'none' only replays: record it first (mode 'once' or 'all')`,
    );
  }
  const recorder = new CassetteRecorder(
    {
      path: file,
      mode,
      matchOn: options.matchOn ?? ['method', 'uri'],
      allowPlaybackRepeats: options.allowPlaybackRepeats ?? false,
      redactor: new Redactor(options.redact),
    },
    loaded,
  );
  return new Cassette(recorder, mountCassette(session, recorder));
}

/** Wraps every mounted adapter; returns what puts them back. */
function mountCassette(session: CassetteSession, recorder: CassetteRecorder): () => void {
  const originals = new Map(session.adapters);
  // One wrapper per adapter (an adapter mounted on two prefixes is wrapped once, closed once).
  const wrappers = new Map<Adapter | null, CassetteAdapter>();
  const wrap = (adapter: Adapter | null) => {
    let wrapper = wrappers.get(adapter);
    if (wrapper === undefined) {
      wrapper = new CassetteAdapter(recorder, adapter);
      wrappers.set(adapter, wrapper);
    }
    return wrapper;
  };
  for (const [prefix, adapter] of originals) session.mount(prefix, wrap(adapter));
  const added = ['http://', 'https://'].filter((prefix) => !originals.has(prefix));
  for (const prefix of added) session.mount(prefix, wrap(null));
  return () => {
    for (const [prefix, adapter] of originals) session.mount(prefix, adapter);
    for (const prefix of added) session.adapters.delete(prefix);
  };
}
