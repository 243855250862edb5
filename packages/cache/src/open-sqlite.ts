/** Opening an SQLite file with what this runtime has: `node:sqlite` (Node >= 22.5), else the better-sqlite3 package. */

/** The statement API both drivers share. */
export interface SqliteStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
}

/** The database API both drivers share. */
export interface SqliteDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
  close(): unknown;
}

type DatabaseConstructor = new (path: string) => SqliteDatabase;

// Names in variables: bundlers and tsc must not resolve them (both are optional at run time).
const NODE_SQLITE = 'node:sqlite';
const BETTER_SQLITE3 = 'better-sqlite3';

/**
 * Opens `path` with `node:sqlite`'s DatabaseSync where the runtime has it, else better-sqlite3.
 * @throws Error naming both options when neither is available.
 */
export async function openSqlite(path: string): Promise<{ db: SqliteDatabase; driver: string }> {
  const nodeSqlite = await importOptional<{ DatabaseSync?: DatabaseConstructor }>(NODE_SQLITE);
  if (nodeSqlite?.DatabaseSync !== undefined)
    return { db: new nodeSqlite.DatabaseSync(path), driver: NODE_SQLITE };
  const better = await importOptional<{ default?: DatabaseConstructor }>(BETTER_SQLITE3);
  if (better?.default !== undefined) return { db: new better.default(path), driver: BETTER_SQLITE3 };
  throw new Error(
    `SqliteStore needs node:sqlite (Node.js >= 22.5) or the better-sqlite3 package; this is Node.js ${process.version}: install better-sqlite3 (npm install better-sqlite3).`,
  );
}

async function importOptional<T>(specifier: string): Promise<T | null> {
  try {
    return (await import(specifier)) as T;
  } catch {
    return null;
  }
}
