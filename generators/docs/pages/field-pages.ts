/**
 * The field reference: a page for the case report's root object and for every section, nested object and list
 * of objects, each with a table of its fields (path, title, description, type, obligation, sensitivity and
 * anonymisation, code list, HTCDS and goAML crosswalk, sources, an example value from the examples).
 */
import type { ContainerEntry, FieldEntry, FieldModel } from '../../model/field-model.js';
import { mdxCell, mdxCode, mdxText } from '../mdx.js';
import { badge, codeTitle, fieldNewBadge, legendLink, sourceLinks, type PageContext } from '../page-context.js';
import { render } from '../render.js';
import { codelistPage, containerPage, fieldAnchor, fieldTarget, FIELDS_DIR, linkFrom, parentContainer } from '../site-paths.js';
import { shortJson } from '../example-values.js';
import type { DocsFile } from './docs-file.js';

const KIND_WORDS: Record<FieldEntry['kind'], string> = {
  id: 'identifier of this item within the report',
  ref: 'reference to another item of the report',
  refs: 'references to other items of the report',
  code: 'one code',
  codes: 'one or more codes',
  boolean: 'yes or no',
  integer: 'whole number',
  number: 'number',
  money: 'amount of money (amount and currency, or a band)',
  date: 'date (YYYY-MM-DD)',
  dateTime: 'date and time (ISO 8601, with time zone)',
  yearMonth: 'month (YYYY-MM)',
  uuid: 'UUID',
  hmac: 'keyed hash (64 hexadecimal characters)',
  string: 'text',
  strings: 'list of texts',
  text: 'free text, redacted before sharing',
};

/** The Type cell: the kind in words, where references point, the constraints, and whether unknown is allowed. */
function typeCell(ctx: PageContext, from: string, field: FieldEntry): string {
  const parts = [mdxText(KIND_WORDS[field.kind])];
  if (field.refTarget?.length) {
    const targets = field.refTarget.map((t) => {
      const container = ctx.model.containers.find((c) => c.path === `/${t}`);
      return container ? `[${mdxText(container.title)}](${linkFrom(from, containerPage(ctx.model, container))})` : mdxCode(t);
    });
    parts.push(`to ${targets.join(' or ')}`);
  }
  const c = field.constraints;
  if (c.minLength !== undefined && c.maxLength !== undefined) parts.push(`${c.minLength} to ${c.maxLength} characters`);
  else if (c.maxLength !== undefined) parts.push(`at most ${c.maxLength} characters`);
  else if (c.minLength !== undefined && c.minLength > 1) parts.push(`at least ${c.minLength} characters`);
  if (c.minimum !== undefined) parts.push(`at least ${c.minimum}`);
  if (c.maximum !== undefined) parts.push(`at most ${c.maximum}`);
  if (c.minItems !== undefined && c.minItems > 0) parts.push(`at least ${c.minItems} item${c.minItems === 1 ? '' : 's'}`);
  if (c.pattern !== undefined && !['hmac', 'yearMonth'].includes(field.kind)) parts.push(`matching ${mdxCode(c.pattern)}`);
  if (field.acceptsMissing) parts.push(`or a ${legendLink(from, 'missing-values', 'missing value')}`);
  return parts.join('; ');
}

function sensitivityCell(ctx: PageContext, from: string, field: FieldEntry): string {
  const cell = `${legendLink(from, `sensitivity-${field.sensitivity.toLowerCase()}`, field.sensitivity)} · ${legendLink(from, `anonymisation-${field.anonymisation.toLowerCase()}`, field.anonymisation)}`;
  return field.tlpMin ? `${cell}; in clear from ${mdxText(field.tlpMin)}` : cell;
}

function crosswalkCell(field: FieldEntry): string {
  const parts: string[] = [];
  if (field.htcds) parts.push(`HTCDS ${mdxCode(field.htcds)}`);
  if (field.goaml) parts.push(`goAML ${mdxCode(field.goaml)}`);
  return parts.join('<br />') || ' ';
}

function descriptionCell(ctx: PageContext, from: string, field: FieldEntry): string {
  let text = mdxCell(field.description);
  if (field.deprecated) {
    const replacement = ctx.model.fields.find((f) => f.path === field.deprecated!.replacedBy);
    const use = replacement ? ` Use [${mdxText(replacement.title)}](${linkFrom(from, fieldTarget(ctx.model, replacement))}) instead.` : field.deprecated.replacedBy ? ` Use ${mdxCode(field.deprecated.replacedBy)} instead.` : '';
    text += `<br />**Deprecated in ${mdxText(field.deprecated.since)}:** ${mdxText(field.deprecated.reason)}${use}`;
  }
  return text;
}

