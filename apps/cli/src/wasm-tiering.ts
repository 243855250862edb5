// undici parses HTTP/1.1 with llhttp compiled to WebAssembly. V8 compiles it with its baseline
// compiler (Liftoff) and, by default, soon recompiles it with TurboFan on background threads,
// work that a short-lived command pays for (and waits for at exit) without ever using it: about
// a third of the CPU of a plain `reqs GET`. A tiering budget no command reaches keeps Liftoff's
// code, which parses a 256 MiB download no slower. Set before the first connection compiles llhttp.
import { setFlagsFromString } from 'node:v8';

/** Bytes of WebAssembly executed before a function is optimized (V8's default: 1,800,000). */
const TIERING_BUDGET = 2_000_000_000;

/** Keeps WebAssembly on Liftoff for the life of this process (the command owns it). */
export function keepWasmOnBaseline(): void {
  setFlagsFromString(`--wasm-tiering-budget=${TIERING_BUDGET}`);
}
