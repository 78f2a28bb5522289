/**
 * The questionnaire: the field model turned into the questions of an interview, once, so that the XLSForm, the
 * XForm and the printable form are three renderings of the same thing. Its instance mirrors the case report
 * (one element per property, a repeat per list of objects), which is what lets the import read a submission
 * back without a mapping table. See src/forms/form-conventions.ts for the few encodings a form needs.
 */
import type { ContainerEntry, FieldEntry, FieldModel } from '../../model/field-model.js';
import { isOffered, offeredTitle } from '../../../src/types/indicator-catalogue.js';
import {
  choiceValue,
  FORM_ID,
  INSTANCE_ROOT,
  missingChoice,
  MISSING_COMPANION_SUFFIX,
  NO,
  NONE_CHOICE,
  NONE_COMPANION_SUFFIX,
  YES,
} from '../../../src/forms/form-conventions.js';
import { isEmpty, isFilled, join, literal, ref, type Expr } from './expressions.js';
import { CALCULATIONS, CATALOGUE_FIELDS, checkFormLogic, SHOW_RULES, type AnswerTest } from './form-logic.js';
import { dependentRequired, moneyParts, moneyRules, valueFacts, type MoneyPart } from './schema-facts.js';

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceList {
  name: string;
  /** The list it is a variant of (the code list, `yesNo`): variants add "none" or the missing reasons. */
  base: string;
  choices: Choice[];
}

interface NodeBase {
  /** Element name in the instance: the JSON property name (or `<name>_missing` for a companion). */
  name: string;
  /** Instance path without positions, e.g. `/data/transactions/amount`. */
  xpath: string;
  /** The JSON path with `*` for list items. */
  path: string;
  label: string;
  hint: string;
  relevant?: Expr;
  /** The interview rule that shows this node, for people (printable form). */
  showWhen?: AnswerTest[];
}

export type QuestionType = 'select_one' | 'select_multiple' | 'integer' | 'decimal' | 'date' | 'dateTime' | 'text';

export type QuestionRole =
  | { of: 'field'; field: FieldEntry }
  | { of: 'missing'; field: FieldEntry }
  /** "There are none" before a repeat. */
  | { of: 'none'; container: ContainerEntry }
  | { of: 'moneyPart'; field: FieldEntry; part: MoneyPart };

export interface Question extends NodeBase {
  kind: 'question';
  type: QuestionType;
  appearance?: string;
  list?: string;
  /** When an answer is needed; `['true()']` for always. */
  required?: Expr;
  requiredMessage?: string;
  constraint?: Expr;
  constraintMessage?: string;
  role: QuestionRole;
}

export interface Calculate extends NodeBase {
  kind: 'calculate';
  calculation: Expr;
  field: FieldEntry;
}

export interface Group extends NodeBase {
  kind: 'group' | 'repeat';
  children: FormNode[];
  container?: ContainerEntry;
  /** Set for the group holding the parts of one amount of money. */
  money?: FieldEntry;
}

export type FormNode = Question | Calculate | Group;

/** True for groups and repeats (TypeScript does not narrow a union-valued `kind` by two comparisons). */
export const isGroup = (node: FormNode): node is Group => node.kind === 'group' || node.kind === 'repeat';

export interface Questionnaire {
  formId: string;
  title: string;
  version: string;
  root: Group;
  lists: Map<string, ChoiceList>;
  /** Instance paths of the repeats. */
  repeats: Set<string>;
}

/** More choices than this are shown as a drop-down rather than a list of buttons. */
const DROPDOWN_THRESHOLD = 12;
const ALWAYS: Expr = ['true()'];

const xpathOf = (path: string) => `/${INSTANCE_ROOT}${path.replace(/\/\*/g, '')}`;
const parentOf = (path: string) => {
  const up = path.slice(0, path.lastIndexOf('/'));
  return up.endsWith('/*') ? up.slice(0, -2) : up;
};

