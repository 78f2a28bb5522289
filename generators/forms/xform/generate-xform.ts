/**
 * dist/templates/htfds-case-report.xform.xml: the questionnaire as an ODK XForm 1.0 (what ODK Collect, ODK
 * Central, Enketo, KoboToolbox and ODK Web Forms load). Every label, hint and message is in itext, so a
 * translation is one more <translation> block; choice lists are secondary instances, so a list used by forty
 * questions (countries) is written once.
 */
import type { GeneratedFile } from '../../generated-file.js';
import type { FieldModel } from '../../model/field-model.js';
import { INSTANCE_ROOT, MISSING_CHOICE_PREFIX, NONE_CHOICE } from '../../../src/forms/form-conventions.js';
import { toXPath, type Expr } from '../questionnaire/expressions.js';
import { buildQuestionnaire, isGroup, type FormNode, type Group, type Question, type Questionnaire } from '../questionnaire/build-questionnaire.js';
import { attributes, escapeText } from '../xml.js';

export const XFORM_PATH = 'templates/htfds-case-report.xform.xml';

const NAMESPACES: [string, string][] = [
  ['xmlns', 'http://www.w3.org/2002/xforms'],
  ['xmlns:ev', 'http://www.w3.org/2001/xml-events'],
  ['xmlns:h', 'http://www.w3.org/1999/xhtml'],
  ['xmlns:jr', 'http://openrosa.org/javarosa'],
  ['xmlns:odk', 'http://www.opendatakit.org/xforms'],
  ['xmlns:orx', 'http://openrosa.org/xforms'],
  ['xmlns:xsd', 'http://www.w3.org/2001/XMLSchema'],
];

const LANGUAGE = 'English (en)';

const BIND_TYPES: Record<Question['type'], string> = {
  select_one: 'string',
  select_multiple: 'string',
  integer: 'int',
  decimal: 'decimal',
  date: 'date',
  dateTime: 'dateTime',
  text: 'string',
};

const itextRef = (id: string) => `jr:itext('${id}')`;

class XFormWriter {
  private readonly texts: [string, string][] = [];
  private readonly binds: string[] = [];

  constructor(private readonly q: Questionnaire) {}

  private expr(e: Expr | undefined, context: string): string | undefined {
    return e ? toXPath(e, context, this.q.repeats) : undefined;
  }

  private text(id: string, value: string): string {
    this.texts.push([id, value]);
    return itextRef(id);
  }

