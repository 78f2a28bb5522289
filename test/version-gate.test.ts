/** The repository itself passes the version gate, and its changelog is what the schema says. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkVersionGate } from '../generators/diff/version-gate.js';
import { loadFieldModel } from '../generators/load-model.js';
import { changelogText } from '../generators/cli/version-command.js';

test('the declared version is bumped as far as the changes since the last release require', () => {
  const result = checkVersionGate(loadFieldModel('schema'));
  expect(result.problems).toEqual([]);
});

test('CHANGELOG.md is up to date (run `npx htfds changelog`)', () => {
  expect(readFileSync('CHANGELOG.md', 'utf8')).toBe(changelogText('.'));
});
