/**
 * How the commands treat the files they are given and write (issue 12, safe file handling): an output that
 * names an input is refused before anything is written; an output that cannot be written (a missing folder, a
 * full disk: /dev/full) is one line and exit 2, with no stack trace and no message of success before it; key
 * files must be 32 to 1024 bytes and not one byte value repeated, and a guessable key is warned about. All
 * reports are the synthetic examples.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { keyFromBytes } from '../src/share/key-bytes.js';
import { htfds } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'minimal.json');
copyFileSync('examples/minimal.json', input);
const original = readFileSync(input);
const key = join(dir, 'group.key');
writeFileSync(key, createHash('sha256').update('synthetic test key').digest());

/** Runs the CLI with standard output going to `stdoutPath` (such as /dev/full). */
function withStdout(stdoutPath: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const out = openSync(stdoutPath, 'w');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

const oneLine = (stderr: string) => stderr.trimEnd().split('\n');

describe('--out that names an input is refused before anything is written', () => {
  const commands: [string, string[]][] = [
    ['upgrade', ['upgrade', input, '--out', input]],
    ['anonymise', ['anonymise', '--profile', 'internal', input, '--out', input]],
    ['import', ['import', input, '--out', input]],
    ['export', ['export', input, '--to', 'xlsx', '--out', input]],
  ];
  for (const [name, args] of commands) {
    test(name, async () => {
      const r = await htfds(...args);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toEqual([`htfds: cannot write ${input}: it is the input ${input}; write the output somewhere else, so that no input is overwritten or read back`]);
      expect(readFileSync(input).equals(original)).toBe(true);
    });
  }

  test('also through a hard link, inside an input folder, or as a folder holding an input', async () => {
    const link = join(dir, 'link.json');
    linkSync(input, link);
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    copyFileSync('examples/minimal.json', join(folder, 'a.json'));
    for (const [args, how] of [
      [['upgrade', input, '--out', link], 'it is the input'],
      [['upgrade', folder, '--out', join(folder, 'upgraded.ndjson')], 'it is inside the input folder'],
      [['export', join(folder, 'a.json'), '--to', 'csv', '--out', folder], 'it holds the input'],
    ] as const) {
      const r = await htfds(...args);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toHaveLength(1);
      expect(r.stderr).toContain(how);
    }
    expect(readFileSync(input).equals(original)).toBe(true);
    expect(existsSync(join(folder, 'upgraded.ndjson'))).toBe(false);
  });
});

describe('an output that cannot be written: one line, exit 2, nothing said of success', () => {
  for (const [name, args] of [
    ['upgrade', ['upgrade', 'examples', '--out', '/dev/full']],
    ['anonymise', ['anonymise', '--profile', 'internal', 'examples', '--out', '/dev/full']],
    ['import', ['import', join(dir, 'cases.xlsx'), '--out', '/dev/full']],
    ['export', ['export', 'examples', '--to', 'xlsx', '--out', '/dev/full']],
  ] as const) {
    test(`${name} --out /dev/full`, async () => {
      if (name === 'import') expect((await htfds('export', 'examples', '--to', 'xlsx', '--out', join(dir, 'cases.xlsx'))).code).toBe(0);
      const r = await htfds(...args);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toEqual(['htfds: cannot write /dev/full: the disk is full (ENOSPC)']);
    });
  }

  test('a folder that does not exist', async () => {
    const r = await htfds('upgrade', 'examples/minimal.json', '--out', join(dir, 'missing', 'out.ndjson'));
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([`htfds: cannot write ${join(dir, 'missing', 'out.ndjson')}: its folder does not exist (ENOENT)`]);
  });

  // Node's recursive mkdir retries for ever where a file system refuses folders without saying why (/proc answers
  // ENOENT): the command must fail at once. The child is killed after 30 s, so a command that spins fails the test.
  const bounded = (...args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { timeout: 30_000 }, (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }));
    });
  for (const [what, out, reason] of [
    ['a folder under /proc', '/proc/htfds-test-out', 'no folder can be made in /proc (ENOENT)'],
    ['two folders under /proc', '/proc/htfds-test-out/pkg', 'no folder can be made in /proc (ENOENT)'],
    ['a folder under a file', join(input, 'pkg'), 'part of the path is a file, not a folder (ENOTDIR)'],
  ] as const) {
    test(`export --to csv into ${what}: fails at once`, async () => {
      const r = await bounded('export', 'examples/minimal.json', '--to', 'csv', '--out', out);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toEqual([`htfds: cannot write ${out}: ${reason}`]);
    }, 40_000);
  }

  test('synth --out under /proc: fails at once', async () => {
    const r = await bounded('synth', '--out', '/proc/htfds-test-synth', '--customers', '10', '--months', '1');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual(['htfds: /proc/htfds-test-synth: cannot be created; give a folder you can write to']);
  }, 40_000);

  // Root is not stopped by a read-only folder, so the failures are provoked by places no one can write to.
  for (const [what, ledger, reason] of [
    ['whose folder is a file', join(input, 'budget.json'), 'part of the path is a file, not a folder (ENOTDIR)'],
    ['under /proc', '/proc/htfds-test-budget.json', 'no file can be made in /proc (ENOENT)'],
    ['in a folder that does not exist', join(dir, 'no-such-folder', 'budget.json'), 'its folder does not exist (ENOENT)'],
  ] as const) {
    test(`stats with a budget file ${what}: the ledger named, not its temporary file; nothing released`, async () => {
      const r = await htfds('stats', '--threshold', '2', '--budget-file', ledger, 'examples');
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toEqual([`htfds: cannot write ${ledger}: ${reason}`]);
      expect(r.stdout).toBe('');
    });
  }

  for (const args of [['validate', 'examples'], ['upgrade', 'examples'], ['anonymise', '--profile', 'internal', 'examples'], ['stats', '--threshold', '2', '--budget-file', join(dir, 'full-disk-budget.json'), 'examples']]) {
    test(`standard output to a full disk: ${args[0]}`, async () => {
      const r = await withStdout('/dev/full', ...args);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toEqual(['htfds: cannot write standard output: the disk is full (ENOSPC)']);
    });
  }
});

