// The `reqs` command: parse, build the request, send it (or print it), print the exchange.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import {
  disableWarnings,
  Request,
  RequestException,
  type RequestsCookieJar,
  type Response,
  Session,
} from 'reqs';
import { buildRequest, type RequestSpec } from './build-request.js';
import { type CliOptions, parseCli } from './cli-options.js';
import { curlCommand } from './curl-command.js';
import { planDownload, rangeHeader, saveDownload } from './download.js';
import { ExitStatus, statusForError, statusForResponse } from './exit-status.js';
import { prettyFor, printLetters, printParts } from './output-style.js';
import { createPaint } from './paint.js';
import {
  type PrintTarget,
  printMeta,
  printRequest,
  printResponseBody,
  printResponseHead,
} from './print-exchange.js';
import { promptPassword } from './prompt-password.js';
import { readStdinBody } from './read-stdin.js';
import { authFor, certFor, proxiesFor, verifyFor } from './send-options.js';
import { keptHeaders, readSession, sessionJar, sessionPath, writeSession } from './session-file.js';

/** The process's streams and environment, as the command sees them (streams may be getters, made on first use). */
export interface Terminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Runs the command; resolves with the exit status. */
export async function main(argv: readonly string[], version: string, term: Terminal): Promise<number> {
  const options = parseCli(argv, version);
  try {
    if (options.output === undefined || options.download) return await run(options, term);
    return await runToFile(options, term, options.output);
  } catch (error) {
    reportError(term, error);
    return statusForError(error);
  }
}

function reportError(term: Terminal, error: unknown): void {
  const err = error as Error;
  const name = error instanceof RequestException ? `${err.name}: ` : '';
  term.stderr.write(`reqs: error: ${name}${err.message}\n`);
}

/** `-o FILE` without --download: what would be printed goes to FILE (plain, as when piped). */
async function runToFile(options: CliOptions, term: Terminal, path: string): Promise<number> {
  const file = createWriteStream(path);
  await once(file, 'open');
  try {
    return await run(options, { ...term, stdout: file as unknown as NodeJS.WriteStream });
  } finally {
    file.end();
    await once(file, 'close');
  }
}

async function run(options: CliOptions, term: Terminal): Promise<number> {
  const stdoutIsTTY = term.stdout.isTTY === true;
  const stdinBody =
    options.ignoreStdin || options.raw !== undefined ? null : await readStdinBody(() => term.stdin);
  const spec = buildRequest(options, stdinBody);
  await askMissingPassword(options, spec, term);
  const out = printTarget(options, term, stdoutIsTTY);
  await using session = configureSession(options);
  const stored = openSession(options, spec, session, term.env);
  if (options.curl) {
    term.stdout.write(`${curlCommand(preparedFor(session, spec, options), spec, options)}\n`);
    return ExitStatus.SUCCESS;
  }
  if (options.offline) {
    printRequest(out, preparedFor(session, spec, options));
    return ExitStatus.SUCCESS;
  }
  if (options.download) {
    const status = await download(options, term, session, spec);
    stored?.save();
    return status;
  }
  const response = await send(session, spec, options);
  stored?.save();
  await printExchange(out, response, options);
  return checkStatus(options, term, response, stdoutIsTTY);
}

/** --session / --session-read-only: loads the file into the session; `save` writes it back. */
function openSession(options: CliOptions, spec: RequestSpec, session: Session, env: NodeJS.ProcessEnv) {
  const nameOrPath = options.session ?? options.sessionReadOnly;
  if (nameOrPath === undefined) return null;
  const path = sessionPath(nameOrPath, spec.url, env);
  const data = readSession(path);
  session.cookies = sessionJar(data);
  session.headers.update(data.headers);
  if (options.auth === undefined && data.auth) {
    options.auth = data.auth.rawAuth;
    options.authType = data.auth.type;
  }
  return {
    save(): void {
      if (options.session === undefined) return; // read-only
      const headers = { ...data.headers, ...keptHeaders(spec.itemHeaders) };
      const auth = options.auth === undefined ? null : { type: options.authType, rawAuth: options.auth };
      writeSession(path, { headers, cookies: (session.cookies as RequestsCookieJar).toJSON(), auth });
    },
  };
}

