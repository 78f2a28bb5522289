/**
 * CHANGELOG.md: one section per version, each with hand-written notes and a block of changes generated from
 * the diff against the previous release. Regenerating replaces only the generated block of the current
 * version's section; everything people wrote stays.
 */
import type { Change, Level } from '../diff/diff-models.js';

const START = '<!-- generated changes: start -->';
const END = '<!-- generated changes: end -->';
const HEADINGS: Record<Level, string> = {
  major: 'Breaking changes (major): data valid before may now be invalid',
  minor: 'Additions and deprecations (minor)',
  patch: 'Wording and open code lists (patch)',
};

export function generatedBlock(changes: readonly Change[], previous: string | undefined): string {
  const lines = [START];
  if (previous === undefined) lines.push('', 'First release of the standard: every field, code list and indicator is new.');
  else if (changes.length === 0) lines.push('', `No changes to fields or code lists since ${previous}.`);
  for (const level of ['major', 'minor', 'patch'] as const) {
    const of = changes.filter((c) => c.level === level);
    if (of.length === 0) continue;
    lines.push('', `### ${HEADINGS[level]}`, '', ...of.map((c) => `- ${c.message.replace(/([<>{}])/g, '\\$1')}`));
  }
  lines.push(END);
  return lines.join('\n');
}

const INTRO = `# Changelog

Changes to the HTFDS standard, newest first. Versions follow semantic versioning for standards: a major
version may make data that was valid invalid, a minor version adds optional things and deprecations, a patch
changes wording or adds codes to open code lists. The lists of changes are generated from the schema by
\`npx htfds changelog\`; the notes above them are written by people.
`;

/** The changelog with the current version's generated block replaced (its section is created when missing). */
export function updateChangelog(existing: string | undefined, version: string, changes: readonly Change[], previous: string | undefined, released: boolean): string {
  const text = existing ?? INTRO;
  const block = generatedBlock(changes, previous);
  const heading = new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b.*$`, 'm');
  const match = heading.exec(text);
  if (!match) {
    const section = `## ${version}${released ? '' : ' (unreleased)'}\n\n${block}\n`;
    const firstSection = text.search(/^## /m);
    return firstSection === -1 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, firstSection)}${section}\n${text.slice(firstSection)}`;
  }
  const sectionStart = match.index;
  const nextHeading = text.slice(sectionStart + match[0].length).search(/^## /m);
  const sectionEnd = nextHeading === -1 ? text.length : sectionStart + match[0].length + nextHeading;
  const section = text.slice(sectionStart, sectionEnd);
  const replaced = section.includes(START) && section.includes(END)
    ? section.slice(0, section.indexOf(START)) + block + section.slice(section.indexOf(END) + END.length)
    : `${section.trimEnd()}\n\n${block}\n\n`;
  return text.slice(0, sectionStart) + replaced + text.slice(sectionEnd);
}
