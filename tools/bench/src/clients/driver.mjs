// The contract every benchmarked client implements: the few operations the scenarios time.
// Each client loads its library lazily inside `create`, so a client that fails to import
// (reqs while it is being written) is reported as unavailable and the others still run.

/**
 * One client, ready to talk to the bench server.
 * @typedef {object} Driver
 * @property {(path: string) => Promise<unknown>} getJson GET and parse a JSON body (gzip decoded)
 * @property {(path: string, body: Buffer) => Promise<number>} post POST bytes; resolves with the byte count the server reports
 * @property {(path: string) => Promise<number>} download stream a body without keeping it; resolves with its length
 * @property {(path: string, file: string) => Promise<number>} upload multipart upload of a file as field `file`; resolves with the server's count
 * @property {() => Promise<void>} close release connections
 */

/**
 * A benchmarked client by name.
 * @typedef {object} ClientSpec
 * @property {string} name short id used on the command line (`--clients`)
 * @property {string} label what the row shows
 * @property {string | null} library the module `import()`ed for the cold-start scenario (null: built in)
 * @property {(origin: string) => Promise<Driver>} create
 */

/**
 * Throws unless a response status is 200.
 * @param {number} status
 * @param {string} what
 */
export function expectOk(status, what) {
  if (status !== 200) throw new Error(`${what}: status ${status}`);
}