  write(): string {
    const instance = this.instance(this.q.root, '        ');
    const body = this.q.root.children.map((n) => this.control(n, '    ')).join('');
    this.binds.push(`      <bind${attributes([['nodeset', `/${INSTANCE_ROOT}/meta/instanceID`], ['type', 'string'], ['readonly', 'true()'], ['jr:preload', 'uid']])}/>\n`);
    // A choice's label is written once for all the variants of its list (with or without "none" and the
    // missing reasons), and once for each missing reason, so that forty country questions share one set.
    const choiceTexts = new Set<string>();
    const lists = [...this.q.lists.values()].map((list) => {
      const items = list.choices
        .map((c) => {
          // Missing reasons read the same in every list; every other choice belongs to its list's base.
          const id = c.value.startsWith(MISSING_CHOICE_PREFIX) && c.value !== NONE_CHOICE ? `choice${c.value}` : `${list.base}-${c.value}`;
          if (!choiceTexts.has(id)) {
            choiceTexts.add(id);
            this.texts.push([id, c.label]);
          }
          return `          <item><itextId>${escapeText(id)}</itextId><name>${escapeText(c.value)}</name></item>\n`;
        })
        .join('');
      return `      <instance${attributes([['id', list.name]])}>\n        <root>\n${items}        </root>\n      </instance>\n`;
    });
    const itext = this.texts.map(([id, value]) => `          <text${attributes([['id', id]])}><value>${escapeText(value)}</value></text>\n`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<h:html${attributes(NAMESPACES)}>\n` +
      '  <h:head>\n' +
      `    <h:title>${escapeText(this.q.title)}</h:title>\n` +
      `    <model${attributes([['odk:xforms-version', '1.0.0']])}>\n` +
      '      <itext>\n' +
      `        <translation${attributes([['lang', LANGUAGE], ['default', 'true()']])}>\n${itext}        </translation>\n` +
      '      </itext>\n' +
      '      <instance>\n' +
      `        <${INSTANCE_ROOT}${attributes([['id', this.q.formId], ['version', this.q.version]])}>\n` +
      instance +
      '          <meta>\n            <instanceID/>\n          </meta>\n' +
      `        </${INSTANCE_ROOT}>\n` +
      '      </instance>\n' +
      lists.join('') +
      this.binds.join('') +
      '    </model>\n' +
      '  </h:head>\n' +
      `  <h:body>\n${body}  </h:body>\n` +
      '</h:html>\n'
    );
  }

  /** The primary instance: the report's shape, with one template item per repeat; binds are collected on the way. */
  private instance(group: Group, indent: string): string {
    let out = '';
    for (const node of group.children) {
      this.bind(node);
      const inner = indent + '  ';
      if (isGroup(node)) {
        const template = node.kind === 'repeat' ? ' jr:template=""' : '';
        out += `${inner}<${node.name}${template}>\n${this.instance(node, inner)}${inner}</${node.name}>\n`;
      } else {
        out += `${inner}<${node.name}/>\n`;
      }
    }
    return out;
  }

  private bind(node: FormNode): void {
    const relevant = this.expr(node.relevant, node.xpath);
    if (isGroup(node)) {
      if (relevant) this.binds.push(`      <bind${attributes([['nodeset', node.xpath], ['relevant', relevant]])}/>\n`);
      return;
    }
    if (node.kind === 'calculate') {
      this.binds.push(
        `      <bind${attributes([['nodeset', node.xpath], ['type', 'string'], ['calculate', this.expr(node.calculation, node.xpath)], ['relevant', relevant], ['readonly', 'true()']])}/>\n`,
      );
      return;
    }
    const required = this.expr(node.required, node.xpath);
    const constraint = this.expr(node.constraint, node.xpath);
    this.binds.push(
      `      <bind${attributes([
        ['nodeset', node.xpath],
        ['type', BIND_TYPES[node.type]],
        ['required', required],
        ['jr:requiredMsg', required && node.requiredMessage ? this.text(`${node.xpath}:requiredMsg`, node.requiredMessage) : undefined],
        ['relevant', relevant],
        ['constraint', constraint],
        ['jr:constraintMsg', constraint && node.constraintMessage ? this.text(`${node.xpath}:constraintMsg`, node.constraintMessage) : undefined],
      ])}/>\n`,
    );
  }

  private labels(node: FormNode, indent: string): string {
    let out = `${indent}  <label${attributes([['ref', this.text(`${node.xpath}:label`, node.label)]])}/>\n`;
    if (node.hint && node.kind === 'question') out += `${indent}  <hint${attributes([['ref', this.text(`${node.xpath}:hint`, node.hint)]])}/>\n`;
    return out;
  }

  private control(node: FormNode, indent: string): string {
    if (node.kind === 'calculate') return '';
    if (isGroup(node)) {
      const children = node.children.map((c) => this.control(c, indent + (node.kind === 'repeat' ? '    ' : '  '))).join('');
      const labels = this.labels(node, indent);
      if (node.kind === 'repeat') {
        return `${indent}<group${attributes([['ref', node.xpath]])}>\n${labels}${indent}  <repeat${attributes([['nodeset', node.xpath]])}>\n${children}${indent}  </repeat>\n${indent}</group>\n`;
      }
      return `${indent}<group${attributes([['ref', node.xpath]])}>\n${labels}${children}${indent}</group>\n`;
    }
    const tag = node.type === 'select_one' ? 'select1' : node.type === 'select_multiple' ? 'select' : 'input';
    let out = `${indent}<${tag}${attributes([['ref', node.xpath], ['appearance', node.appearance]])}>\n${this.labels(node, indent)}`;
    if (node.list) {
      out += `${indent}  <itemset${attributes([['nodeset', `instance('${node.list}')/root/item`]])}>\n`;
      out += `${indent}    <value ref="name"/>\n${indent}    <label ref="jr:itext(itextId)"/>\n${indent}  </itemset>\n`;
    }
    return `${out}${indent}</${tag}>\n`;
  }
}

/** The XForm text of a questionnaire. */
export function renderXForm(q: Questionnaire): string {
  return new XFormWriter(q).write();
}

export function* generateXForm(model: FieldModel): Generator<GeneratedFile> {
  yield { path: XFORM_PATH, content: renderXForm(buildQuestionnaire(model)) };
}