/** --download: heads on stderr (as HTTPie), the body to a file or to a redirected stdout. */
async function download(
  options: CliOptions,
  term: Terminal,
  session: Session,
  spec: RequestSpec,
): Promise<number> {
  const plan = planDownload(options.output, options.continue);
  // Identity: the file holds the bytes as served, so a Range resumes at the right offset.
  spec.headers['Accept-Encoding'] = 'identity';
  const range = rangeHeader(plan);
  if (range !== null) spec.headers.Range = range;
  const response = await send(session, spec, options);
  const downloadable =
    response.statusCode === 200 || response.statusCode === 206 || response.statusCode === 416;
  if (!downloadable) {
    // An error page is printed, not saved.
    const plain = { ...options, download: false };
    await printExchange(printTarget(plain, term, term.stdout.isTTY === true), response, plain);
    return checkStatus(options, term, response, term.stdout.isTTY === true);
  }
  const heads = { ...options, print: printLetters(options, true).replace('b', '') };
  await printExchange(
    printTarget(heads, { ...term, stdout: term.stderr }, term.stderr.isTTY === true),
    response,
    heads,
    false,
  );
  await saveDownload(response, plan, term);
  return checkStatus(options, term, response, term.stdout.isTTY === true);
}

/** `--auth user` with no password: asked on the terminal (never when stdin is not one). */
async function askMissingPassword(options: CliOptions, spec: RequestSpec, term: Terminal): Promise<void> {
  if (options.auth === undefined || options.authType === 'bearer' || options.auth.includes(':')) return;
  if (!term.stdin.isTTY || options.offline || options.curl) return;
  const host = new URL(spec.url).host;
  const password = await promptPassword(
    `reqs: password for ${options.auth}@${host}: `,
    term.stdin,
    term.stderr,
  );
  options.auth = `${options.auth}:${password}`;
}

function printTarget(options: CliOptions, term: Terminal, stdoutIsTTY: boolean): PrintTarget {
  const pretty = prettyFor(options.pretty, stdoutIsTTY, term.env);
  return {
    write: (chunk) => term.stdout.write(chunk),
    isTTY: stdoutIsTTY,
    parts: printParts(printLetters(options, stdoutIsTTY)),
    pretty,
    paint: createPaint(pretty.colors),
    sortHeaders: options.sortHeaders,
  };
}

function configureSession(options: CliOptions): Session {
  // `--verify no` is the user's explicit choice: no InsecureRequestWarning (as HTTPie).
  if (verifyFor(options.verify) === false) disableWarnings();
  const session = new Session();
  session.maxRedirects = options.maxRedirects;
  if (options.ignoreNetrc) session.trustEnv = false;
  return session;
}

function requestOptions(spec: RequestSpec, options: CliOptions) {
  return {
    headers: spec.headers,
    params: spec.params,
    ...(spec.json !== undefined ? { json: spec.json } : {}),
    ...(spec.data !== undefined ? { data: spec.data } : {}),
    ...(spec.files !== undefined ? { files: spec.files as never } : {}),
    ...(options.auth !== undefined ? { auth: authFor(options, null)! } : {}),
  };
}

function preparedFor(session: Session, spec: RequestSpec, options: CliOptions) {
  return session.prepareRequest(new Request(spec.method, spec.url, requestOptions(spec, options)));
}

async function send(session: Session, spec: RequestSpec, options: CliOptions): Promise<Response> {
  const cert = certFor(options);
  const response = await session.request(spec.method, spec.url, {
    ...requestOptions(spec, options),
    allowRedirects: options.follow,
    stream: true,
    verify: verifyFor(options.verify),
    proxies: proxiesFor(options.proxy),
    ...(cert !== undefined ? { cert } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout * 1000 } : {}),
  });
  return response;
}

async function printExchange(
  out: PrintTarget,
  response: Response,
  options: CliOptions,
  withFinalBody = true,
): Promise<void> {
  const hops = options.all ? [...response.history, response] : [response];
  for (const hop of hops) {
    printRequest(out, hop.request);
    printResponseHead(out, hop);
    if (hop === response) {
      if (withFinalBody) await printFinalBody(out, response, options);
    } else printResponseBody(out, hop);
    printMeta(out, hop);
  }
}

async function printFinalBody(out: PrintTarget, response: Response, options: CliOptions): Promise<void> {
  if (options.stream && out.parts.responseBody) {
    for await (const chunk of response.iterContent()) out.write(chunk);
    return;
  }
  await response.read();
  printResponseBody(out, response);
}

function checkStatus(options: CliOptions, term: Terminal, response: Response, stdoutIsTTY: boolean): number {
  if (!options.checkStatus) return ExitStatus.SUCCESS;
  const status = statusForResponse(response.statusCode, options.follow);
  if (status !== ExitStatus.SUCCESS && !stdoutIsTTY) {
    term.stderr.write(`reqs: warning: HTTP ${response.statusCode} ${response.reason}\n`);
  }
  return status;
}
