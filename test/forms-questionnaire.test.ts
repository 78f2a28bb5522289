/** The questionnaire behind the XLSForm, the XForm and the paper form: complete, in interview order, and its logic checked against the schema. */
import { describe, expect, test } from 'vitest';
import { type FieldModel } from '../generators/model/field-model.js';
import { loadFieldModel } from '../generators/load-model.js';
import { buildQuestionnaire, isGroup, type FormNode, type Question } from '../generators/forms/questionnaire/build-questionnaire.js';
import { toXPath, toXlsform, xpathFrom } from '../generators/forms/questionnaire/expressions.js';
import { checkFormLogic, SHOW_RULES } from '../generators/forms/questionnaire/form-logic.js';

const model = loadFieldModel('schema');
const q = buildQuestionnaire(model);

function flatten(nodes: FormNode[]): FormNode[] {
  return nodes.flatMap((n) => [n, ...(isGroup(n) ? flatten(n.children) : [])]);
}
const nodes = flatten(q.root.children);
const byPath = (path: string) => nodes.find((n) => n.path === path && !(n.kind === 'question' && n.role.of !== 'field' && n.role.of !== 'moneyPart'));

describe('questionnaire', () => {
  test('every data point of the schema that is not deprecated is asked or calculated exactly once; nothing else is', () => {
    const asked = nodes.filter((n) => n.kind === 'calculate' || (n.kind === 'question' && n.role.of === 'field') || (isGroup(n) && n.money)).map((n) => n.path);
    const expected = model.fields.filter((f) => !f.deprecated).map((f) => f.path);
    expect([...asked].sort()).toEqual([...expected].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  test('every list of objects is a repeat and every nested object a group, unless all it holds is deprecated', () => {
    const holdsAsked = (path: string) => model.fields.some((f) => !f.deprecated && f.path.startsWith(`${path}/`));
    for (const c of model.containers) expect(byPath(c.path)?.kind, c.path).toBe(holdsAsked(c.path) ? (c.kind === 'list' ? 'repeat' : 'group') : undefined);
  });

  test('choices are the codes of the code list, without deprecated codes, plus "none" and the missing reasons where the answer allows them', () => {
    const traffickingStatus = byPath('/traffickingStatus') as Question;
    const codes = model.codelists.get('traffickingStatus')!.codes.filter((c) => !c.deprecated).map((c) => c.code);
    expect(q.lists.get(traffickingStatus.list!)!.choices.map((c) => c.value)).toEqual([...codes, '_unknown', '_notAsked', '_declinedToAnswer', '_notApplicable', '_withheldForSafety']);
    const tlp = byPath('/sharing/tlp') as Question;
    expect(q.lists.get(tlp.list!)!.choices.every((c) => !c.value.startsWith('_'))).toBe(true);
    const sectors = byPath('/sectors') as Question;
    expect(sectors.type).toBe('select_multiple');
    expect(q.lists.get(sectors.list!)!.choices.map((c) => c.value)).toContain('_none');
    // A multi-select that needs at least one item offers no "none".
    const roles = byPath('/countriesInvolved/*/roles') as Question;
    expect(q.lists.get(roles.list!)!.choices.map((c) => c.value)).not.toContain('_none');
  });

  test('questions that are not choices get a companion question for the reason, asked only while they are empty', () => {
    const date = byPath('/transactions/*/date')!;
    const companion = nodes.find((n) => n.kind === 'question' && n.role.of === 'missing' && n.path === '/transactions/*/date')!;
    expect(companion.name).toBe('date_missing');
    expect(toXPath(companion.relevant!, companion.xpath, q.repeats)).toBe('not(string-length(../date) > 0)');
    expect(date.kind).toBe('question');
  });

  test('required answers that may be missing stay required until a reason is chosen', () => {
    const amount = nodes.find((n) => n.xpath === '/data/transactions/amount/amount') as Question;
    expect(toXPath(amount.required!, amount.xpath, q.repeats)).toContain('string-length(../../amount_missing) = 0');
  });

  test("a victim's documents are asked about only when that victim's were withheld, and after that question", () => {
    const heldBy = byPath('/victimProfiles/*/financialControl/documentsHeldBy')!;
    expect(toXPath(heldBy.relevant!, heldBy.xpath, q.repeats)).toBe("../withholdsDocuments = 'true'");
    const position = (path: string) => nodes.findIndex((n) => n.path === path);
    expect(position('/victimProfiles/*/financialControl/documentsHeldBy')).toBeGreaterThan(position('/victimProfiles/*/financialControl/withholdsDocuments'));
    // "There are none" moves with the repeat, just before it.
    const order = q.root.children.map((n) => n.name);
    expect(order.indexOf('debts_none')).toBe(order.indexOf('debts') - 1);
    expect(order.indexOf('victimProfiles_none')).toBe(order.indexOf('victimProfiles') - 1);
  });

  test('every list of objects can be answered "there are none", and the repeat is offered only while it is not', () => {
    for (const c of model.containers.filter((c) => c.kind === 'list')) {
      const none = nodes.find((n): n is Question => n.kind === 'question' && n.role.of === 'none' && n.path === c.path)!;
      expect(none, c.path).toBeDefined();
      expect(none.type).toBe('select_multiple');
      expect(q.lists.get(none.list!)!.choices).toEqual([{ value: '_none', label: 'There are none' }]);
      const repeat = byPath(c.path)!;
      expect(toXPath(repeat.relevant!, repeat.xpath, q.repeats)).toContain(`not(selected(${toXPath([{ ref: none.xpath }], repeat.xpath, q.repeats)}, '_none'))`);
    }
  });

  test('every rule shows its targets only after the questions it depends on', () => {
    const position = new Map(nodes.map((n, i) => [n.path, i]));
    for (const rule of SHOW_RULES) {
      for (const target of rule.show) {
        const node = byPath(target)!;
        expect(node.relevant, target).toBeDefined();
        for (const t of rule.when) expect(position.get(t.field)!, `${t.field} before ${target}`).toBeLessThan(position.get(target)!);
      }
    }
  });

  test('references inside a repeat are relative, so that they point into the same repeat instance', () => {
    const crypto = byPath('/transactions/*/cryptoDetails')!;
    expect(toXPath(crypto.relevant!, crypto.xpath, q.repeats)).toBe("(../method = 'cryptoOnChain') or (../method = 'cryptoAtm') or (../method = 'cryptoOtc')");
    expect(xpathFrom('/data/persons/identifiers/platform', '/data/persons/identifiers/type', q.repeats)).toBe('../type');
    expect(xpathFrom('/data/victimProfiles/scamCompoundWork', '/data/exploitationTypes', q.repeats)).toBe('/data/exploitationTypes');
    // The XLSForm writes ${name} only for names that are unique in the form.
    expect(toXlsform([{ ref: '/data/victimProfiles/financialControl/debtBondage' }, " = 'true'"], '/data/debts', q.repeats, new Map([['debtBondage', '/data/victimProfiles/financialControl/debtBondage']]))).toBe("${debtBondage} = 'true'");
  });

  test('the form logic is checked against the schema: a renamed field or a removed code stops the build', () => {
    expect(checkFormLogic(model)).toEqual([]);
    const broken: FieldModel = {
      ...model,
      fields: model.fields.filter((f) => f.path !== '/victimProfiles/*/financialControl/withholdsDocuments'),
      codelists: new Map([...model.codelists].map(([k, v]) => [k, k === 'paymentMethod' ? { ...v, codes: v.codes.filter((c) => c.code !== 'cryptoAtm') } : v])),
    };
    const problems = checkFormLogic(broken);
    expect(problems).toContainEqual(expect.stringContaining('the condition field /victimProfiles/*/financialControl/withholdsDocuments is not a field of the schema'));
    expect(problems).toContainEqual(expect.stringContaining('cryptoAtm is not a code of the paymentMethod list'));
    expect(() => buildQuestionnaire(broken)).toThrow(/the form logic does not match the schema/);
  });
});
