// The command line, parsed by commander: HTTPie's flags, spelled as HTTPie spells them.
import { Command, InvalidArgumentError, Option } from 'commander';

/** Every option of the `reqs` command after parsing. */
export interface CliOptions {
  positionals: string[];
  json: boolean;
  form: boolean;
  multipart: boolean;
  raw: string | undefined;
  ignoreStdin: boolean;
  auth: string | undefined;
  authType: 'basic' | 'digest' | 'bearer';
  ignoreNetrc: boolean;
  follow: boolean;
  maxRedirects: number;
  all: boolean;
  timeout: number | undefined;
  verify: string;
  cert: string | undefined;
  certKey: string | undefined;
  proxy: string[];
  checkStatus: boolean;
  print: string | undefined;
  headers: boolean;
  body: boolean;
  verbose: boolean;
  meta: boolean;
  pretty: 'all' | 'colors' | 'format' | 'none' | undefined;
  sortHeaders: boolean;
  stream: boolean;
  offline: boolean;
  curl: boolean;
  download: boolean;
  output: string | undefined;
  continue: boolean;
  quiet: boolean;
  session: string | undefined;
  sessionReadOnly: string | undefined;
  defaultScheme: string;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds >= 0');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number >= 0');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Builds the commander program (exported for its help text). */
export function buildProgram(version: string): Command {
  return new Command('reqs')
    .usage('[METHOD] URL [REQUEST_ITEM ...] [options]')
    .description('HTTP for Humans on the command line (HTTPie syntax).')
    .addHelpText(
      'after',
      '\nRequest items:\n' +
        '  Header:Value   a header          Header:        unset a default header\n' +
        '  Header;        an empty header   name==value    a query parameter\n' +
        '  field=value    a JSON string     field:=json    a raw JSON value\n' +
        '  a[b][0]=c      a nested path     field@file     a file (multipart)\n' +
        '  field=@file    a string from a file, field:=@file JSON from a file\n\n' +
        'Exit statuses with --check-status: 3 unfollowed 3xx, 4 4xx, 5 5xx; 2 timeout, 6 too many\n' +
        'redirects, 1 other errors.',
    )
    .argument('[args...]', 'METHOD, URL and request items')
    .helpOption('--help', 'show this help')
    .version(version, '--version', 'show the version')
    .option('-j, --json', 'serialize data items as a JSON object (the default)')
    .option('-f, --form', 'serialize data items as a form (multipart when files are given)')
    .option('--multipart', 'always send multipart/form-data')
    .option('--raw <body>', 'send this text as the body')
    .option('-I, --ignore-stdin', 'do not read a body from stdin')
    .option('-a, --auth <user[:pass]>', 'credentials (a token with --auth-type bearer)')
    .addOption(
      new Option('-A, --auth-type <type>', 'authentication scheme')
        .choices(['basic', 'digest', 'bearer'])
        .default('basic'),
    )
    .option('--ignore-netrc', 'do not read credentials from .netrc')
    .option('-F, --follow', 'follow redirects')
    .option('--max-redirects <n>', 'redirects followed at most (with --follow)', count, 30)
    .option('--all', 'print every hop of a followed redirect')
    .option('--timeout <seconds>', 'connect and read timeout', positiveNumber)
    .option('--verify <yes|no|PATH>', 'TLS verification, or a CA bundle', 'yes')
    .option('--cert <file>', 'client certificate (PEM)')
    .option('--cert-key <file>', 'private key of --cert')
    .option(
      '--proxy <scheme:URL>',
      'proxy for a scheme, e.g. http:http://localhost:3128 (repeatable)',
      collect,
      [],
    )
    .option('--check-status', 'exit with 3/4/5 for an unfollowed 3xx, a 4xx, a 5xx')
    .option('-p, --print <what>', 'what to print: H request headers, B request body, h, b response, m meta')
    .option('-h, --headers', 'print only the response headers')
    .option('-b, --body', 'print only the response body')
    .option('-v, --verbose', 'print the request as well as the response')
    .option('-m, --meta', 'print only the response metadata (timings)')
    .addOption(
      new Option('--pretty <style>', 'output processing').choices(['all', 'colors', 'format', 'none']),
    )
    .option('--sort-headers', 'sort printed headers by name')
    .option('-S, --stream', 'print the response body as it arrives, line by line')
    .option('--offline', 'print the request without sending it')
    .option('--curl', 'print an equivalent curl command line without sending')
    .option('-d, --download', 'save the response body to a file')
    .option('-o, --output <file>', 'save output to this file')
    .option('-c, --continue', 'resume a partial --download (needs --output)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--session <name|path>', 'read and update a named session (cookies, auth, headers)')
    .option('--session-read-only <name|path>', 'read a session without updating it')
    .option('--default-scheme <scheme>', 'scheme for URLs without one', 'http');
}

/** Parses `argv` (without node and the script); commander exits on --help, --version and errors. */
export function parseCli(argv: readonly string[], version: string): CliOptions {
  const program = buildProgram(version);
  program.parse(argv as string[], { from: 'user' });
  const flags = {
    json: false,
    form: false,
    multipart: false,
    ignoreStdin: false,
    ignoreNetrc: false,
    follow: false,
    all: false,
    checkStatus: false,
    headers: false,
    body: false,
    verbose: false,
    meta: false,
    sortHeaders: false,
    stream: false,
    offline: false,
    curl: false,
    download: false,
    continue: false,
    quiet: false,
  };
  return { ...flags, ...(program.opts() as Omit<CliOptions, 'positionals'>), positionals: program.args };
}
