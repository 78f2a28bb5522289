/**
 * What every page builder needs besides the model: the version history for badges, the example values, and
 * small shared renderings (badges, source links, code titles) so that every page shows them the same way.
 */
import type { FieldModel } from '../model/field-model.js';
import { exampleValues, type ExampleValue } from './example-values.js';
import { jsxAttr, mdxText } from './mdx.js';
import { codelistPage, linkFrom, REFERENCE_INDEX, SOURCES_PAGE } from './site-paths.js';
import { codeKey, newInBadge, type VersionHistory } from './version-history.js';

export interface PageContext {
  model: FieldModel;
  history: VersionHistory;
  examples: Map<string, ExampleValue>;
}

export function pageContext(model: FieldModel, history: VersionHistory): PageContext {
  return { model, history, examples: exampleValues(model) };
}

/** A badge: Infima's badge classes, so that it looks right in light and dark mode. */
export const badge = (kind: 'new' | 'deprecated' | 'plain', text: string) =>
  `<span className=${jsxAttr(`badge ${kind === 'new' ? 'badge--success' : kind === 'deprecated' ? 'badge--warning' : 'badge--secondary'} htfds-badge`)}>${mdxText(text)}</span>`;

/** The "new in" badge for a field newer than the first version, or the "moved in" one for a field an upgrade moved (saying from where). */
export function fieldNewBadge(ctx: PageContext, path: string): string {
  const version = newInBadge(ctx.history, ctx.history.fieldNewIn.get(path));
  if (version) return badge('new', `new in ${version}`);
  const moved = ctx.history.fieldMovedIn.get(path);
  return moved ? badge('plain', `moved in ${moved.version}, was ${moved.from}`) : '';
}

/** The "new in" badge for a code, if it is newer than the first version. */
export function codeNewBadge(ctx: PageContext, list: string, code: string): string {
  const version = newInBadge(ctx.history, ctx.history.codeNewIn.get(codeKey(list, code)));
  return version ? badge('new', `new in ${version}`) : '';
}

/** Links to the source registry for a list of source IDs. */
export function sourceLinks(from: string, ids: string[]): string {
  return ids.map((id) => `[${mdxText(id)}](${linkFrom(from, `${SOURCES_PAGE}#${sourceAnchor(id)}`)})`).join(', ');
}

export const sourceAnchor = (id: string) => `source-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** A code's title from its list, or the code itself when the list does not have it. */
export function codeTitle(model: FieldModel, list: string, code: string): string {
  return model.codelists.get(list)?.codes.find((c) => c.code === code)?.title ?? code;
}

/** A link to a code on its list's page. */
export function codeLink(ctx: PageContext, from: string, list: string, code: string): string {
  return `[${mdxText(codeTitle(ctx.model, list, code))}](${linkFrom(from, `${codelistPage(list)}#${codeAnchor(code)}`)})`;
}

export const codeAnchor = (code: string) => `code-${code}`;

/** A link to a legend entry on the reference overview (sensitivity classes, anonymisation methods…). */
export const legendLink = (from: string, anchor: string, text: string) => `[${mdxText(text)}](${linkFrom(from, `${REFERENCE_INDEX}#${anchor}`)})`;
