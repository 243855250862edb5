// HTTPie's exit statuses, so scripts written for `http --check-status` keep working.
import { Timeout, TooManyRedirects } from 'reqs';

/** Exit statuses of the `reqs` command. */
export const ExitStatus = {
  SUCCESS: 0,
  ERROR: 1,
  ERROR_TIMEOUT: 2,
  ERROR_HTTP_3XX: 3,
  ERROR_HTTP_4XX: 4,
  ERROR_HTTP_5XX: 5,
  ERROR_TOO_MANY_REDIRECTS: 6,
} as const;

/** The status for a response under --check-status (a 3xx counts only when it was not followed). */
export function statusForResponse(statusCode: number, followed: boolean): number {
  if (statusCode >= 300 && statusCode < 400 && !followed) return ExitStatus.ERROR_HTTP_3XX;
  if (statusCode >= 400 && statusCode < 500) return ExitStatus.ERROR_HTTP_4XX;
  if (statusCode >= 500 && statusCode < 600) return ExitStatus.ERROR_HTTP_5XX;
  return ExitStatus.SUCCESS;
}

/** The status for an error thrown while sending. */
export function statusForError(error: unknown): number {
  if (error instanceof TooManyRedirects) return ExitStatus.ERROR_TOO_MANY_REDIRECTS;
  if (error instanceof Timeout) return ExitStatus.ERROR_TIMEOUT;
  return ExitStatus.ERROR;
}
