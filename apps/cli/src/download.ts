// `--download`: the body to a file (or to stdout when it is redirected), resumable with `--continue`.
import { once } from 'node:events';
import { statSync } from 'node:fs';
import type { Response } from 'reqs';
import { filenameFromDisposition, filenameFromUrl, uniqueFilename } from './download-filename.js';
import { startProgress } from './download-progress.js';
import { FileSink } from './file-sink.js';

/** Where a download goes and what was there already. */
export interface DownloadPlan {
  /** The file named by --output, or null to name it from the response. */
  output: string | null;
  /** Bytes already in `output` that --continue asks to keep (0 otherwise). */
  resumeFrom: number;
}

/** Plans a download: with --continue, the size of the partial file sets the `Range` to ask for. */
export function planDownload(output: string | undefined, resume: boolean): DownloadPlan {
  if (resume && output === undefined)
    throw new Error('--continue needs --output (the partial file to resume)');
  let resumeFrom = 0;
  if (resume && output !== undefined) {
    try {
      resumeFrom = statSync(output).size;
    } catch {
      resumeFrom = 0;
    }
  }
  return { output: output ?? null, resumeFrom };
}

/** The `Range` header for a plan, or null. */
export function rangeHeader(plan: DownloadPlan): string | null {
  return plan.resumeFrom > 0 ? `bytes=${plan.resumeFrom}-` : null;
}

/** What the terminal needs to print. */
export interface DownloadTerm {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Saves the body of `response` (a 416 to a resumed download means the file is complete). */
export async function saveDownload(
  response: Response,
  plan: DownloadPlan,
  term: DownloadTerm,
): Promise<void> {
  if (response.statusCode === 416) {
    await response.close();
    const total = /^bytes \*\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1];
    if (plan.resumeFrom === 0 || Number(total) !== plan.resumeFrom) {
      throw new Error(
        `416 Range Not Satisfiable: the server has ${total ?? 'an unknown number of'} bytes, ${plan.output} has ${plan.resumeFrom}`,
      );
    }
    term.stderr.write(`reqs: ${plan.output} is already complete (${plan.resumeFrom} bytes)\n`);
    return;
  }
  const resumed = plan.resumeFrom > 0 && response.statusCode === 206;
  const length = Number(response.headers.get('content-length'));
  const bodyLength =
    Number.isFinite(length) && response.headers.get('content-length') !== undefined ? length : null;
  const toStdout = plan.output === null && !term.stdout.isTTY;
  const filename =
    plan.output ??
    (toStdout
      ? '<stdout>'
      : uniqueFilename(
          filenameFromDisposition(response.headers.get('content-disposition')) ??
            filenameFromUrl(response.url, response.headers.get('content-type')),
        ));
  const start = resumed ? plan.resumeFrom : 0;
  // Open before the bar starts, so a file that cannot be written fails before any byte is read.
  const file = toStdout ? null : new FileSink(filename, resumed);
  const progress = await startProgress(
    term.stderr,
    bodyLength === null ? null : start + bodyLength,
    start,
    filename,
  );
  let completed = false;
  try {
    for await (const chunk of response.iterContent()) {
      progress.advance(chunk.length);
      if (file !== null) file.write(chunk);
      else if (!term.stdout.write(chunk)) await once(term.stdout, 'drain');
    }
    completed = true;
  } finally {
    try {
      file?.close();
    } finally {
      progress.stop(completed);
    }
  }
}