/** Builds the questionnaire; throws when the form logic no longer matches the model. */
export function buildQuestionnaire(model: FieldModel): Questionnaire {
  const problems = checkFormLogic(model);
  if (problems.length > 0) throw new Error(`the form logic does not match the schema:\n${problems.join('\n')}`);
  return new Builder(model).build();
}

class Builder {
  private readonly lists = new Map<string, ChoiceList>();
  private readonly repeats = new Set<string>();
  private readonly fields: FieldEntry[];
  private readonly fieldByPath: Map<string, FieldEntry>;
  private readonly containerByPath: Map<string, ContainerEntry>;
  private readonly order = new Map<string, number>();
  private readonly parts: MoneyPart[];
  private readonly money: ReturnType<typeof moneyRules>;

  constructor(private readonly model: FieldModel) {
    this.fields = model.fields.filter((f) => !f.deprecated);
    this.fieldByPath = new Map(this.fields.map((f) => [f.path, f]));
    this.containerByPath = new Map(model.containers.map((c) => [c.path, c]));
    this.parts = moneyParts(model);
    this.money = moneyRules(model);
    // A container sits where its first field sits: the model lists fields depth first in schema order.
    this.fields.forEach((f, i) => {
      this.order.set(f.path, i);
      for (let p = parentOf(f.path); p !== ''; p = parentOf(p)) if (!this.order.has(p)) this.order.set(p, i);
    });
  }

  build(): Questionnaire {
    const root: Group = { kind: 'group', name: INSTANCE_ROOT, xpath: `/${INSTANCE_ROOT}`, path: '', label: 'HTFDS case report', hint: '', children: [] };
    root.children = this.childrenOf('');
    this.applyShowRules(root);
    return { formId: FORM_ID, title: `HTFDS case report (version ${this.model.version})`, version: this.model.version, root, lists: this.lists, repeats: this.repeats };
  }

  /** The nodes directly under a container (or the root), in schema order. */
  private childrenOf(containerPath: string): FormNode[] {
    const members: { path: string; key: number }[] = [];
    for (const f of this.fields) if (parentOf(f.path) === containerPath) members.push({ path: f.path, key: this.order.get(f.path)! });
    for (const c of this.model.containers) {
      if (parentOf(c.path) === containerPath && this.order.has(c.path)) members.push({ path: c.path, key: this.order.get(c.path)! });
    }
    members.sort((a, b) => a.key - b.key);
    return members.flatMap(({ path }) => {
      const container = this.containerByPath.get(path);
      if (!container) return this.field(this.fieldByPath.get(path)!);
      return container.kind === 'list' ? [this.noneQuestion(container), this.container(container)] : [this.container(container)];
    });
  }

  /** "There are none" for a list of objects; the repeat is offered only while it is not ticked. */
  private noneQuestion(c: ContainerEntry): Question {
    return {
      kind: 'question',
      name: `${c.name}${NONE_COMPANION_SUFFIX}`,
      xpath: `${xpathOf(parentOf(c.path))}/${c.name}${NONE_COMPANION_SUFFIX}`,
      path: c.path,
      label: `${c.title}: there are none`,
      hint: `Tick when it is known that there are none. Leave it empty, and add no entry, when it is not known or was not asked.`,
      type: 'select_multiple',
      list: this.noneChoices(),
      role: { of: 'none', container: c },
    };
  }

  private noneChoices(): string {
    const name = 'none';
    if (!this.lists.has(name)) this.lists.set(name, { name, base: name, choices: [{ value: NONE_CHOICE, label: 'There are none' }] });
    return name;
  }

  private container(c: ContainerEntry): Group {
    const xpath = xpathOf(c.path);
    if (c.kind === 'list') this.repeats.add(xpath);
    const group: Group = { kind: c.kind === 'list' ? 'repeat' : 'group', name: c.name, xpath, path: c.path, label: c.title, hint: c.description, children: [], container: c };
    if (c.kind === 'list') group.relevant = ['not(selected(', ref(`${xpathOf(parentOf(c.path))}/${c.name}${NONE_COMPANION_SUFFIX}`), `, ${literal(NONE_CHOICE)}))`];
    // Items of a list and members of an object both have the container as parent (parentOf drops the `*`).
    group.children = this.childrenOf(c.path);
    return group;
  }

