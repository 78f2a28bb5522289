/**
 * The downloads page: every artefact the build wrote to dist/ (schema, templates, code lists, AsyncAPI…) with
 * the version, size and SHA-256 checksum, and a SHA256SUMS file to check them with `sha256sum -c`. The files
 * themselves are copied into the site (static/downloads/<folder>/) by the site build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FieldModel } from '../../model/field-model.js';
import { mdxCode, mdxText } from '../mdx.js';
import { render } from '../render.js';
import { DOWNLOADS_PAGE } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';

/** Parts of dist/ that are not downloads: the compiled library comes with the npm package. */
const NOT_DOWNLOADS = ['lib/'];
export const CHECKSUMS_FILE = 'SHA256SUMS';

export interface DownloadFile {
  /** Path inside dist/ (or of an extra file), with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
  /** The content of a file that is not in dist/. */
  content?: Buffer;
}

export interface DownloadLinks {
  /** The folder of the site's /downloads/ the files are served from (the version, or `next`). */
  folder: string;
  /** Where the files come from. */
  distDir: string;
  files: DownloadFile[];
  /** The link to a dist/ file on the site, or undefined when the build has no such file. */
  linkTo(path: string): string | undefined;
}

/** The downloadable files of `distDir` (none when it does not exist) and `extras`, served from /downloads/<folder>/. */
export function collectDownloads(distDir: string, folder: string, extras: { path: string; content: Buffer }[] = []): DownloadLinks {
  const files: DownloadFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      const path = relative(distDir, full).split(sep).join('/');
      if (NOT_DOWNLOADS.some((p) => `${path}/`.startsWith(p))) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = readFileSync(full);
        files.push({ path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      }
    }
  };
  if (existsSync(distDir)) walk(distDir);
  for (const { path, content } of extras) files.push({ path, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), content });
  const known = new Set(files.map((f) => f.path));
  // `pathname://` tells Docusaurus the link is to a file of the site, not a page; the link check after the build checks it.
  return { folder, distDir, files, linkTo: (path) => (known.has(path) ? `pathname:///downloads/${folder}/${path}` : undefined) };
}

/** `sha256sum -c` input for the files. */
export const checksumsText = (links: DownloadLinks) => links.files.map((f) => `${f.sha256}  ${f.path}\n`).join('');

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** What a file is, in a few words, from its name and (for schemas) its own title. */
function describe(model: FieldModel, links: DownloadLinks, path: string): string {
  const name = path.split('/').pop()!;
  const list = /^codelists\/(.+)\.(csv|json)$/.exec(path);
  if (list && model.codelists.has(list[1]!)) return `Code list “${model.codelists.get(list[1]!)!.title}” as ${list[2]!.toUpperCase()}`;
  if (path === 'codelists/index.json') return 'Index of every code list';
  if (path === 'crosswalks/htcds-to-htfds.csv') return 'HTCDS v2.0 crosswalk: each HTCDS field and value, and where it lands in HTFDS';
  if (path === 'crosswalks/htfds-to-htcds.csv') return 'HTCDS v2.0 crosswalk read from the HTFDS side: each HTFDS field and code, and the HTCDS field it goes back to';
  if (path === 'asyncapi.yaml') return 'AsyncAPI 3 description of how records are exchanged';
  if (path === 'schema/indicator-catalogue.json') return 'The red-flag indicator catalogue as JSON';
  const profile = /^schema\/profiles\/(.+)\.schema\.json$/.exec(path);
  if (profile) return `JSON Schema of records shared under the ${profile[1]} profile`;
  if (name.endsWith('.schema.json')) {
    try {
      const schema = JSON.parse(readFileSync(join(links.distDir, path), 'utf8')) as { title?: unknown };
      if (typeof schema.title === 'string') return `JSON Schema: ${schema.title}`;
    } catch {
      // Not JSON: described by its extension below.
    }
    return 'JSON Schema';
  }
  if (name === 'datapackage.json') return 'Frictionless data package descriptor of the CSV files';
  if (name.endsWith('.d.ts')) return 'TypeScript declarations of the case report';
  if (path.startsWith('examples/')) return 'Synthetic example report';
  if (path.startsWith('browser/')) return 'The validator as one ES module for browsers (what this site’s validator runs)';
  const forForms = FORM_FILES.find((f) => f.test.test(name));
  if (forForms) return forForms.description;
  if (name.endsWith('.md')) return 'Read me';
  if (name.endsWith('.csv')) return 'CSV table';
  if (name.endsWith('.json')) return 'JSON';
  return 'Generated artefact';
}

