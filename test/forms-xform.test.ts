/**
 * The generated XForm is internally consistent (every bind, control, itemset and itext reference resolves) and
 * says what the questionnaire says. That it runs in a real form engine is tested in odk-web-forms.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { loadFieldModel } from '../generators/load-model.js';
import { buildQuestionnaire } from '../generators/forms/questionnaire/build-questionnaire.js';
import { renderXForm } from '../generators/forms/xform/generate-xform.js';
import { readXml, type XmlElement } from '../src/forms/xml-reader.js';

const model = loadFieldModel('schema');
const xml = renderXForm(buildQuestionnaire(model));
const doc = readXml(xml);

const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name)!;
const all = (e: XmlElement, name: string): XmlElement[] => [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
const head = child(doc, 'head');
const xmodel = child(head, 'model');
const instances = xmodel.children.filter((c) => c.name === 'instance');
const primary = instances.find((i) => !i.attributes.id)!.children[0]!;
const secondary = new Map(instances.filter((i) => i.attributes.id).map((i) => [i.attributes.id!, i]));
const binds = xmodel.children.filter((c) => c.name === 'bind');
const texts = new Set(all(child(xmodel, 'itext'), 'text').map((t) => t.attributes.id!));

function instancePaths(e: XmlElement, prefix: string, out = new Set<string>()): Set<string> {
  const path = `${prefix}/${e.name}`;
  out.add(path);
  for (const c of e.children) instancePaths(c, path, out);
  return out;
}
const paths = instancePaths(primary, '');

describe('XForm', () => {
  test('is the HTFDS form of this version, with a primary instance that mirrors the report', () => {
    expect(doc.name).toBe('html');
    expect(primary.name).toBe('data');
    expect(primary.attributes).toMatchObject({ id: 'htfds-case-report', version: model.version });
    expect(paths.has('/data/victimProfiles/financialControl/debtBondage')).toBe(true);
    expect(paths.has('/data/transactions/amount/currency')).toBe(true);
    expect(paths.has('/data/meta/instanceID')).toBe(true);
    // Repeats carry a template, so that engines start with no item rather than an empty one.
    for (const repeat of ['transactions', 'persons', 'accounts', 'victimProfiles']) expect(primary.children.find((c) => c.name === repeat)!.attributes['jr:template']).toBe('');
  });

  test('every bind points at an instance node, and every answer node has a bind', () => {
    for (const b of binds) expect(paths.has(b.attributes.nodeset!), b.attributes.nodeset).toBe(true);
    const bound = new Set(binds.map((b) => b.attributes.nodeset));
    for (const path of paths) {
      const leaf = ![...paths].some((p) => p.startsWith(`${path}/`));
      if (leaf) expect(bound.has(path), path).toBe(true);
    }
  });

  test('every control refers to a bound node, every itemset to a choice instance, every label to an itext entry', () => {
    const body = child(doc, 'body');
    const controls = [...all(body, 'input'), ...all(body, 'select1'), ...all(body, 'select')];
    expect(controls.length).toBeGreaterThan(250);
    const bound = new Set(binds.map((b) => b.attributes.nodeset));
    for (const c of controls) expect(bound.has(c.attributes.ref!), c.attributes.ref).toBe(true);
    for (const itemset of all(body, 'itemset')) {
      const id = /^instance\('([^']+)'\)\/root\/item$/.exec(itemset.attributes.nodeset!)![1]!;
      expect(secondary.has(id), id).toBe(true);
    }
    const refs = [...xml.matchAll(/jr:itext\('([^']+)'\)/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(500);
    for (const id of refs) expect(texts.has(id), id).toBe(true);
    for (const item of [...secondary.values()].flatMap((i) => all(i, 'item'))) expect(texts.has(child(item, 'itextId').text)).toBe(true);
  });

  test('binds carry types, required, relevant and constraints', () => {
    const bind = (nodeset: string) => binds.find((b) => b.attributes.nodeset === nodeset)!.attributes;
    expect(bind('/data/dateReported')).toMatchObject({ type: 'date', required: 'true()' });
    expect(bind('/data/transactions/count')).toMatchObject({ type: 'int', relevant: "../isAggregate = 'true'", constraint: '. >= 1' });
    expect(bind('/data/debts').relevant).toBe("not(selected(/data/debts_none, '_none'))");
    // Inside a repeat a condition on the same item is relative; one on the report is absolute.
    expect(bind('/data/victimProfiles/financialControl/documentsHeldBy').relevant).toBe("../withholdsDocuments = 'true'");
    expect(bind('/data/victimProfiles/scamCompoundWork').relevant).toBe("(selected(/data/exploitationTypes, 'ForcedCriminality')) or (selected(/data/typologies, 'scamLabourCamp'))");
    expect(bind('/data/persons/id').constraint).toBe("regex(., '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$')");
    expect(bind('/data/schemaVersion')).toMatchObject({ calculate: `'${model.version}'`, readonly: 'true()' });
    expect(bind('/data/meta/instanceID')['jr:preload']).toBe('uid');
  });

  test('choice lists hold codes, missing reasons and labels from the code lists', () => {
    const country = secondary.get('country_missing')!;
    const names = all(country, 'name').map((n) => n.text);
    expect(names).toContain('TH');
    expect(names.at(-1)).toBe('_withheldForSafety');
    expect(xml).toContain('<text id="yesNo-true"><value>Yes</value></text>');
    expect(xml).toContain('<text id="choice_notAsked"><value>Not asked</value></text>');
    // One label per choice, however many variants of its list there are.
    expect(xml.match(/<text id="country-TH">/g)).toHaveLength(1);
    // "None" reads differently for a list of codes and for a list of objects.
    expect(xml).toContain('<text id="sector-_none"><value>None of these</value></text>');
    expect(xml).toContain('<text id="none-_none"><value>There are none</value></text>');
  });

  test('is the same text every time', () => {
    expect(renderXForm(buildQuestionnaire(model))).toBe(xml);
  });
});
