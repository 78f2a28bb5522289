/**
 * "Detection rules": the rules of schema/rules, listed per catalogue indicator with their logic, parameters,
 * evidence and SQL, and — when the site build measured them (rule-evaluation.ts) — their precision and recall
 * on labelled synthetic data, with how to read those figures.
 */
import type { Evaluation, Ratio } from '../../../src/detect/evaluate.js';
import { percent } from '../../../src/detect/evaluate.js';
import type { Rule } from '../../../src/detect/rules/rule.js';
import { mdxCell, mdxCode, mdxText } from '../mdx.js';
import { render } from '../render.js';
import { INDICATORS_PAGE, linkFrom, REFERENCE_DIR } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';

export const RULES_PAGE = `${REFERENCE_DIR}/detection-rules.mdx`;

/** Figures of a measurement, and the synthetic data they were measured on. */
export interface RuleMeasurement {
  evaluation: Evaluation;
  /** How the data were made, in words, e.g. "htfds synth --seed docs --customers 2000 --months 6 --rate 0.02". */
  dataset: string;
  transactions: number;
}

const ratio = (r: Ratio) => (r.of === 0 ? '—' : `${percent(r)} (${r.hits} of ${r.of})`);
const literal = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));

export function rulesPage(rules: Rule[], measurement?: RuleMeasurement): DocsFile {
  const scoreOf = (id: string) => measurement?.evaluation.rules.find((r) => r.rule === id);
  const rows = rules.map((rule) => {
    const ind = rule.indicator;
    const score = scoreOf(rule.id);
    return {
      anchor: rule.id.toLowerCase(),
      id: rule.id,
      title: mdxText(ind?.title ?? '(not in the catalogue)'),
      source: mdxText(ind?.source ?? '—'),
      verification: ind?.verification ?? 'unknown',
      unverified: ind?.verification === 'unverified',
      logic: mdxText(rule.logic),
      subject: rule.subject === 'account' ? 'an account' : 'an address, phone or device (keyed hash) shared by several customers',
      typologies: rule.typologies.length ? rule.typologies.map((t) => mdxCode(t)).join(', ') : '—',
      parameters: Object.entries(rule.parameters).map(([name, p]) => ({ name: mdxCode(name), type: p.type, default: mdxCode(literal(p.default)), description: mdxCell(p.description) })),
      evidence: { transactions: mdxText(rule.evidence.transactions), accounts: mdxText(rule.evidence.accounts), score: mdxText(rule.evidence.score) },
      sql: rule.sql,
      file: `schema/rules/${rule.id}.yaml`,
      measured: score ? { alerts: String(score.alerts), precision: ratio(score.precision), accountRecall: ratio(score.accountRecall), transactionRecall: ratio(score.transactionRecall), against: score.typologies.length ? `${score.typologies.map((t) => mdxCode(t)).join(', ')}${score.bestMatch ? ' (best match)' : ''}` : '—' } : null,
    };
  });
  const typologies = (measurement?.evaluation.typologies ?? []).map((t) => ({
    typology: mdxCode(t.typology),
    accounts: String(t.accounts),
    accountRecall: ratio(t.accountRecall),
    transactionRecall: ratio(t.transactionRecall),
    precision: ratio(t.precision),
    rules: t.rules.length ? t.rules.join(', ') : '—',
  }));
  return {
    path: RULES_PAGE,
    content: render('rules-page', {
      count: rows.length,
      unverifiedCount: rows.filter((r) => r.unverified).length,
      rules: rows,
      measured: measurement ? { dataset: mdxCode(measurement.dataset), transactions: measurement.transactions.toLocaleString('en'), typologies } : null,
      indicatorsLink: linkFrom(RULES_PAGE, INDICATORS_PAGE),
    }),
  };
}
