/**
 * Removes the parts of a report that field-level markings keep from a release, leaving a report that is still
 * valid: an optional value goes; a required one that may be missing becomes "withheld for safety"; a required one
 * that may not (an item's identifier, a country's code) takes its list item with it; a list left empty is left out
 * (an empty list would claim "none"). A part the report cannot do without refuses the report.
 */
import runtimeModel from '../generated/runtime-model.js';
import { fieldsByPath } from '../validate/model-index.js';
import { modelPath, pointerTokens } from '../validate/paths.js';
import { SharingRefusal } from './refusal.js';

type Json = Record<string, unknown>;
const REQUIRED_CONTAINERS = new Set(runtimeModel.requiredContainers);
const isIndex = (token: string) => /^(0|[1-9][0-9]*)$/.test(token);

const cannotWithhold = (profileName: string) =>
  new SharingRefusal(`a part the report cannot do without is marked more strictly than the ${profileName} profile releases`, 'share the report under a profile that accepts that marking, or ask the originator whether the field-level marking is needed');

/** Whether the data point or object at a model path must be present in its parent. */
function isRequired(path: string): boolean {
  const field = fieldsByPath.get(path);
  return field ? field.required : REQUIRED_CONTAINERS.has(path);
}

export function withholdParts(report: Json, pointers: readonly string[], profileName: string): number {
  const items = new Set<unknown>();
  const edits: (() => void)[] = [];
  pointers: for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    if (tokens.length === 0 || tokens[0] === 'sharing') throw cannotWithhold(profileName);
    // Walk down, remembering the innermost list item on the way.
    let node: unknown = report;
    let innermostItem: unknown;
    const holders: unknown[] = [];
    for (const token of tokens) {
      holders.push(node);
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) continue pointers; // inside a part already withheld
      node = (node as Json)[token];
      if (isIndex(token) && Array.isArray(holders.at(-1))) innermostItem = node;
    }
    const last = tokens.at(-1)!;
    const holder = holders.at(-1) as Json | unknown[];
    const path = modelPath(pointer);
    if (Array.isArray(holder)) {
      items.add(node);
      continue;
    }
    if (!isRequired(path)) {
      edits.push(() => delete (holder as Json)[last]);
      continue;
    }
    if (fieldsByPath.get(path)?.acceptsMissing) {
      edits.push(() => ((holder as Json)[last] = { missing: 'withheldForSafety' }));
      continue;
    }
    if (innermostItem === undefined) throw cannotWithhold(profileName);
    items.add(innermostItem);
  }
  for (const edit of edits) edit();
  if (items.size > 0) dropItems(report, items, profileName);
  return pointers.length;
}

/** Removes the given list items wherever they are; a list emptied by it is left out, or refuses when required. */
function dropItems(node: unknown, items: Set<unknown>, profileName: string, path = ''): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Json)) {
    if (!Array.isArray(value)) {
      dropItems(value, items, profileName, `${path}/${key}`);
      continue;
    }
    const kept = value.filter((item) => !items.has(item));
    for (const item of kept) dropItems(item, items, profileName, `${path}/${key}/*`);
    if (kept.length === value.length) continue;
    if (kept.length > 0) (node as Json)[key] = kept;
    else if (isRequired(modelPath(`${path}/${key}`))) throw cannotWithhold(profileName);
    else delete (node as Json)[key];
  }
}