export interface FieldRow {
  anchor: string;
  /** The path as it is (for the anchor's data attribute). */
  pathText: string;
  path: string;
  title: string;
  description: string;
  type: string;
  obligation: string;
  sensitivity: string;
  codelist: string;
  crosswalk: string;
  sources: string;
  example: string;
}

/** One row of a fields table, every cell already escaped for MDX. */
export function fieldRow(ctx: PageContext, from: string, field: FieldEntry): FieldRow {
  const example = ctx.examples.get(field.path);
  const list = field.codelist ? ctx.model.codelists.get(field.codelist) : undefined;
  return {
    anchor: fieldAnchor(field),
    pathText: field.path,
    path: mdxCode(field.path),
    title: [mdxCell(field.title), fieldNewBadge(ctx, field.path), field.deprecated ? badge('deprecated', `deprecated in ${field.deprecated.since}`) : ''].filter(Boolean).join(' '),
    description: descriptionCell(ctx, from, field),
    type: typeCell(ctx, from, field),
    obligation: legendLink(from, `obligation-${field.obligation}`, field.obligation),
    sensitivity: sensitivityCell(ctx, from, field),
    codelist: list ? `[${mdxText(list.title)}](${linkFrom(from, codelistPage(list.name))}) (${list.open ? 'open' : 'closed'})` : ' ',
    crosswalk: crosswalkCell(field),
    sources: sourceLinks(from, field.sources) || ' ',
    example: example ? `${mdxCode(shortJson(example.value))}${field.codelist && typeof example.value === 'string' ? ` (${mdxText(codeTitle(ctx.model, field.codelist, example.value))})` : ''}` : ' ',
  };
}

const describeContainer = (c: ContainerEntry) =>
  c.kind === 'list' ? 'A list: the report can hold any number of these, each with its own identifier.' : 'An object: the report holds at most one.';

/** The pages of the field reference, in schema order. */
export function fieldPages(ctx: PageContext): DocsFile[] {
  const { model } = ctx;
  const files: DocsFile[] = [];
  const childrenOf = (container: ContainerEntry | undefined) => model.containers.filter((c) => parentContainer(model, c.path) === container);
  const pageFor = (container: ContainerEntry | undefined, position: number) => {
    const file = containerPage(model, container);
    const fields = model.fields.filter((f) => parentContainer(model, f.path) === container);
    const children = childrenOf(container).map((c) => ({ title: mdxText(c.title), link: linkFrom(file, containerPage(model, c)), description: mdxText(c.description), kind: c.kind === 'list' ? 'list' : 'object' }));
    const parent = container ? parentContainer(model, container.path) : undefined;
    files.push({
      path: file,
      content: render('field-page', {
        title: container?.title ?? 'Case report',
        sidebarLabel: container?.title ?? 'Case report (root)',
        position,
        summary: container?.description ?? 'The root object of a case report: what the report is, who made it and the case in outline.',
        description: container ? mdxText(container.description) : 'One case report describes one case. Its root object holds what the report is, who made it and the case in outline; everything else sits in the sections below.',
        facts: container
          ? [
              ['Path', mdxCode(container.kind === 'list' ? `${container.path}/*` : container.path)],
              ['Kind', describeContainer(container)],
              ['Obligation', legendLink(file, `obligation-${container.obligation}`, container.obligation)],
              ['Part of', `[${mdxText(parent?.title ?? 'Case report')}](${linkFrom(file, containerPage(model, parent))})`],
              ...(container.requiresOneOf ? [['Needs at least one of', container.requiresOneOf.map(mdxCode).join(', ')]] : []),
            ].map(([name, value]) => ({ name, value }))
          : [],
        children,
        childrenHeading: container ? 'Parts of this section' : 'Sections',
        fields: fields.map((f) => fieldRow(ctx, file, f)),
      }),
    });
  };
  pageFor(undefined, 0);
  model.containers.forEach((c, i) => pageFor(c, i + 1));
  // Folders of sections with nested objects: labelled like their section, in schema order.
  model.containers.forEach((c, i) => {
    const page = containerPage(model, c);
    if (page.endsWith('/index.mdx') && !parentContainer(model, c.path)) {
      files.push({ path: page.replace(/index\.mdx$/, '_category_.json'), content: `${JSON.stringify({ label: c.title, position: i + 1 }, null, 2)}\n` });
    }
  });
  files.push({ path: `${FIELDS_DIR}/_category_.json`, content: `${JSON.stringify({ label: 'Fields', position: 2 }, null, 2)}\n` });
  return files;
}