/**
 * The files for people who fill in forms, first on the page, each said to be for whom: the people who hold
 * the cases should meet their files before the schemas.
 */
const FORM_FILES: { test: RegExp; description: string }[] = [
  { test: /^htfds-workbook-core\.xlsx$/, description: 'Workbook for caseworkers and helplines (Excel or LibreOffice): the fields most cases need. Fill it in, then drop it on the Validator page to check it and prepare it for sharing.' },
  { test: /^htfds-workbook-full\.xlsx$/, description: 'Workbook with every field, for analysts, banks and financial intelligence units who record cases in full detail.' },
  { test: /\.printable\.pdf$/, description: 'Printable form (PDF), for interviews on paper; type the answers into the workbook afterwards.' },
  { test: /\.printable\.html$/, description: 'Printable form (web page), the same questions as the PDF, to print from a browser.' },
  { test: /\.xlsform\.xlsx$/, description: 'Form for KoboToolbox or ODK Central (XLSForm), for organisations that collect cases on phones or tablets.' },
  { test: /\.xform\.xml$/, description: 'Form for ODK Collect, ODK Central and Enketo (XForm), the same questions as the XLSForm.' },
];
const FORMS_GROUP = 'for-forms';

/** The group a file is listed in: its folder, except that the forms people fill in come first, together. */
function groupOf(path: string): string {
  const name = path.split('/').pop()!;
  if (FORM_FILES.some((f) => f.test.test(name))) return FORMS_GROUP;
  return path.includes('/') ? path.split('/')[0]! : '';
}

const GROUP_TITLES: Record<string, string> = {
  [FORMS_GROUP]: 'For people who fill in forms',
  schema: 'JSON Schemas (for developers)',
  templates: 'CSV templates and a blank report (for data teams)',
  codelists: 'Code lists',
  crosswalks: 'Crosswalks to other standards',
  types: 'TypeScript types',
  browser: 'Browser validator',
  examples: 'Synthetic examples',
  '': 'Exchange',
};

/** The downloads page. */
export function downloadsPage(model: FieldModel, links: DownloadLinks): DocsFile {
  const groups = new Map<string, DownloadFile[]>();
  for (const file of links.files) {
    const group = groupOf(file.path);
    groups.set(group, [...(groups.get(group) ?? []), file]);
  }
  const formRank = (f: DownloadFile) => FORM_FILES.findIndex((x) => x.test.test(f.path.split('/').pop()!));
  groups.get(FORMS_GROUP)?.sort((a, b) => formRank(a) - formRank(b));
  const order = [FORMS_GROUP, 'templates', 'examples', 'codelists', 'crosswalks', 'schema', '', 'types', 'browser'];
  const groupKeys = [...groups.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  return {
    path: DOWNLOADS_PAGE,
    content: render('downloads-page', {
      version: model.version,
      count: links.files.length,
      checksums: `pathname:///downloads/${links.folder}/${CHECKSUMS_FILE}`,
      folder: links.folder,
      groups: groupKeys.map((key) => ({
        title: GROUP_TITLES[key] ?? mdxText(key),
        collapsed: (groups.get(key)?.length ?? 0) > 20,
        count: groups.get(key)!.length,
        files: groups.get(key)!.map((f) => ({
          link: `[${mdxText(f.path)}](${links.linkTo(f.path)})`,
          description: mdxText(describe(model, links, f.path)),
          size: size(f.bytes),
          sha256: mdxCode(f.sha256),
        })),
      })),
    }),
  };
}
