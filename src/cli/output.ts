/**
 * Where the commands write (`--out`): checked before any work is done, and every write failure turned into one
 * line and exit 2, never a stack trace, and never after a message that said all went well.
 *
 * - An output that names one of the inputs (the same file, through any link, or a place inside an input folder,
 *   or a folder holding an input) is refused before anything is read or written: the input would be destroyed
 *   or read back as input.
 * - A file output is opened when the command starts, so that an unwritable path fails before any work, and is
 *   written synchronously, so that a full disk stops the command at the write that failed.
 */
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { Writable } from 'node:stream';

export class OutputError extends Error {
  /** `where` is a file or folder, or `standard output`. */
  constructor(readonly where: string, cause: unknown) {
    super(`cannot write ${where}: ${reasonOf(cause, where === 'standard output' ? undefined : where)}`);
  }
}

/**
 * The reason a write failed, in words, with the system's code for those who search for it. With the `path`
 * written: ENOENT where its folder does exist is a file system that makes no files there (such as /proc).
 */
export function reasonOf(error: unknown, path?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && path !== undefined && isFolder(dirname(resolve(path)))) return `no file can be made in ${dirname(resolve(path))} (ENOENT)`;
  const words: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file of that name is in the way',
  };
  return code && words[code] ? `${words[code]} (${code})` : code ?? (error instanceof Error ? error.message : String(error));
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The path as the file system knows it: links resolved, for as much of it as exists. */
function canonical(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  while (!existsSync(head) && dirname(head) !== head) {
    tail.unshift(basename(head));
    head = dirname(head);
  }
  try {
    return join(realpathSync(head), ...tail);
  } catch {
    return resolve(path);
  }
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);

/** Throws OutputError when the output would overwrite, or land among, the inputs. */
export function refuseOutputOverInputs(out: string, inputs: readonly string[]): void {
  const target = canonical(out);
  const targetId = existsSync(out) ? statSync(out) : undefined;
  for (const input of inputs) {
    const source = canonical(input);
    const sourceId = existsSync(input) ? statSync(input) : undefined;
    // The same file under another name (a hard link) has the same device and inode.
    const sameFile = targetId && sourceId && targetId.dev === sourceId.dev && targetId.ino === sourceId.ino;
    if (sameFile || within(target, source) || within(source, target)) {
      const how = sameFile || target === source ? 'is the input' : within(target, source) ? 'is inside the input folder' : 'holds the input';
      throw new OutputError(out, new Error(`it ${how} ${input}; write the output somewhere else, so that no input is overwritten or read back`));
    }
  }
}

/**
 * A file opened for writing now and written through, synchronously: `write` throws OutputError at the write that
 * fails (before the command can say that all went well), `end` closes the file.
 */
export class FileOutput extends Writable {
  private fd: number | undefined;

  constructor(readonly path: string) {
    super();
    try {
      if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      this.fd = openSync(path, 'w');
    } catch (error) {
      throw new OutputError(path, error);
    }
  }

  override write(chunk: string | Uint8Array): boolean {
    if (this.fd === undefined) throw new OutputError(this.path, new Error('the file is already closed'));
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    try {
      for (let at = 0; at < data.length; ) at += writeSync(this.fd, data, at);
    } catch (error) {
      this.end();
      throw new OutputError(this.path, error);
    }
    return true;
  }

  /** Closes the file. */
  override end(callback?: () => void): this {
    if (this.fd !== undefined) {
      const fd = this.fd;
      this.fd = undefined;
      try {
        closeSync(fd);
      } catch (error) {
        throw new OutputError(this.path, error);
      }
    }
    callback?.();
    return this;
  }
}

/**
 * Makes the output folder `path` and any folders above it that are missing, one at a time, each only where the
 * folder above it exists and is a folder; throws OutputError naming `path` at the first that cannot be made.
 * Not `mkdir(…, { recursive: true })`: on a file system that refuses new folders without saying why (Linux's
 * /proc answers ENOENT under a folder that exists), Node's recursive mkdir retries for ever.
 */
export function makeOutputFolder(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  while (!existsSync(at) && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  try {
    if (!statSync(at).isDirectory()) throw Object.assign(new Error('not a folder'), { code: missing.length === 0 ? 'EEXIST' : 'ENOTDIR' });
    for (const folder of missing) {
      try {
        mkdirSync(folder);
      } catch (error) {
        // The folder above exists (it was checked, or just made), so ENOENT here is the file system refusing.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no folder can be made in ${dirname(folder)} (ENOENT)`);
        throw error;
      }
    }
  } catch (error) {
    throw new OutputError(path, error);
  }
}

/** Opens the `--out` file, after making sure it is none of the inputs. */
export function openOutput(out: string, inputs: readonly string[]): FileOutput {
  refuseOutputOverInputs(out, inputs);
  return new FileOutput(out);
}

/**
 * Standard error for the commands' messages, which first makes sure standard output has not failed: a command's
 * closing account ("12 reports upgraded") must not appear when its output went nowhere. A file or device behind
 * standard output fails at the write itself, so the failure is known by the time the account is written.
 */
export class MessageStream extends Writable {
  constructor(
    private readonly output: Writable = process.stdout,
    private readonly messages: Writable = process.stderr,
  ) {
    super();
  }

  override write(chunk: string | Uint8Array): boolean {
    if (this.output.errored) throw new OutputError('standard output', this.output.errored);
    return this.messages.write(chunk);
  }
}
