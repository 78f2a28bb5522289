/**
 * Where the hub validates and re-shapes submissions: on its own thread, or on worker threads, so that a hub uses
 * the machine's cores while its own thread keeps up with the broker. The result is the same either way (the same
 * pure prepareSubmission); only the bytes of the submission cross to a worker, and only the result comes back.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepareSubmission, type Prepared } from './checks.js';
import type { HubConfig, HubMember } from './config.js';

export interface Shaping {
  /** The submission prepared for every recipient but its submitter (and lead recipients it is not addressed `to`); `parsed` is its JSON, when already parsed. */
  prepare(bytes: Uint8Array, submitter: string, to: string | undefined, parsed: unknown): Promise<Prepared>;
  close(): Promise<void>;
}

/** What a worker is started with. */
export interface ShapingSetup {
  config: HubConfig;
  strictestNeeded: string;
  recipientIds: string[];
}
export interface ShapingRequest {
  id: number;
  bytes: Uint8Array;
  submitter: string;
  to: string | undefined;
}
/** A worker answers each request, and says once that it is ready for them. */
export type ShapingResponse = { id: number; prepared: Prepared } | { id: number; failure: string } | { ready: true };

/** The default for `htfds hub start`: a worker per core but one (the hub's thread and the broker need one), at most four. */
export const defaultShapingThreads = () => Math.min(4, Math.max(0, availableParallelism() - 1));

/** A worker failed on a submission; its message names only the kind of error. */
export class ShapingError extends Error {
  constructor(kind: string) {
    super(`${kind} while re-shaping`);
    this.name = 'ShapingError';
  }
}

export function shapeOnThisThread(config: HubConfig, strictestNeeded: string, recipients: readonly HubMember[]): Shaping {
  return {
    prepare: (bytes, submitter, to, parsed) => Promise.resolve().then(() => prepareSubmission(bytes, submitter, to, config, strictestNeeded, recipients, parsed)),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve: (prepared: Prepared) => void;
  reject: (error: Error) => void;
}

/** Run from the TypeScript sources (tests, tsx), a worker starts through a module that loads them (see there). */
const fromSources = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSources ? './shaping-worker-from-sources.mjs' : './shaping-worker.js', import.meta.url);

class ShapingWorker {
  readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;
  private ready = false;

  /** `onExit` learns whether the worker had started (one that never did cannot run here). */
  constructor(setup: ShapingSetup, onExit: (self: ShapingWorker, hadStarted: boolean) => void) {
    this.worker = new Worker(workerUrl, { workerData: setup });
    this.worker.on('message', (response: ShapingResponse) => {
      if ('ready' in response) {
        this.ready = true;
        return;
      }
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if ('prepared' in response) waiting?.resolve(response.prepared);
      else waiting?.reject(new ShapingError(response.failure));
    });
    // A worker that dies (out of memory, a crash) fails what it held, and is replaced; the messages come again.
    this.worker.on('error', () => {});
    this.worker.on('exit', () => {
      for (const waiting of this.pending.values()) waiting.reject(new ShapingError('the re-shaping worker stopped'));
      this.pending.clear();
      onExit(this, this.ready);
    });
  }

  send(request: ShapingRequest, waiting: Pending): void {
    this.pending.set(request.id, waiting);
    this.worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * `threads` workers; one that stops is replaced, and the messages it held come again. When a worker cannot start at
 * all, the work stays on this thread from then on, and `onFallback` says why.
 */
export function shapeOnWorkers(threads: number, config: HubConfig, strictestNeeded: string, recipients: readonly HubMember[], onFallback: (reason: string) => void = () => {}): Shaping {
  const setup: ShapingSetup = { config, strictestNeeded, recipientIds: recipients.map((r) => r.id) };
  let closing = false;
  let onThisThread: Shaping | undefined;
  const workers: ShapingWorker[] = [];
  const start = (): ShapingWorker =>
    new ShapingWorker(setup, (gone, hadStarted) => {
      const at = workers.indexOf(gone);
      if (at === -1 || closing) return;
      if (hadStarted) {
        workers[at] = start();
      } else if (!onThisThread) {
        onThisThread = shapeOnThisThread(config, strictestNeeded, recipients);
        onFallback('a worker thread could not start; submissions are validated and re-shaped on the hub\'s own thread');
      }
    });
  for (let i = 0; i < threads; i++) workers.push(start());
  let nextId = 0;
  return {
    prepare(bytes, submitter, to, parsed) {
      if (closing) return Promise.reject(new ShapingError('the hub is stopping'));
      if (onThisThread) return onThisThread.prepare(bytes, submitter, to, parsed);
      // The least busy worker takes it.
      const worker = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      // A copy of its own (Buffer's slice would be a view), whose buffer can be handed over without touching the connection's.
      return new Promise((resolve, reject) => worker.send({ id: nextId++, bytes: new Uint8Array(bytes), submitter, to }, { resolve, reject }));
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
