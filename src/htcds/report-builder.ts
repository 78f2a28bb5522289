/**
 * A report being built from an HTCDS case: values set by model path (`/persons/*\/gender`), list items made or
 * reused as the path needs, and the place in the input each value came from, for placing validation's findings.
 */
import runtimeModel from '../generated/runtime-model.js';
import type { Place } from '../io/imported-record.js';

const FIELDS = new Map(runtimeModel.fields.map((f) => [f.path, f]));

/** The local id of the case's victim: HTCDS describes one person per case. */
const VICTIM_ID = 'victim';

/** A report being built: values set by model path, with the place each came from. */
export class ReportBuilder {
  readonly report: Record<string, unknown>;
  readonly places = new Map<string, Place>();
  private readonly made = new Map<string, number>();

  constructor(base: Record<string, unknown> | undefined) {
    this.report = structuredClone(base ?? {});
  }

  /** The case's one victim, in the report's persons (added when first needed). */
  private victim(): Record<string, unknown> {
    const persons = Array.isArray(this.report.persons) ? (this.report.persons as Record<string, unknown>[]) : ((this.report.persons = []) as Record<string, unknown>[]);
    let victim = persons.find((p) => p.id === VICTIM_ID);
    if (!victim) persons.push((victim = { id: VICTIM_ID, personRole: 'victim' }));
    return victim;
  }

  /**
   * The item of a list a `*` of `path` stands for: the case's one victim for persons, a fresh item for `fresh`
   * lists, else the last item (made when there is none). A new item gets an id where the list has one, and points
   * at the victim where it has a person reference (per-victim lists such as victim profiles).
   */
  private itemFor(listPath: string, list: unknown[], fresh: boolean): Record<string, unknown> {
    if (listPath === '/persons' && !fresh) return this.victim();
    if (!fresh && list.length > 0) return list[list.length - 1] as Record<string, unknown>;
    const item: Record<string, unknown> = {};
    if (FIELDS.has(`${listPath}/*/id`)) {
      const n = (this.made.get(listPath) ?? 0) + 1;
      this.made.set(listPath, n);
      item.id = `${listPath.split('/').pop()}-${n}`;
    }
    if (FIELDS.has(`${listPath}/*/personRefs`)) item.personRefs = [this.victim().id];
    list.push(item);
    return item;
  }

  /** Sets (or, with `add`, appends to the list at) a model path; returns the JSON pointer written. */
  set(path: string, value: unknown, place: Place, options: { add?: boolean; freshItem?: boolean } = {}): string {
    const parts = path.slice(1).split('/');
    let node: Record<string, unknown> = this.report;
    const pointer: string[] = [];
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i]!;
      if (parts[i + 1] === '*') {
        const list = Array.isArray(node[part]) ? (node[part] as unknown[]) : (node[part] = []) as unknown[];
        const listPath = `/${parts.slice(0, i + 1).join('/')}`;
        const item = this.itemFor(listPath, list, options.freshItem === true && i + 1 === parts.lastIndexOf('*'));
        pointer.push(part, String(list.indexOf(item)));
        node = item;
        i++;
        continue;
      }
      if (typeof node[part] !== 'object' || node[part] === null || Array.isArray(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
      pointer.push(part);
    }
    const last = parts[parts.length - 1]!;
    if (options.add) {
      const list = Array.isArray(node[last]) ? (node[last] as unknown[]) : (node[last] = []) as unknown[];
      if (!list.includes(value)) list.push(value);
    } else node[last] = value;
    pointer.push(last);
    const written = `/${pointer.join('/')}`;
    if (!this.places.has(written)) this.places.set(written, place);
    return written;
  }

  /** Adds an item to a top-level list (with an id where the list has one); returns its id. */
  addItem(listPath: string, fields: Record<string, unknown>, place: Place): string {
    const list = Array.isArray(this.report[listPath.slice(1)]) ? (this.report[listPath.slice(1)] as unknown[]) : ((this.report[listPath.slice(1)] = []) as unknown[]);
    const item = Object.assign(this.itemFor(listPath, list, true), fields);
    this.places.set(`${listPath}/${list.indexOf(item)}`, place);
    return String(item.id);
  }

  locate(pointer: string): Place | undefined {
    for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
      const place = this.places.get(p);
      if (place) return place;
    }
    return undefined;
  }
}
