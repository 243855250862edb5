// The download progress bar on stderr, drawn by cli-progress, only when stderr is a terminal.

/** Receives the bytes as they are written; `stop(true)` prints the final summary. */
export interface DownloadProgress {
  advance(bytes: number): void;
  stop(completed: boolean): void;
}

/** The bar's redraw interval (cli-progress' fps: 10). */
const REDRAW_MS = 100;

const NO_PROGRESS: DownloadProgress = { advance() {}, stop() {} };

function humanBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(2)} ${units[unit]}`;
}

/**
 * A bar counting `total` bytes (null: unknown length) from `resumedAt`, or nothing off a terminal.
 * cli-progress is loaded only here, so commands that draw no bar do not pay for it.
 */
export async function startProgress(
  stderr: NodeJS.WriteStream,
  total: number | null,
  resumedAt: number,
  filename: string,
): Promise<DownloadProgress> {
  if (!stderr.isTTY) return NO_PROGRESS;
  const { Format, SingleBar } = (await import('cli-progress')).default;
  const started = performance.now();
  const known = total !== null;
  const bar = new SingleBar({
    stream: stderr,
    hideCursor: true,
    fps: 10,
    etaBuffer: 50,
    barsize: 30,
    format: (options, params, payload: { rate: string; done: string }) => {
      const head = known
        ? `${Format.BarFormat(params.progress, options)} ${Math.floor(params.progress * 100)} %`
        : '';
      const eta =
        known && params.value < params.total ? ` ETA ${Format.TimeFormat(params.eta, options, 1)}` : '';
      return `${head} ${payload.done} ${payload.rate}${eta}`.trimStart();
    },
  });
  let value = resumedAt;
  const payload = () => {
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    return { done: humanBytes(value), rate: `${humanBytes((value - resumedAt) / seconds)}/s` };
  };
  bar.start(total ?? 0, resumedAt, payload());
  let drawnAt = started;
  return {
    advance(bytes) {
      value += bytes;
      // The bar redraws at most 10 times a second: no payload is built for the chunks in between.
      const now = performance.now();
      if (now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      bar.update(value, payload());
    },
    stop(completed) {
      if (known) bar.setTotal(Math.max(total, value));
      bar.update(value, payload());
      bar.stop();
      if (!completed) return;
      const seconds = (performance.now() - started) / 1000;
      const done = humanBytes(value - resumedAt);
      stderr.write(`Done. ${done} in ${seconds.toFixed(2)}s (${payload().rate}), saved to "${filename}"\n`);
    },
  };
}
