/**
 * What the site's browser pages (the validator, "Prepare a case for sharing") need to know about the docs,
 * written as a small JSON file next to their bundles: the page and anchor of every field, so that a finding
 * links to the field it is about, and the sharing profiles in the words of their pages.
 */
import type { FieldModel } from '../../model/field-model.js';
import type { DocsFile } from './docs-file.js';
import { PROFILES_DIR } from '../site-paths.js';

export const SITE_GUIDE_FILE = 'site-guide.json';

export interface SiteGuide {
  /** Model path (`/persons/*\/ageBand`) → link to its entry in the field reference. */
  fieldPages: Record<string, string>;
  profiles: { name: string; title: string; description: string; typicalUse: string; page: string }[];
}

/** `reference/fields/persons/index.mdx` → `/docs/reference/fields/persons/`. */
const pageUrl = (path: string) => `/docs/${path.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '$1')}/`.replace(/\/\/$/, '/');

export function siteGuide(model: FieldModel, pages: readonly DocsFile[]): SiteGuide {
  const fieldPages: Record<string, string> = {};
  for (const page of pages) {
    for (const m of page.content.matchAll(/<Link id=\{"([^"]+)"\} data-field-path=\{"([^"]+)"\} \/>/g)) fieldPages[m[2]!] = `${pageUrl(page.path)}#${m[1]!}`;
  }
  const profiles = model.profiles.map((p) => ({ name: p.name, title: p.title, description: p.description, typicalUse: p.typicalUse, page: pageUrl(`${PROFILES_DIR}/${p.name}.mdx`) }));
  return { fieldPages, profiles };
}