describe('key files', () => {
  const keyFile = (name: string, content: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const anonymise = (file: string) => htfds('anonymise', '--profile', 'tactical', '--key-file', file, 'examples/minimal.json');

  test('32 random bytes, raw or hexadecimal: used without a warning', async () => {
    const raw = createHash('sha256').update('another synthetic key').digest();
    // Hexadecimal in one line, or in lines of 60 digits as `xxd -p` writes it: the same key.
    const xxd = `${raw.toString('hex').replace(/(.{60})/g, '$1\n')}\n`;
    for (const file of [keyFile('raw.key', raw), keyFile('hex.key', `${raw.toString('hex')}\n`), keyFile('xxd.key', xxd)]) {
      const r = await anonymise(file);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(/warning/);
    }
  });

  test('longer than 1024 bytes, or one byte value repeated: refused with exit 2, the key never shown', async () => {
    const long = await anonymise(keyFile('long.key', Buffer.concat([createHash('sha512').update('x').digest(), Buffer.alloc(1024, 7)])));
    expect(long.code).toBe(2);
    expect(oneLine(long.stderr)).toEqual([expect.stringMatching(/long\.key: the key (file is \d+ bytes|is longer than 1024 bytes)/)]);
    const zeros = await anonymise(keyFile('zeros.key', Buffer.alloc(64, 0)));
    expect(zeros.code).toBe(2);
    expect(oneLine(zeros.stderr)).toEqual([expect.stringMatching(/zeros\.key: the key is one byte value repeated/)]);
    const hexOnes = await anonymise(keyFile('ones.key', 'ff'.repeat(40)));
    expect(hexOnes.code).toBe(2);
  });

  test('hexadecimal text of the wrong length is refused as a hexadecimal key, not used as a passphrase of its characters', async () => {
    const hex = createHash('sha256').update('a third synthetic key').digest('hex');
    for (const [name, content, reason] of [
      ['short-hex.key', `${hex.slice(0, 62)}\n`, 'the key file looks like a hexadecimal key of 31 bytes; a key needs at least 32 bytes (64 hexadecimal characters)'],
      ['odd-hex.key', hex.slice(0, 63), 'the key file holds 63 hexadecimal characters, an odd number'],
      ['one-more-hex.key', `${hex}A\r\n`, 'the key file holds 65 hexadecimal characters, an odd number'],
    ] as const) {
      const r = await anonymise(keyFile(name, content));
      expect(r.code, name).toBe(2);
      expect(oneLine(r.stderr), name).toEqual([expect.stringContaining(`${name}: ${reason}`)]);
      expect(r.stderr).not.toContain(content.trim());
      expect(r.stdout).toBe('');
    }
    // The browser page checks a key with the same function; lines of hexadecimal read as one key.
    expect(() => keyFromBytes(new TextEncoder().encode(hex.slice(0, 62)), () => undefined)).toThrow(/hexadecimal key of 31 bytes/);
    const lines = new TextEncoder().encode(`${hex.slice(0, 60)}\n${hex.slice(60)}\n`);
    expect(keyFromBytes(lines, () => expect.fail('no warning for a random key'))).toEqual(Uint8Array.from(Buffer.from(hex, 'hex')));
  });

  test('a guessable key is used, with a warning that does not show it', async () => {
    for (const [name, content, why] of [
      ['pattern.key', Buffer.from('0123456789abcdefXYZ!'.repeat(3)), /repeats a block of 20 byte/],
      ['phrase.key', 'correct horse battery staple and more words', /text typed by a person/],
      ['few.key', Buffer.from(Array.from({ length: 40 }, (_, i) => (i * 7) % 5 === 0 ? 1 : (i % 3) + 2)), /vary too little|repeats a block/],
    ] as const) {
      const r = await anonymise(keyFile(name, content));
      expect(r.code, name).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`htfds: warning: .*${name.replace('.', '\\.')}: the key looks guessable`));
      expect(r.stderr).toMatch(why);
      expect(r.stderr).not.toContain(typeof content === 'string' ? content : content.toString('latin1'));
    }
  });
});