  /** Whether the parent objects up to the nearest list item (or the report) are required, so that the field is. */
  private requiredInContext(field: FieldEntry): boolean {
    if (!field.required) return false;
    for (let p = parentOf(field.path); p !== ''; p = parentOf(p)) {
      const c = this.containerByPath.get(p);
      if (!c) break;
      if (c.kind === 'list') return true;
      if (!c.required) return false;
    }
    return true;
  }

  /** Other answers that make this one required (the schema's dependentRequired on the parent object). */
  private requiredWhenGiven(field: FieldEntry): Expr[] {
    const objectPointer = field.schemaPointer.slice(0, field.schemaPointer.lastIndexOf('/properties/'));
    const parent = parentOf(field.path);
    const out: Expr[] = [];
    for (const [trigger, needs] of Object.entries(dependentRequired(this.model, objectPointer))) {
      if (!needs.includes(field.name)) continue;
      const path = `${parent}/${trigger}`;
      const list = this.containerByPath.get(path);
      if (list?.kind === 'list') out.push(['count(', ref(xpathOf(path)), ') > 0']);
      else if (this.fieldByPath.get(path)?.kind === 'money') out.push(this.moneyFilled(xpathOf(path)));
      else if (this.fieldByPath.has(path)) out.push(isFilled(xpathOf(path)));
    }
    return out;
  }

  private field(field: FieldEntry): FormNode[] {
    const xpath = xpathOf(field.path);
    const base = { name: field.name, xpath, path: field.path, label: field.title, hint: this.hintFor(field) };
    const calculation = CALCULATIONS.find((c) => c.path === field.path);
    if (calculation) {
      const value: Expr =
        calculation.value === 'schemaVersion' ? [literal(this.model.version)] : this.instanceIdWithoutPrefix();
      const node: Calculate = { kind: 'calculate', ...base, calculation: value, field };
      // A value that is only required alongside something else (the catalogue version beside indicators) is only written then.
      const when = this.requiredWhenGiven(field);
      if (when.length > 0) node.relevant = join(when, 'or');
      return [node];
    }

    const always = this.requiredInContext(field);
    const alsoWhen = this.requiredWhenGiven(field);
    const companionName = `${field.name}${MISSING_COMPANION_SUFFIX}`;
    const companionXpath = `${xpathOf(parentOf(field.path))}/${companionName}`;
    const asChoice = this.choiceQuestion(field);
    const needsCompanion = field.acceptsMissing && !asChoice;

    // Required: always, or when something it depends on is given; a value with a companion is not needed once a reason is chosen.
    let required: Expr | undefined = always ? ALWAYS : alsoWhen.length > 0 ? join(alsoWhen, 'or') : undefined;
    if (required && needsCompanion) required = join([required, isEmpty(companionXpath)], 'and');

    const nodes: FormNode[] = [];
    if (field.kind === 'money') nodes.push(this.moneyGroup(field, base, required));
    else {
      const question: Question = { kind: 'question', ...base, ...(asChoice ?? this.inputQuestion(field)), role: { of: 'field', field } };
      if (required) {
        question.required = required;
        question.requiredMessage = needsCompanion ? 'Answer this question, or say below why there is no answer.' : 'Answer this question.';
      }
      nodes.push(question);
    }
    if (needsCompanion) {
      const filled = field.kind === 'money' ? this.moneyFilled(xpath) : isFilled(xpath);
      nodes.push({
        kind: 'question',
        name: companionName,
        xpath: companionXpath,
        path: field.path,
        label: `If there is no answer to “${field.title}”, why?`,
        hint: 'Leave this empty when you gave an answer above.',
        type: 'select_one',
        list: this.codelistChoices('missingReason', { missing: false, none: false }),
        relevant: ['not(', ...filled, ')'],
        role: { of: 'missing', field },
      });
    }
    return nodes;
  }

