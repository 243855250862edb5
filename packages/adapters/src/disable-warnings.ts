// The switch for InsecureRequestWarning (urllib3's `disable_warnings`).

let insecureWarningsOff = false;

/**
 * The warnings reqs emits (through `process.emitWarning`, with this type).
 * @example
 * process.on('warning', (warning) => {
 *   if (warning.name === ('InsecureRequestWarning' satisfies WarningCategory)) console.log('verify: false in use');
 * });
 */
export type WarningCategory = 'InsecureRequestWarning';

/**
 * Silences `InsecureRequestWarning` (emitted once per adapter and host when `verify: false`)
 * for the whole process, as urllib3's `disable_warnings(InsecureRequestWarning)`; call
 * `disableWarnings(false)` to turn it back on. Node's own switch works too:
 * `node --disable-warning=InsecureRequestWarning` (or in `NODE_OPTIONS`).
 *
 * @example
 * requests.disableWarnings();
 * await requests.get('https://self-signed.example/', { verify: false }); // no warning
 */
export function disableWarnings(
  off: boolean = true,
  _category: WarningCategory = 'InsecureRequestWarning',
): void {
  insecureWarningsOff = off;
}

/** True when `disableWarnings()` silenced InsecureRequestWarning. */
export function insecureWarningsDisabled(): boolean {
  return insecureWarningsOff;
}
