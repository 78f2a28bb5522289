/**
 * The questionnaire laid out for paper: numbered sections and questions, each with the space its answer needs
 * (boxes to tick, lines to write on, boxes for dates and codes) and, beside it, the boxes for "no answer" and
 * why. The printable form is for interviews without a device; what is written on it is typed into the XLSForm,
 * the XForm or the spreadsheet later, so it shows the codes next to the labels.
 */
import { MISSING_CHOICE_PREFIX, NONE_CHOICE } from '../../../src/forms/form-conventions.js';
import type { AnswerTest } from '../questionnaire/form-logic.js';
import { isGroup, type FormNode, type Group, type Question, type Questionnaire } from '../questionnaire/build-questionnaire.js';

/** Lists longer than this are not printed in full: the interviewer writes the code from the published list. */
export const PRINTED_CHOICES_LIMIT = 30;

export interface PrintChoice {
  label: string;
  code: string;
}

export interface PrintAnswer {
  /** one: tick one box; many: tick all that apply; code: write a code from a list; line/lines/date/month/number: write. */
  kind: 'one' | 'many' | 'code' | 'line' | 'lines' | 'date' | 'month' | 'number' | 'money';
  choices?: PrintChoice[];
  /** For `code`: the list to take the code from and how many codes it has. */
  list?: { name: string; size: number; file: string };
  /** For `money`: the parts, each an answer of its own. */
  parts?: { label: string; answer: PrintAnswer }[];
  /** "None of these" for multi-selects that accept an empty list. */
  none?: boolean;
}

export interface PrintQuestion {
  number: string;
  label: string;
  hint: string;
  required: boolean;
  /** Printed condition: "Answer only if …". */
  onlyIf?: string;
  answer: PrintAnswer;
  /** Reasons that may be ticked instead of an answer. */
  noAnswer: string[];
}

export interface PrintBlock {
  number: string;
  title: string;
  description: string;
  onlyIf?: string;
  /** For lists of objects: one block is printed; this tells the interviewer to copy it. */
  repeatNote?: string;
  /** For lists of objects: a box "there are none". */
  noneBox?: boolean;
  items: PrintItem[];
}

export type PrintItem = { question: PrintQuestion } | { block: PrintBlock };

export interface PrintableView {
  title: string;
  version: string;
  missingReasons: string[];
  blocks: PrintBlock[];
}

const isSpecial = (value: string) => value.startsWith(MISSING_CHOICE_PREFIX);

class ViewBuilder {
  private readonly labels = new Map<string, { label: string; number: string }>();

  constructor(private readonly q: Questionnaire) {}

  build(): PrintableView {
    const missing = this.q.lists.get('missingReason')!.choices.map((c) => c.label);
    // Fields at the top of the report are printed as a first section of their own.
    const blocks: PrintBlock[] = [];
    const loose: FormNode[] = [];
    const flush = () => {
      if (loose.length === 0) return;
      const number = String(blocks.length + 1);
      const items = this.items(loose.splice(0), number);
      if (items.length > 0) blocks.push({ number, title: blocks.length === 0 ? 'About the report' : 'About the case', description: '', items });
    };
    for (const node of this.q.root.children) {
      if (node.kind === 'group' && !node.money) {
        flush();
        blocks.push(this.block(node, String(blocks.length + 1)));
      } else if (node.kind === 'repeat') {
        flush();
        blocks.push(this.block(node, String(blocks.length + 1)));
      } else loose.push(node);
    }
    flush();
    return { title: this.q.title, version: this.q.version, missingReasons: missing, blocks };
  }

  private block(group: Group, number: string): PrintBlock {
    const block: PrintBlock = { number, title: group.label, description: group.hint, items: this.items(group.children, number) };
    if (group.showWhen) block.onlyIf = this.condition(group.showWhen);
    if (group.kind === 'repeat') {
      block.repeatNote = `Fill in one block for each entry under “${group.label}”; copy this block as often as needed. If it is known that there are none, tick the box instead; if it is not known, leave both empty.`;
      block.noneBox = true;
    }
    return block;
  }