  /**
   * The instance identifier without its `uuid:` prefix. Written with substring() rather than substring-after(),
   * which ODK Web Forms 0.22 gets wrong (it cuts one character after the match instead of the whole match).
   */
  private instanceIdWithoutPrefix(): Expr {
    const id = ref(`/${INSTANCE_ROOT}/meta/instanceID`);
    return ['if(starts-with(', id, ", 'uuid:'), substring(", id, ', 6), ', id, ')'];
  }

  private hintFor(field: FieldEntry): string {
    const notes: string[] = [field.description];
    if (field.sensitivity === 'P4') notes.push('Direct identifier (sensitivity P4): it is never shared in clear.');
    if (field.kind === 'refs' || field.kind === 'strings') notes.push('Separate several with spaces.');
    if (field.refTarget) notes.push(`It points at the local identifier of an item under: ${field.refTarget.join(', ')}.`);
    return notes.filter(Boolean).join(' ');
  }

  /** Coded, yes/no and catalogue questions become selects; missing reasons and "none" become extra choices. */
  private choiceQuestion(field: FieldEntry): Pick<Question, 'type' | 'list' | 'appearance' | 'constraint' | 'constraintMessage'> | undefined {
    let list: string | undefined;
    const facts = valueFacts(this.model, field);
    const none = field.cardinality === 'many' && !(facts.minItems && facts.minItems > 0);
    const options = { missing: field.acceptsMissing, none };
    if (field.kind === 'boolean') list = this.yesNoChoices(field.acceptsMissing);
    else if ((field.kind === 'code' || field.kind === 'codes') && field.codelist) list = this.codelistChoices(field.codelist, options);
    else if (CATALOGUE_FIELDS.includes(field.path)) list = this.catalogueChoices();
    if (!list) return undefined;
    const choices = this.lists.get(list)!.choices;
    const out: Pick<Question, 'type' | 'list' | 'appearance' | 'constraint' | 'constraintMessage'> = {
      type: field.cardinality === 'many' ? 'select_multiple' : 'select_one',
      list,
      ...(choices.length > DROPDOWN_THRESHOLD ? { appearance: 'minimal' } : {}),
    };
    const exclusive = choices.filter((c) => c.value.startsWith('_')).map((c) => c.value);
    if (out.type === 'select_multiple' && exclusive.length > 0) {
      out.constraint = ['not(count-selected(.) > 1 and (', exclusive.map((v) => `selected(., ${literal(v)})`).join(' or '), '))'];
      out.constraintMessage = '“None” and the reasons for no answer cannot be combined with other choices.';
    }
    return out;
  }

  private inputQuestion(field: FieldEntry): Pick<Question, 'type' | 'appearance' | 'constraint' | 'constraintMessage'> {
    const facts = valueFacts(this.model, field);
    const checks: { expr: Expr; message: string }[] = [];
    let type: QuestionType = 'text';
    let appearance: string | undefined;
    switch (field.kind) {
      case 'integer':
      case 'number':
        type = field.kind === 'integer' ? 'integer' : 'decimal';
        if (facts.minimum !== undefined) checks.push({ expr: [`. >= ${facts.minimum}`], message: `Give a number of at least ${facts.minimum}.` });
        if (facts.maximum !== undefined) checks.push({ expr: [`. <= ${facts.maximum}`], message: `Give a number of at most ${facts.maximum}.` });
        break;
      case 'date':
        type = 'date';
        break;
      case 'dateTime':
        type = 'dateTime';
        break;
      case 'yearMonth':
        // ODK stores a month as the first day of it; the import keeps the year and month.
        type = 'date';
        appearance = 'month-year';
        break;
      default:
        if (field.kind === 'text') appearance = 'multiline';
        if (facts.pattern) {
          const many = field.cardinality === 'many';
          const inner = facts.pattern.replace(/^\^/, '').replace(/\$$/, '');
          const pattern = many ? `^(${inner})( (${inner}))*$` : facts.pattern;
          checks.push({ expr: [`regex(., ${literal(pattern)})`], message: `The answer is not in the expected form. ${many ? 'Separate several with single spaces. ' : ''}${field.description}` });
        }
        if (facts.maxLength !== undefined && field.cardinality === 'one') {
          checks.push({ expr: [`string-length(.) <= ${facts.maxLength}`], message: `Keep it to ${facts.maxLength} characters or fewer.` });
        }
    }
    return {
      type,
      ...(appearance ? { appearance } : {}),
      ...(checks.length > 0 ? { constraint: join(checks.map((c) => c.expr), 'and'), constraintMessage: checks.map((c) => c.message).join(' ') } : {}),
    };
  }

