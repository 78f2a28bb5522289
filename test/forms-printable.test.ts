/**
 * The paper form: every question is printed with the space its answer needs, conditions name the question they
 * depend on, text from the schema is escaped, and the PDF printed by Chromium is the same bytes every time.
 */
import { describe, expect, test } from 'vitest';
import { type FieldModel } from '../generators/model/field-model.js';
import { loadFieldModel } from '../generators/load-model.js';
import { buildQuestionnaire } from '../generators/forms/questionnaire/build-questionnaire.js';
import { printableView, type PrintBlock, type PrintQuestion } from '../generators/forms/printable/printable-view.js';
import { renderPrintableHtml } from '../generators/forms/printable/render-html.js';
import { normalisePdf, renderPdf } from '../generators/forms/printable/render-pdf.js';

const model = loadFieldModel('schema');
const view = printableView(buildQuestionnaire(model));
const html = renderPrintableHtml(view);

function questions(blocks: PrintBlock[]): PrintQuestion[] {
  return blocks.flatMap((b) => b.items.flatMap((i) => ('question' in i ? [i.question] : questions([i.block]))));
}
const all = questions(view.blocks);
const find = (label: string) => all.find((q) => q.label === label)!;

describe('printable form', () => {
  test('prints every question once, numbered by section', () => {
    const calculated = 3; // schema version, record identifier and catalogue version are not asked
    expect(all.length).toBe(model.fields.filter((f) => !f.deprecated).length - calculated);
    expect(new Set(all.map((q) => q.number)).size).toBe(all.length);
    for (const q of all) expect(html, q.label).toContain(q.label.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
  });

  test('gives each answer the space it needs and the reasons for no answer', () => {
    expect(find('Debt bondage').answer).toEqual({ kind: 'one', choices: [{ label: 'Yes', code: 'true' }, { label: 'No', code: 'false' }] });
    expect(find('Debt bondage').noAnswer).toEqual(['Unknown', 'Not asked', 'Declined to answer', 'Not applicable', 'Withheld for safety']);
    expect(find('Date reported')).toMatchObject({ required: true, answer: { kind: 'date' }, noAnswer: [] });
    expect(find('Reporting country').answer).toMatchObject({ kind: 'code', list: { name: 'country', file: 'codelists/country.csv' } });
    expect(find('TLP marking').noAnswer).toEqual([]);
    const sectors = find('Sectors');
    expect(sectors.answer.kind).toBe('many');
    expect(sectors.answer.choices!.length).toBe(model.codelists.get('sector')!.codes.filter((c) => !c.deprecated).length);
    expect(sectors.answer.none).toBe(true);
  });

  test('says when to skip a question, naming the question it depends on by its number', () => {
    const withheld = find('Documents withheld');
    const heldBy = find('Who held the documents');
    expect(heldBy.onlyIf).toBe(`“Documents withheld” (${withheld.number}) is Yes`);
    expect(html).toContain(`Answer only if “Documents withheld” (${withheld.number}) is Yes.`);
    const profiles = view.blocks.find((b) => b.title === 'Victim profiles')!;
    expect(profiles.repeatNote).toMatch(/copy this block/);
    expect(profiles.noneBox).toBe(true);
  });

  test('escapes text from the schema, and loads nothing from elsewhere', () => {
    const hostile: FieldModel = {
      ...model,
      fields: model.fields.map((f) => (f.path === '/dataQualityNote' ? { ...f, title: 'Note <b>&</b>', description: '<script>alert("x")</script>' } : f)),
    };
    const page = renderPrintableHtml(printableView(buildQuestionnaire(hostile)));
    expect(page).toContain('Note &lt;b&gt;&amp;&lt;/b&gt;');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).not.toMatch(/<script|<link|src=|url\(/i);
  });

  test('the PDF is the same bytes every time, with its dates fixed', async () => {
    const [a, b] = await Promise.all([renderPdf(html, 'test'), renderPdf(html, 'test')]);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    const text = a.toString('latin1');
    expect(text).toContain("/CreationDate (D:19800101000000+00'00')");
    expect(text).not.toMatch(/\/(CreationDate|ModDate) \(D:(?!19800101000000)/);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(20);
  });

  test('fixing the dates keeps every byte offset', () => {
    const sample = Buffer.from("1 0 obj\n<</CreationDate (D:20261126043012+00'00') /ModDate (D:20261126043013+01'00')>>\ntrailer <</ID [<0A1B2C3D> <4E5F6A7B>]>>\n", 'latin1');
    const fixed = normalisePdf(sample);
    expect(fixed.length).toBe(sample.length);
    expect(fixed.toString('latin1')).toBe("1 0 obj\n<</CreationDate (D:19800101000000+00'00') /ModDate (D:19800101000000+00'00')>>\ntrailer <</ID [<00000000> <00000000>]>>\n");
  });
});
