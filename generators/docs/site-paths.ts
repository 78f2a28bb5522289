/**
 * Where each generated page lives in the docs folder, and relative links between pages. Links are written as
 * relative file links (`../codelists/gender.mdx#F`): Docusaurus resolves them within the same docs version and
 * fails the build when a target is missing, so a versioned copy of the reference keeps linking to itself.
 */
import { posix } from 'node:path';
import type { ContainerEntry, FieldEntry, FieldModel } from '../model/field-model.js';

/** The reference's folder inside the docs folder. */
export const REFERENCE_DIR = 'reference';
export const FIELDS_DIR = `${REFERENCE_DIR}/fields`;
export const CODELISTS_DIR = `${REFERENCE_DIR}/codelists`;
export const EXAMPLES_DIR = `${REFERENCE_DIR}/examples`;
export const PROFILES_DIR = `${REFERENCE_DIR}/profiles`;
export const REFERENCE_INDEX = `${REFERENCE_DIR}/index.mdx`;
export const INDICATORS_PAGE = `${REFERENCE_DIR}/indicators.mdx`;
export const SOURCES_PAGE = `${REFERENCE_DIR}/sources.mdx`;
export const CLI_PAGE = `${REFERENCE_DIR}/cli.mdx`;
export const ASYNCAPI_PAGE = `${REFERENCE_DIR}/asyncapi.mdx`;
export const DOWNLOADS_PAGE = `${REFERENCE_DIR}/downloads.mdx`;
export const HTCDS_PAGE = `${REFERENCE_DIR}/htcds-crosswalk.mdx`;
/** The root object's page. */
export const ROOT_PAGE = `${FIELDS_DIR}/index.mdx`;

/** `/persons/*\/identifiers` → `/persons/identifiers`: the object path without list markers. */
const bare = (path: string) => path.replace(/\/\*/g, '');

/** The container that directly holds `path` (a field or a container), or undefined for the root object. */
export function parentContainer(model: FieldModel, path: string): ContainerEntry | undefined {
  const parentPath = path.replace(/\/[^/]+$/, '').replace(/\/\*$/, '');
  return model.containers.find((c) => c.path === parentPath);
}

/** Whether a container holds other containers (its page is then a folder's index, with children beside it). */
const hasChildren = (model: FieldModel, container: ContainerEntry) => model.containers.some((c) => parentContainer(model, c.path) === container);

/** The page of a container: sections under fields/, nested objects in their section's folder. */
export function containerPage(model: FieldModel, container: ContainerEntry | undefined): string {
  if (!container) return ROOT_PAGE;
  const [section, ...rest] = bare(container.path).slice(1).split('/');
  if (rest.length === 0) return hasChildren(model, container) ? `${FIELDS_DIR}/${section}/index.mdx` : `${FIELDS_DIR}/${section}.mdx`;
  return `${FIELDS_DIR}/${section}/${rest.join('-')}.mdx`;
}

/** The anchor of a field on its container's page. */
export const fieldAnchor = (field: FieldEntry) => field.name;

/** The page and anchor of a field. */
export function fieldTarget(model: FieldModel, field: FieldEntry): string {
  return `${containerPage(model, parentContainer(model, field.path))}#${fieldAnchor(field)}`;
}

export const codelistPage = (name: string) => `${CODELISTS_DIR}/${name}.mdx`;
export const examplePage = (name: string) => `${EXAMPLES_DIR}/${name}.mdx`;
export const profilePage = (name: string) => `${PROFILES_DIR}/${name}.mdx`;

/** A relative link from one docs file to another (`target` may carry a `#anchor`). */
export function linkFrom(from: string, target: string): string {
  const [file, anchor] = target.split('#');
  let rel = posix.relative(posix.dirname(from), file!);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return anchor ? `${rel}#${anchor}` : rel;
}