  /** True when an amount has been given (any of the parts that make an amount on their own). */
  private moneyFilled(xpath: string): Expr {
    return join(this.money.anyOfRequired.map((p) => isFilled(`${xpath}/${p}`)), 'or');
  }

  private moneyGroup(field: FieldEntry, base: Pick<Group, 'name' | 'xpath' | 'path' | 'label' | 'hint'>, required: Expr | undefined): Group {
    const group: Group = { kind: 'group', ...base, children: [], money: field };
    const [first, ...others] = this.money.anyOfRequired;
    for (const part of this.parts) {
      const xpath = `${base.xpath}/${part.name}`;
      const question: Question = {
        kind: 'question',
        name: part.name,
        xpath,
        path: `${field.path}/${part.name}`,
        label: part.title,
        hint: part.description,
        type: part.kind === 'number' ? 'decimal' : 'select_one',
        role: { of: 'moneyPart', field, part },
      };
      if (part.kind === 'code') {
        question.list = this.codelistChoices(part.codelist!, { missing: false, none: false });
        if (this.lists.get(question.list)!.choices.length > DROPDOWN_THRESHOLD) question.appearance = 'minimal';
      }
      if (part.kind === 'boolean') question.list = this.yesNoChoices(false);
      if (part.minimum !== undefined) {
        question.constraint = [`. >= ${part.minimum}`];
        question.constraintMessage = `Give an amount of at least ${part.minimum}, without thousands separators.`;
      }
      // At least one of the parts that make an amount, when the amount is needed or any other part is given.
      if (part.name === first) {
        const otherParts = this.parts.filter((p) => !this.money.anyOfRequired.includes(p.name)).map((p) => isFilled(`${base.xpath}/${p.name}`));
        const needed = join([...(required ? [required] : []), ...otherParts], 'or');
        question.required = join([...others.map((o) => isEmpty(`${base.xpath}/${o}`)), needed], 'and');
        question.requiredMessage = `Give the ${part.title.toLowerCase()}${others.length ? `, or choose the ${this.parts.find((p) => p.name === others[0])?.title.toLowerCase() ?? others[0]}` : ''}.`;
      }
      const needs = Object.entries(this.money.dependentRequired).filter(([, n]) => n.includes(part.name)).map(([trigger]) => isFilled(`${base.xpath}/${trigger}`));
      if (needs.length > 0) {
        question.required = join(needs, 'or');
        question.requiredMessage = `Give the ${part.title.toLowerCase()} of the amount.`;
      }
      group.children.push(question);
    }
    return group;
  }

  private yesNoChoices(missing: boolean): string {
    const name = missing ? 'yesNo_missing' : 'yesNo';
    if (!this.lists.has(name)) {
      this.lists.set(name, { name, base: 'yesNo', choices: [{ value: YES, label: 'Yes' }, { value: NO, label: 'No' }, ...(missing ? this.missingChoices() : [])] });
    }
    return name;
  }

  private missingChoices(): Choice[] {
    return this.model.codelists.get('missingReason')!.codes.map((c) => ({ value: missingChoice(c.code), label: c.title }));
  }

