/**
 * Opens DuckDB for detection. @duckdb/node-api is an optional peer dependency (a plain install of htfds stays
 * small), so it is imported only here, when a command needs it; its absence is unusable setup, said in one line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DetectError } from './detect-error.js';

export const DUCKDB_PACKAGE = '@duckdb/node-api';

export interface EngineOptions {
  /** DuckDB's memory limit, e.g. "2GB": what bounds the memory of a run, whatever the size of the files. */
  memoryLimit: string;
  /** Where DuckDB spills and keeps its working database; a fresh folder under the system's temporary folder by default. */
  tempDir?: string;
  threads?: number;
}

export interface Engine {
  connection: DuckDBConnection;
  close(): void;
}

const MEMORY_LIMIT = /^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

export async function openEngine(options: EngineOptions): Promise<Engine> {
  if (!MEMORY_LIMIT.test(options.memoryLimit)) throw new DetectError(`--memory-limit: "${options.memoryLimit}" is not a size such as 512MB or 4GB`);
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import(DUCKDB_PACKAGE);
  } catch {
    throw new DetectError(`detection needs the DuckDB engine, which is not installed: run \`npm install ${DUCKDB_PACKAGE}\``);
  }
  const work = mkdtempSync(join(options.tempDir ?? tmpdir(), 'htfds-detect-'));
  // An in-memory database whose blocks DuckDB evicts to temp_directory beyond memory_limit: the limit, not the
  // export, bounds memory, without the cost of writing and checkpointing a database file.
  const instance: DuckDBInstance = await duckdb.DuckDBInstance.create(':memory:', {
    memory_limit: options.memoryLimit,
    temp_directory: join(work, 'spill'),
    ...(options.threads ? { threads: String(options.threads) } : {}),
    // Rules read only the export: no extensions fetched, no files outside the loaded tables.
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  // A compressed in-memory catalog: the loaded export takes a fraction of the space, so it stays within the limit.
  await connection.run(`ATTACH ':memory:' AS htfds (COMPRESS)`);
  await connection.run('USE htfds');
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