describe('text in UTF-16 (what Windows tools call "Unicode")', () => {
  test('JSON, NDJSON, a CSV package and a form submission saved as UTF-16 are refused with a message saying so', async () => {
    const utf16 = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
    const report = readFileSync('examples/minimal.json', 'utf8');
    writeFileSync(join(dir, 'u16.json'), utf16(report, true));
    writeFileSync(join(dir, 'u16.ndjson'), utf16(`${JSON.stringify(JSON.parse(report))}\n`, false));
    const validated = await htfds('validate', join(dir, 'u16.json'), join(dir, 'u16.ndjson'));
    expect(validated.code).toBe(2);
    expect(validated.stderr.match(/the text is UTF-16, not UTF-8; save the file as UTF-8/g)).toHaveLength(2);

    const csv = join(dir, 'u16-csv');
    expect((await htfds('export', 'examples/minimal.json', '--to', 'csv', '--out', csv)).code).toBe(0);
    writeFileSync(join(csv, 'case.csv'), utf16(readFileSync(join(csv, 'case.csv'), 'utf8'), true));
    const imported = await htfds('import', csv);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/case\.csv: the text is UTF-16 \(Excel's "Unicode text"\), not UTF-8; save the file as CSV UTF-8/);

    writeFileSync(join(dir, 'u16.xml'), utf16('<?xml version="1.0"?><data id="htfds"/>', true));
    const submission = await htfds('import', join(dir, 'u16.xml'));
    expect(submission.code).toBe(2);
    expect(submission.stderr).toMatch(/u16\.xml.*the text is UTF-16, not UTF-8/);
  });
});