  private codelistChoices(codelist: string, options: { missing: boolean; none: boolean }): string {
    const name = `${codelist}${options.none ? '_none' : ''}${options.missing ? '_missing' : ''}`;
    if (this.lists.has(name)) return name;
    const list = this.model.codelists.get(codelist);
    if (!list) throw new Error(`the code list ${codelist} is not in the model`);
    const codes = list.codes.filter((c) => !c.deprecated);
    const titles = new Map<string, number>();
    for (const c of codes) titles.set(c.title, (titles.get(c.title) ?? 0) + 1);
    const choices: Choice[] = codes.map((c) => ({ value: choiceValue(c.code), label: titles.get(c.title)! > 1 ? `${c.title} (${c.code})` : c.title }));
    if (options.none) choices.push({ value: NONE_CHOICE, label: 'None of these' });
    if (options.missing) choices.push(...this.missingChoices());
    const seen = new Set<string>();
    for (const c of choices) {
      if (seen.has(c.value)) throw new Error(`the code list ${codelist} has two codes that give the same form value ${c.value}`);
      seen.add(c.value);
    }
    this.lists.set(name, { name, base: codelist, choices });
    return name;
  }

  private catalogueChoices(): string {
    const name = 'indicatorCatalogue';
    if (!this.lists.has(name)) {
      const offered = this.model.indicators.filter(isOffered);
      this.lists.set(name, { name, base: name, choices: offered.map((i) => ({ value: i.id, label: `${offeredTitle(i)} (${i.id})` })) });
    }
    return name;
  }

  /**
   * Sets the relevance of every node a rule shows, and moves a node asked only after an answer in a later part
   * of the form to just after that part, so that interviewers meet the question after its condition.
   */
  private applyShowRules(root: Group): void {
    const nodes = new Map<string, { node: FormNode; parent: Group }>();
    const index = (group: Group) => {
      for (const child of group.children) {
        const suffix = child.kind === 'question' && child.role.of === 'missing' ? MISSING_COMPANION_SUFFIX : child.kind === 'question' && child.role.of === 'none' ? NONE_COMPANION_SUFFIX : '';
        nodes.set(child.path + suffix, { node: child, parent: group });
        if (isGroup(child)) index(child);
      }
    };
    index(root);
    for (const rule of SHOW_RULES) {
      const test: Expr = join(
        rule.when.map((t) => {
          const at = xpathOf(t.field);
          return 'is' in t ? [ref(at), ` = ${literal(YES)}`] : join(t.anyOf.map((code) => this.codeTest(t.field, at, code)), 'or');
        }),
        'or',
      );
      for (const target of rule.show) {
        const entry = nodes.get(target);
        if (!entry) continue;
        entry.node.relevant = entry.node.relevant ? join([test, entry.node.relevant], 'and') : test;
        entry.node.showWhen = rule.when;
        // The companions go with it: the reason for no answer after it, "there are none" before a repeat.
        const companion = nodes.get(`${target}${MISSING_COMPANION_SUFFIX}`)?.node;
        if (companion?.relevant) companion.relevant = join([test, companion.relevant], 'and');
        const none = nodes.get(`${target}${NONE_COMPANION_SUFFIX}`)?.node;
        if (none) {
          none.relevant = test;
          none.showWhen = rule.when;
        }
        this.moveAfterCondition(entry.parent, [none, entry.node, companion].filter((n): n is FormNode => n !== undefined), rule.when);
      }
    }
  }

  private codeTest(fieldPath: string, at: string, code: string): Expr {
    const field = this.fieldByPath.get(fieldPath)!;
    return field.cardinality === 'many' ? ['selected(', ref(at), `, ${literal(choiceValue(code))})`] : [ref(at), ` = ${literal(choiceValue(code))}`];
  }

  /** Moves a block of adjacent siblings (a node with its companions) to just after the parts holding its conditions. */
  private moveAfterCondition(parent: Group, block: FormNode[], when: AnswerTest[]): void {
    const siblings = parent.children;
    const first = siblings.indexOf(block[0]!);
    const moving = block.filter((n) => siblings.includes(n));
    if (first < 0 || moving.some((n, i) => siblings[first + i] !== n)) throw new Error(`form rule: ${block[0]!.path} and its companions are not together`);
    const holders = when.map((t) => siblings.findIndex((s) => xpathOf(t.field) === s.xpath || xpathOf(t.field).startsWith(`${s.xpath}/`)));
    const last = Math.max(...holders);
    if (last <= first) return;
    siblings.splice(first, moving.length);
    siblings.splice(last - moving.length + 1, 0, ...moving);
  }
}
