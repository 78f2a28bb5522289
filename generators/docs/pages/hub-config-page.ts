/**
 * The sharing hub's configuration reference, generated from the schema the hub checks its configuration with
 * (HUB_CONFIG_SCHEMA in src/hub/config.ts): one row per setting, so the page cannot drift from what the hub accepts.
 */
import { HUB_CONFIG_SCHEMA } from '../../../src/hub/config.js';
import { mdxCell, mdxCode } from '../mdx.js';
import { REFERENCE_DIR } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';
import type { DownloadLinks } from './downloads-page.js';
import { HUB_CONFIG_SCHEMA_PATH } from '../../schema/generate-schema.js';

export const HUB_CONFIG_PAGE = `${REFERENCE_DIR}/hub-config.mdx`;

interface SchemaNode {
  type?: string;
  const?: unknown;
  enum?: readonly unknown[];
  description?: string;
  default?: unknown;
  required?: readonly string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  pattern?: string;
}

function kindOf(node: SchemaNode): string {
  if (node.const !== undefined) return `always ${mdxCode(JSON.stringify(node.const))}`;
  if (node.enum) return `one of ${node.enum.map((v) => mdxCode(String(v))).join(', ')}`;
  if (node.type === 'array' && node.items) return `list of ${node.items.type === 'object' ? 'objects' : kindOf(node.items)}`;
  const limits = [
    node.minimum !== undefined ? `≥ ${node.minimum}` : '',
    node.exclusiveMinimum !== undefined ? `> ${node.exclusiveMinimum}` : '',
    node.maximum !== undefined ? `≤ ${node.maximum}` : '',
    node.minLength !== undefined ? `at least ${node.minLength} characters` : '',
    node.pattern ? `matching ${mdxCode(node.pattern)}` : '',
  ].filter(Boolean);
  return [node.type ?? 'any', ...limits].join(', ');
}

function rows(node: SchemaNode, path: string, out: string[]): void {
  const properties = node.type === 'array' && node.items?.properties ? node.items : node;
  const prefix = node.type === 'array' ? `${path}[]` : path;
  for (const [name, child] of Object.entries(properties.properties ?? {})) {
    const at = prefix ? `${prefix}.${name}` : name;
    const required = properties.required?.includes(name) ? 'yes' : 'no';
    const fallback = child.default !== undefined && typeof child.default !== 'object' ? mdxCode(JSON.stringify(child.default)) : ' ';
    out.push(`| ${mdxCode(at)} | ${kindOf(child)} | ${required} | ${fallback} | ${mdxCell(child.description ?? '')} |`);
    if (child.properties || child.items?.properties) rows(child, at, out);
  }
}

export function hubConfigPage(downloads: DownloadLinks): DocsFile {
  const out: string[] = [];
  const file = HUB_CONFIG_SCHEMA_PATH.split('/').pop()!;
  const link = downloads.linkTo(HUB_CONFIG_SCHEMA_PATH);
  rows(HUB_CONFIG_SCHEMA as unknown as SchemaNode, '', out);
  const content = [
    '---',
    'title: Sharing hub configuration',
    'sidebar_position: 8.5',
    'description: Every setting of the sharing hub configuration, generated from the schema the hub checks it with.',
    '---',
    "{/* Generated from HUB_CONFIG_SCHEMA (src/hub/config.ts) by generators/docs. Do not edit. */}",
    '',
    'The configuration `htfds hub start --config` reads; see the guide [Running a sharing hub](../guides/developers/sharing-hub.mdx).',
    'A recipient (a member whose roles include `recipient`) must name its `profile`; member IDs must be unique.',
    '',
    `The same schema is published as a file, for editors and other tools: ${link ? `[${file}](${link})` : mdxCode(file)}, also in the npm package as ${mdxCode(`dist/${HUB_CONFIG_SCHEMA_PATH}`)}.`,
    `An editor that reads ${mdxCode('$schema')} checks the configuration as you type when the file names it, e.g. ${mdxCode(`"$schema": "./node_modules/htfds/dist/${HUB_CONFIG_SCHEMA_PATH}"`)}.`,
    '',
    '| Setting | Value | Required | Default | What it does |',
    '|---|---|---|---|---|',
    ...out,
    '',
  ].join('\n');
  return { path: HUB_CONFIG_PAGE, content };
}
