/**
 * The synthetic examples, each rendered readably (field titles, code titles, amounts in words) next to its
 * JSON, so that a reader sees what the data means and how it is written at the same time.
 */
import type { FieldEntry, FieldModel } from '../../model/field-model.js';
import type { JsonObject } from '../../model/source.js';
import { mdxCode, mdxText } from '../mdx.js';
import { codeTitle, type PageContext } from '../page-context.js';
import { render } from '../render.js';
import { containerPage, EXAMPLES_DIR, examplePage, fieldTarget, linkFrom } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';
import type { DownloadLinks } from './downloads-page.js';

const INDEX = `${EXAMPLES_DIR}/index.mdx`;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `construction-debt-bondage` → `Construction debt bondage`. */
export const exampleTitle = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** A value as words: code titles, yes/no, amounts with their currency, missing values with their reason. */
export function valueInWords(model: FieldModel, field: FieldEntry, value: unknown): string {
  if (isRecord(value) && typeof value.missing === 'string') return `_not recorded: ${mdxText(codeTitle(model, 'missingReason', value.missing).toLowerCase())}_`;
  if (Array.isArray(value)) return value.length === 0 ? '_none_' : value.map((v) => valueInWords(model, { ...field, kind: field.kind === 'codes' ? 'code' : field.kind === 'refs' ? 'ref' : field.kind }, v)).join('; ');
  switch (field.kind) {
    case 'code':
      return typeof value === 'string' && field.codelist ? `${mdxText(codeTitle(model, field.codelist, value))} (${mdxCode(value)})` : mdxCode(JSON.stringify(value));
    case 'boolean':
      return value === true ? 'yes' : value === false ? 'no' : mdxCode(JSON.stringify(value));
    case 'ref':
    case 'id':
    case 'hmac':
    case 'uuid':
      return mdxCode(String(value));
    case 'money': {
      if (!isRecord(value)) return mdxCode(JSON.stringify(value));
      const parts: string[] = [];
      if (typeof value.amount === 'number') parts.push(`${value.amount.toLocaleString('en-GB')} ${typeof value.currency === 'string' ? value.currency : ''}`.trim());
      if (typeof value.amountBand === 'string') parts.push(`band ${codeTitle(model, 'amountBand', value.amountBand)}`);
      if (value.isEstimate === true) parts.push('estimated');
      if (typeof value.period === 'string') parts.push(codeTitle(model, 'moneyPeriod', value.period).toLowerCase());
      return mdxText(parts.join(', '));
    }
    default:
      return typeof value === 'string' || typeof value === 'number' ? mdxText(String(value)) : mdxCode(JSON.stringify(value));
  }
}

interface Block {
  heading?: { level: number; text: string; link?: string };
  rows: { field: string; value: string }[];
}

/** The report as headed tables of field titles and values, following the schema's sections. */
function readable(ctx: PageContext, file: string, report: JsonObject): Block[] {
  const { model } = ctx;
  const blocks: Block[] = [];
  const walk = (object: Record<string, unknown>, pattern: string, level: number, heading?: Block['heading']) => {
    const block: Block = { ...(heading ? { heading } : {}), rows: [] };
    blocks.push(block);
    const later: (() => void)[] = [];
    for (const [key, value] of Object.entries(object)) {
      const path = `${pattern}/${key}`;
      const field = model.fields.find((f) => f.path === path);
      if (field) {
        block.rows.push({ field: `[${mdxText(field.title)}](${linkFrom(file, fieldTarget(model, field))})`, value: valueInWords(model, field, value) });
        continue;
      }
      const container = model.containers.find((c) => c.path === path);
      if (!container) {
        block.rows.push({ field: mdxCode(key), value: mdxCode(JSON.stringify(value)) });
        continue;
      }
      const link = linkFrom(file, containerPage(model, container));
      if (container.kind === 'object' && isRecord(value)) later.push(() => walk(value, path, level + 1, { level: Math.min(level + 1, 4), text: container.title, link }));
      else if (Array.isArray(value)) {
        later.push(() => {
          if (value.length === 0) blocks.push({ heading: { level: Math.min(level + 1, 4), text: `${container.title}: none`, link }, rows: [] });
          value.forEach((item, i) => {
            if (isRecord(item)) walk(item, `${path}/*`, level + 1, { level: Math.min(level + 1, 4), text: `${container.title} ${i + 1}${typeof item.id === 'string' ? ` (${item.id})` : ''}`, link });
          });
        });
      } else block.rows.push({ field: mdxText(container.title), value: valueInWords(model, { kind: 'string' } as FieldEntry, value) });
    }
    for (const next of later) next();
  };
  walk(report, '', 1, { level: 2, text: 'Case report', link: linkFrom(file, containerPage(model, undefined)) });
  return blocks.filter((b) => b.rows.length > 0 || b.heading);
}

const firstSentence = (text: unknown) => (typeof text === 'string' ? (/^.*?[.!?](\s|$)/.exec(text)?.[0] ?? text).trim() : '');

/** A page per example and an index of them. */
export function examplePages(ctx: PageContext, downloads: DownloadLinks): DocsFile[] {
  const { model } = ctx;
  const codesIn = (report: JsonObject, key: string) => {
    const list = model.fields.find((f) => f.path === `/${key}`)?.codelist;
    return Array.isArray(report[key]) && list ? (report[key] as string[]).map((c) => codeTitle(model, list, c)).join(', ') : '';
  };
  const pages = model.examples.map(({ name, report }, i) => {
    const file = examplePage(name);
    return {
      path: file,
      content: render('example-page', {
        title: exampleTitle(name),
        position: i + 1,
        name,
        summary: mdxText(firstSentence(report.narrativeSummary) || 'The smallest valid report: only what every report must hold.'),
        blocks: readable(ctx, file, report).map((b) => ({
          heading: b.heading ? `${'#'.repeat(b.heading.level)} ${b.heading.link ? `[${mdxText(b.heading.text)}](${b.heading.link})` : mdxText(b.heading.text)}` : '',
          rows: b.rows,
        })),
        json: JSON.stringify(report, null, 2),
        download: downloads.linkTo(`examples/${name}.json`) ?? null,
      }),
    };
  });
  const index: DocsFile = {
    path: INDEX,
    content: render('example-index', {
      examples: model.examples.map(({ name, report }) => ({
        link: `[${mdxText(exampleTitle(name))}](${linkFrom(INDEX, examplePage(name))})`,
        typologies: mdxText(codesIn(report, 'typologies')) || ' ',
        exploitation: mdxText(codesIn(report, 'exploitationTypes')) || ' ',
        summary: mdxText(firstSentence(report.narrativeSummary)) || ' ',
      })),
    }),
  };
  return [index, ...pages, { path: `${EXAMPLES_DIR}/_category_.json`, content: `${JSON.stringify({ label: 'Examples', position: 5 }, null, 2)}\n` }];
}
