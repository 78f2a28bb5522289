/**
 * The documentation generator without building the site: MDX escaping, the "new in" history, the link check,
 * the CLI reference from the CLI's definition, the contributing pages from CONTRIBUTING.md, and one reference
 * entry per field. (docs-site.test.ts builds the site and opens it in a browser.)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../generators/docs/check-links.js';
import { docsPages } from '../generators/docs/generate-docs.js';
import { markdownForMdx, mdxCode, mdxText } from '../generators/docs/mdx.js';
import { cliPage } from '../generators/docs/pages/cli-page.js';
import { contributingPages } from '../generators/docs/pages/contributing-pages.js';
import { collectDownloads, downloadsPage } from '../generators/docs/pages/downloads-page.js';
import { fieldNewBadge, pageContext } from '../generators/docs/page-context.js';
import { versionHistory } from '../generators/docs/version-history.js';
import { type FieldModel } from '../generators/model/field-model.js';
import { loadFieldModel } from '../generators/load-model.js';
import { createMaintainerProgram as createProgram } from '../generators/cli/program.js';

const model = loadFieldModel('schema');
/** The site's own JavaScript (docs/ has no type declarations): the versions it shows, and its configuration. */
const siteModule = (file: string) => import(pathToFileURL(join('docs', file)).href);
const { docsVersionOptions } = (await siteModule('versions.js')) as { docsVersionOptions: (version: string, released: string[]) => Record<string, unknown> };
const scratch = mkdtempSync(join(tmpdir(), 'htfds-docs-gen-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('MDX escaping', () => {
  test('text from the schema cannot become an expression, JSX, a table column or formatting', () => {
    const escaped = mdxText('Keyed by {sku}; see <Line> rules | a*b*_c_ `d` [e](f) & \\ ~g~ #h');
    expect(escaped.replace(/&(#\d+|[a-z]+);/g, '')).not.toMatch(/[{}<>|*_`[\]\\~#]/);
    // Every character comes back when the references are read.
    const decoded = escaped.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(decoded).toBe('Keyed by {sku}; see <Line> rules | a*b*_c_ `d` [e](f) & \\ ~g~ #h');
  });

  test('code spans hold backticks and pipes', () => {
    expect(mdxCode('/persons/*/id')).toBe('`/persons/*/id`');
    expect(mdxCode('a`b')).toBe('``a`b``');
    expect(mdxCode('`x`')).toBe('`` `x` ``');
    expect(mdxCode('a|b')).toBe('`a\\|b`');
  });

  test('Markdown written for GitHub keeps its code and formatting, and loses only what MDX misreads', () => {
    const source = 'Use `{"missing": "x"}` or <this> {that}.\n\n```json\n{"a": "<b>"}\n```\n**bold**';
    expect(markdownForMdx(source)).toBe('Use `{"missing": "x"}` or &lt;this> &#123;that&#125;.\n\n```json\n{"a": "<b>"}\n```\n**bold**');
  });
});

describe('version history', () => {
  const without = (m: FieldModel, path: string, list: string, code: string): FieldModel => ({
    ...m,
    fields: m.fields.filter((f) => f.path !== path),
    codelists: new Map([...m.codelists].map(([name, l]) => [name, name === list ? { ...l, codes: l.codes.filter((c) => c.code !== code) } : l])),
  });

  test('a field or code is new in the first release that has it; with no release nothing gets a badge', () => {
    const older = without(model, '/transactions/*/timeOfDayBand', 'frequency', 'irregular');
    const history = versionHistory({ ...model, version: '0.2.0' }, [{ version: '0.1.0', model: older }]);
    expect(history.firstVersion).toBe('0.1.0');
    expect(history.fieldNewIn.get('/transactions/*/timeOfDayBand')).toBe('0.2.0');
    expect(history.fieldNewIn.get('/recordId')).toBe('0.1.0');
    expect(history.codeNewIn.get('frequency\u0000irregular')).toBe('0.2.0');
    expect(history.codeNewIn.get('frequency\u0000weekly')).toBe('0.1.0');
    const none = versionHistory(model, []);
    expect(new Set(none.fieldNewIn.values())).toEqual(new Set([model.version]));
    expect(none.firstVersion).toBe(model.version);
  });
});

describe('version history across renames and moves', () => {
  test('a field an upgrade moved keeps its first version and is marked as moved, with its old path', () => {
    const renamed = (m: FieldModel, from: string, to: string): FieldModel => ({ ...m, fields: m.fields.map((f) => (f.path === from || f.path.startsWith(`${from}/`) ? { ...f, path: `${to}${f.path.slice(from.length)}` } : f)) });
    const v2 = renamed(model, '/transactions/*/cryptoDetails', '/transactions/*/crypto');
    const v3 = { ...renamed(v2, '/transactions/*/crypto/network', '/transactions/*/crypto/chain'), version: '0.3.0' };
    const history = versionHistory(v3, [
      { version: '0.1.0', model, renames: [{ from: '/transactions/*/cryptoDetails', to: '/transactions/*/crypto' }] },
      { version: '0.2.0', model: { ...v2, version: '0.2.0' }, renames: [{ from: '/transactions/*/crypto/network', to: '/transactions/*/crypto/chain' }] },
    ]);
    expect(history.fieldNewIn.get('/transactions/*/crypto/asset')).toBe('0.1.0');
    expect(history.fieldMovedIn.get('/transactions/*/crypto/asset')).toEqual({ version: '0.2.0', from: '/transactions/*/cryptoDetails/asset' });
    // Moved twice: the version of the last move, and the path it had in the first version.
    expect(history.fieldNewIn.get('/transactions/*/crypto/chain')).toBe('0.1.0');
    expect(history.fieldMovedIn.get('/transactions/*/crypto/chain')).toEqual({ version: '0.3.0', from: '/transactions/*/cryptoDetails/network' });
    expect(history.fieldMovedIn.has('/recordId')).toBe(false);
    const ctx = pageContext(v3, history);
    expect(fieldNewBadge(ctx, '/transactions/*/crypto/chain')).toContain('moved in 0.3.0, was /transactions/&#42;/cryptoDetails/network');
    expect(fieldNewBadge(ctx, '/transactions/*/crypto/chain')).not.toContain('new in');
    expect(fieldNewBadge(ctx, '/recordId')).toBe('');
  });
});

describe('versions the site shows', () => {
  test('while a version is in progress its docs sit beside the releases as "<version> (unreleased)"', () => {
    expect(docsVersionOptions('0.1.0', [])).toEqual({ includeCurrentVersion: true, versions: { current: { label: '0.1.0 (unreleased)' } } });
    expect(docsVersionOptions('0.2.0', ['0.1.0'])).toEqual({ includeCurrentVersion: true, versions: { current: { label: '0.2.0 (unreleased)' } } });
  });

  test('while the checkout declares a released version, its docs are that version at /docs/, in place of the snapshot: no "Next" copy', () => {
    expect(docsVersionOptions('0.2.0', ['0.2.0', '0.1.0'])).toEqual({ includeCurrentVersion: true, lastVersion: 'current', onlyIncludeVersions: ['current', '0.1.0'], versions: { current: { label: '0.2.0', path: '' } } });
    expect(JSON.stringify(docsVersionOptions('0.2.0', ['0.2.0', '0.1.0']))).not.toMatch(/next|unreleased/i);
  });

  test('the site\'s configuration takes its versions from there, for its versions.json and built version', async () => {
    const config = (await siteModule('docusaurus.config.js')).default as { presets: [string, { docs: Record<string, unknown> }][] };
    const facts = existsSync('docs/site-facts.json') ? (JSON.parse(readFileSync('docs/site-facts.json', 'utf8')) as { version: string }) : { version: '0.0.0' };
    const released = JSON.parse(readFileSync('docs/versions.json', 'utf8')) as string[];
    expect(released).toContain('0.1.0');
    expect(config.presets[0]![1].docs).toMatchObject(docsVersionOptions(facts.version, released));
  });
});

describe('link check of a built site', () => {
  test('finds links to missing files and missing anchors, and accepts the rest', () => {
    const site = join(scratch, 'site');
    const page = (path: string, html: string) => {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), html);
    };
    page('index.html', '<a href="/docs/">docs</a><a href="/docs/#here">a</a><a href="/docs/#gone">b</a><a href="/files/x.csv">c</a><a href="/files/y.csv">d</a><a href="https://example.org/">e</a><link rel="canonical" href="/nowhere/"><script src="/app.js"></script>');
    page('docs/index.html', '<h2 id="here">Here</h2><a href="#here">self</a><a href="#nope">self</a><a href="../files/x.csv">rel</a>');
    page('files/x.csv', 'a,b\n');
    page('app.js', '');
    expect(checkLinks(site)).toEqual([
      { page: '/docs/', link: '#nope', problem: 'anchor' },
      { page: '/', link: '/docs/#gone', problem: 'anchor' },
      { page: '/', link: '/files/y.csv', problem: 'missing' },
    ]);
  });
});

describe('generated pages', () => {
  const downloads = collectDownloads(join(scratch, 'no-dist'), model.version);
  const pages = docsPages({ model, history: versionHistory(model, []), program: createProgram(), contributing: readFileSync('CONTRIBUTING.md', 'utf8'), downloads });

  test('every field has exactly one entry in the field reference, on its section or object page', () => {
    const entries = pages.flatMap((p) => [...p.content.matchAll(/data-field-path=\{"([^"]+)"\}/g)].map((m) => ({ path: m[1]!, page: p.path })));
    expect(entries.map((e) => e.path).sort()).toEqual(model.fields.map((f) => f.path).sort());
    expect(entries.find((e) => e.path === '/persons/*/identifiers/*/type')?.page).toBe('reference/fields/persons/identifiers.mdx');
    expect(entries.find((e) => e.path === '/recordId')?.page).toBe('reference/fields/index.mdx');
  });

  test('a page per section and object, per code list, per example and per sharing profile', () => {
    const paths = new Set(pages.map((p) => p.path));
    expect(pages.filter((p) => p.path.startsWith('reference/fields/') && p.path.endsWith('.mdx'))).toHaveLength(model.containers.length + 1);
    for (const name of model.codelists.keys()) expect(paths.has(`reference/codelists/${name}.mdx`), name).toBe(true);
    for (const { name } of model.examples) expect(paths.has(`reference/examples/${name}.mdx`), name).toBe(true);
    for (const { name } of model.profiles) expect(paths.has(`reference/profiles/${name}.mdx`), name).toBe(true);
    for (const page of ['reference/indicators.mdx', 'reference/cli.mdx', 'reference/asyncapi.mdx', 'reference/downloads.mdx', 'reference/sources.mdx']) expect(paths.has(page), page).toBe(true);
  });

  test('example values come from the examples, and code titles stand beside the codes', () => {
    const persons = pages.find((p) => p.path === 'reference/fields/persons/index.mdx')!.content;
    const row = persons.split('\n').find((l) => l.includes('data-field-path={"/persons/*/gender"}'))!;
    const example = model.examples.flatMap((e) => ((e.report.persons as { gender?: unknown }[] | undefined) ?? []).map((p) => p.gender)).find((g) => typeof g === 'string') as string;
    expect(row).toContain(`\`"${example}"\` (${model.codelists.get('gender')!.codes.find((c) => c.code === example)!.title})`);
  });

  test('the indicator page carries the whole catalogue as data for its filters', () => {
    const page = pages.find((p) => p.path === 'reference/indicators.mdx')!.content;
    const data = JSON.parse(/export const catalogue = (.*);\n/.exec(page)![1]!.replaceAll('\\u003c', '<'));
    expect(data.indicators.map((i: { id: string }) => i.id)).toEqual(model.indicators.map((i) => i.id));
    expect(data.typologies.map((t: { code: string }) => t.code)).toContain('ALL');
    // Whom each indicator describes, filterable; unverified and deprecated ones carry what their badges show.
    expect(data.subjects.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['victim', 'controller', 'scamTarget', 'business']));
    for (const entry of model.indicators) {
      const shown = data.indicators.find((i: { id: string }) => i.id === entry.id);
      expect(shown.subject, entry.id).toEqual(entry.subject);
      expect([shown.verification, shown.status, shown.replacedBy], entry.id).toEqual([entry.verification, entry.status, entry.replacedBy]);
    }
    expect(page).toMatch(/badge--danger">unverified</);
  });
});

describe('downloads page (issue 15)', () => {
  test('opens with the files for people who fill in forms, each said to be for whom; the JSON Schemas come after', () => {
    const dist = join(scratch, 'dist-for-downloads');
    for (const file of ['schema/htfds-case-report.schema.json', 'schema/person.schema.json', 'templates/htfds-workbook-core.xlsx', 'templates/htfds-workbook-full.xlsx', 'templates/htfds-case-report.printable.pdf', 'templates/htfds-case-report.xlsform.xlsx', 'templates/htfds-csv-core/case.csv', 'codelists/gender.csv']) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), file.endsWith('.json') ? '{"title":"A synthetic schema"}' : 'synthetic');
    }
    const page = downloadsPage(model, collectDownloads(dist, model.version)).content;
    const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings[0]).toBe('For people who fill in forms');
    expect(headings.indexOf('JSON Schemas (for developers)')).toBeGreaterThan(0);
    const firstTable = page.slice(page.indexOf('## For people who fill in forms'), page.indexOf(`## ${headings[1]}`));
    const rows = firstTable.split('\n').filter((l) => l.startsWith('| [')).map((l) => l.split(' | ')[1]!);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^Workbook for caseworkers and helplines/);
    expect(rows[1]).toMatch(/^Workbook with every field, for analysts/);
    // No two files share a description, and none is only "Excel workbook template".
    expect(new Set(rows).size).toBe(rows.length);
    expect(page).not.toContain('Excel workbook template');
    expect(page.indexOf('htfds-workbook-core.xlsx')).toBeLessThan(page.indexOf('htfds-case-report.schema.json'));
    expect(page).toContain('[Validator](/validator/)');
  });
});