  private items(nodes: FormNode[], prefix: string): PrintItem[] {
    const items: PrintItem[] = [];
    let n = 0;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.kind === 'calculate') continue;
      // Printed with their question or list: the reason for no answer, "there are none".
      if (node.kind === 'question' && (node.role.of === 'missing' || node.role.of === 'none')) continue;
      const number = `${prefix}.${++n}`;
      const next = nodes[i + 1];
      const companion = next?.kind === 'question' && next.role.of === 'missing' ? next : undefined;
      if (isGroup(node) && !node.money) {
        items.push({ block: this.block(node, number) });
        continue;
      }
      const question = isGroup(node) ? this.money(node, number, companion) : this.question(node, number, companion);
      this.labels.set(node.path, { label: question.label, number });
      items.push({ question });
    }
    return items;
  }

  private noAnswer(question: Question | undefined): string[] {
    if (!question?.list) return [];
    return this.q.lists.get(question.list)!.choices.filter((c) => isSpecial(c.value) && c.value !== NONE_CHOICE).map((c) => c.label);
  }

  private question(node: Question, number: string, companion: Question | undefined): PrintQuestion {
    return {
      number,
      label: node.label,
      hint: node.hint,
      required: node.required !== undefined && node.required.length === 1 && node.required[0] === 'true()',
      ...(node.showWhen ? { onlyIf: this.condition(node.showWhen) } : {}),
      answer: this.answer(node),
      noAnswer: companion ? this.noAnswer(companion) : this.noAnswer(node),
    };
  }

  private money(group: Group, number: string, companion: Question | undefined): PrintQuestion {
    const parts = group.children.filter((c): c is Question => c.kind === 'question').map((part) => ({ label: part.label, answer: this.answer(part) }));
    return {
      number,
      label: group.label,
      hint: group.hint,
      required: false,
      ...(group.showWhen ? { onlyIf: this.condition(group.showWhen) } : {}),
      answer: { kind: 'money', parts },
      noAnswer: this.noAnswer(companion),
    };
  }

  private answer(node: Question): PrintAnswer {
    if (node.list) {
      const all = this.q.lists.get(node.list)!.choices;
      const codes = all.filter((c) => !isSpecial(c.value));
      const none = all.some((c) => c.value === NONE_CHOICE);
      if (codes.length > PRINTED_CHOICES_LIMIT) {
        const name = node.list.replace(/(_none)?(_missing)?$/, '');
        const file = name === 'indicatorCatalogue' ? 'schema/indicator-catalogue.json' : `codelists/${name}.csv`;
        return { kind: 'code', list: { name, size: codes.length, file }, ...(none ? { none } : {}) };
      }
      return { kind: node.type === 'select_multiple' ? 'many' : 'one', choices: codes.map((c) => ({ label: c.label, code: c.value })), ...(none ? { none } : {}) };
    }
    if (node.type === 'date') return { kind: node.appearance === 'month-year' ? 'month' : 'date' };
    if (node.type === 'integer' || node.type === 'decimal') return { kind: 'number' };
    return { kind: node.appearance === 'multiline' ? 'lines' : 'line' };
  }

  /** "«Debt bondage» (2.3) is Yes", joined with "or". */
  private condition(tests: AnswerTest[]): string {
    return tests
      .map((t) => {
        const target = this.labels.get(t.field);
        const name = target ? `“${target.label}” (${target.number})` : `“${t.field}”`;
        if ('is' in t) return `${name} is Yes`;
        const list = [...this.q.lists.values()].find((l) => l.name.replace(/(_none)?(_missing)?$/, '') === this.listOf(t.field));
        const labels = t.anyOf.map((code) => list?.choices.find((c) => c.value === code)?.label ?? code);
        return `${name} is ${labels.length > 1 ? `one of ${labels.map((l) => `“${l}”`).join(', ')}` : `“${labels[0]}”`}`;
      })
      .join(' or ');
  }

  private listOf(fieldPath: string): string | undefined {
    const find = (nodes: FormNode[]): Question | undefined => {
      for (const n of nodes) {
        if (n.kind === 'question' && n.role.of === 'field' && n.path === fieldPath) return n;
        if (isGroup(n)) {
          const found = find(n.children);
          if (found) return found;
        }
      }
      return undefined;
    };
    return find(this.q.root.children)?.list?.replace(/(_none)?(_missing)?$/, '');
  }
}

/** The printable layout of a questionnaire. */
export function printableView(q: Questionnaire): PrintableView {
  return new ViewBuilder(q).build();
}
