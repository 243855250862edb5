// What to print and how: HTTPie's --print letters and --pretty levels, with their defaults.
import type { CliOptions } from './cli-options.js';

/** The --print letters that are on. */
export interface PrintParts {
  requestHeaders: boolean;
  requestBody: boolean;
  responseHeaders: boolean;
  responseBody: boolean;
  meta: boolean;
}

/** How output is processed: JSON indented (`format`) and ANSI colors (`colors`). */
export interface Pretty {
  format: boolean;
  colors: boolean;
}

/** The letters HTTPie would print for these options. */
export function printLetters(options: CliOptions, stdoutIsTTY: boolean): string {
  if (options.print !== undefined) {
    if (!/^[HBhbm]+$/.test(options.print))
      throw new Error(`--print: unknown letters in '${options.print}' (use H, B, h, b, m)`);
    return options.print;
  }
  if (options.quiet) return '';
  if (options.verbose) return 'HBhb';
  if (options.offline) return 'HB';
  if (options.headers) return 'h';
  if (options.body) return 'b';
  if (options.meta) return 'm';
  if (options.download) return 'h';
  return stdoutIsTTY ? 'hb' : 'b';
}

/** Turns --print letters into flags. */
export function printParts(letters: string): PrintParts {
  return {
    requestHeaders: letters.includes('H'),
    requestBody: letters.includes('B'),
    responseHeaders: letters.includes('h'),
    responseBody: letters.includes('b'),
    meta: letters.includes('m'),
  };
}

/** --pretty, defaulting to `all` on a terminal and `none` when piped or NO_COLOR is set. */
export function prettyFor(style: CliOptions['pretty'], isTTY: boolean, env: NodeJS.ProcessEnv): Pretty {
  const chosen = style ?? (isTTY && !env.NO_COLOR ? 'all' : 'none');
  return { format: chosen === 'all' || chosen === 'format', colors: chosen === 'all' || chosen === 'colors' };
}