describe('CLI reference', () => {
  test('documents every command of the CLI definition with its arguments and options', () => {
    const program = createProgram();
    const page = cliPage(program).content;
    for (const command of program.commands) {
      expect(page).toContain(`## htfds ${command.name()} {#htfds-${command.name()}}`);
      for (const option of command.options) expect(page).toContain(`\`${option.flags}\``);
    }
  });

  test('subcommands are documented under their command, each with its own options (the hub commands)', () => {
    const program = createProgram();
    const page = cliPage(program).content;
    const hub = program.commands.find((c) => c.name() === 'hub')!;
    expect(hub.commands.map((c) => c.name()).sort()).toEqual(['audit', 'dead-letters', 'dev', 'nats-config', 'start']);
    for (const sub of hub.commands) {
      expect(page).toContain(`## htfds hub ${sub.name()} {#htfds-hub-${sub.name()}}`);
      expect(page).toContain(`| [\`htfds hub ${sub.name()}\`](#htfds-hub-${sub.name()}) |`);
      expect(page).toContain(`htfds hub ${sub.name()} ${sub.usage()}`);
      for (const option of sub.options) expect(page).toContain(`\`${option.flags}\``);
    }
    expect(page).toMatch(/## htfds hub start[\s\S]*`--config <file>`/);
  });

  test('a command added later appears without touching the generator', () => {
    const program = createProgram();
    program.command('frobnicate').description('a command made up by this test').argument('<things...>', 'what to frobnicate').option('--hard', 'frobnicate hard');
    const page = cliPage(program).content;
    expect(page).toMatch(/## htfds frobnicate[\s\S]*`<things\.\.\.>` \| what to frobnicate \| yes[\s\S]*`--hard` \| frobnicate hard/);
  });
});

describe('contributing pages', () => {
  test('the governance page is CONTRIBUTING.md\'s governance section, escaped for MDX', () => {
    const text = '# Contributing\n\n## How to propose a change\n\nOpen an issue.\n\n## Versioning\n\nSemantic.\n\n## Governance\n\n- **Who decides.** The {maintainers} <team>.\n';
    const pages = contributingPages(text);
    const governance = pages.find((p) => p.path.endsWith('governance.mdx'))!.content;
    expect(governance).toContain('## Governance\n\n- **Who decides.** The &#123;maintainers&#125; &lt;team>.');
    expect(pages.find((p) => p.path.endsWith('proposing-changes.mdx'))!.content).toContain('Open an issue.');
  });

  test('the real CONTRIBUTING.md gives every page, and a missing section fails loudly', () => {
    const real = readFileSync('CONTRIBUTING.md', 'utf8');
    const governance = contributingPages(real).find((p) => p.path.endsWith('governance.mdx'))!.content;
    expect(governance).toMatch(/## Governance[\s\S]*Public review[\s\S]*Appeal/);
    expect(() => contributingPages('## How to propose a change\n\nx\n\n## Versioning\n\ny\n')).toThrow(/Governance/);
  });
});
