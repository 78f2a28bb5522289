/**
 * Lint of the detection rules (schema/rules/*.yaml): each is a well-formed rule file, names an active or provisional
 * indicator of the catalogue that transactions or customer data can evidence, keeps to the portable SQL
 * subset, and declares exactly the parameters its SQL uses. Codes used by the data package exist too.
 */
import { parseDocument } from 'yaml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFinding } from '../model/finding.js';
import type { SchemaSource } from '../model/source.js';
import { RULE_TABLES } from '../../src/detect/export/canonical-tables.js';
import { checkPortableSql } from '../../src/detect/rules/portable-sql.js';
import { readRule, RuleFileError, type CatalogueEntry } from '../../src/detect/rules/rule.js';

/** Categories whose indicators data of a transaction export can show: transactions, customer profile, business. */
const EVIDENCEABLE = ['TX', 'CP', 'BU'];

export function checkRules(source: SchemaSource, add: (f: SourceFinding) => void): void {
  const dir = join(source.dir, 'rules');
  if (!existsSync(dir)) return;
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const catalogue = new Map<string, CatalogueEntry>();
  const csv = source.indicators?.content;
  if (csv) {
    const col = (name: string) => csv.header.indexOf(name);
    for (const row of csv.rows) {
      const get = (name: string) => row[col(name)] ?? '';
      catalogue.set(get('id'), { id: get('id'), title: get('title'), source: get('source'), locator: get('locator'), verification: get('verification'), status: get('status'), category: get('category') });
    }
  }
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const file = rel(path);
    if (name === 'README.md') continue;
    if (!name.endsWith('.yaml')) {
      add({ rule: 'rule-file', file, message: 'not a rule file', hint: 'rules are schema/rules/<INDICATOR-ID>.yaml; move other files elsewhere' });
      continue;
    }
    let rule;
    try {
      rule = readRule(path, catalogue, parseDocument);
    } catch (error) {
      if (!(error instanceof RuleFileError)) throw error;
      add({ rule: 'rule-file', file, message: error.reason, hint: 'see schema/rules/README.md for the shape of a rule file' });
      continue;
    }
    const indicator = rule.indicator;
    if (!indicator) add({ rule: 'rule-indicator-unknown', file, message: `${rule.id} is not an indicator of the catalogue`, hint: 'name the rule file after an indicator ID of schema/indicators/indicators.csv' });
    else {
      // A provisional indicator keeps its rule (its alerts say the indicator is unverified); deprecated and withdrawn ones do not.
      if (indicator.status !== 'active' && indicator.status !== 'provisional') add({ rule: 'rule-indicator-inactive', file, message: `indicator ${rule.id} is ${indicator.status}`, hint: 'retire the rule with its indicator, or move it to the indicator that replaces it' });
      if (!indicator.category.split(';').some((c) => EVIDENCEABLE.includes(c))) {
        add({ rule: 'rule-indicator-not-evidenceable', file, message: `indicator ${rule.id} is behavioural only (${indicator.category})`, hint: 'rules are for indicators that transactions, customer profiles or business data can show' });
      }
    }
    const sqlLine = readFileSync(path, 'utf8').split('\n').findIndex((l) => l.startsWith('sql:')) + 2;
    const check = checkPortableSql(rule.sql, RULE_TABLES);
    for (const p of check.problems) add({ rule: 'rule-sql-not-portable', file, line: sqlLine + p.line - 1, message: p.message, hint: 'rules keep to the portable SQL subset (src/detect/rules/portable-sql.ts) so that any warehouse runs them' });
    for (const name of check.parameters) if (!rule.parameters[name]) add({ rule: 'rule-parameter-undeclared', file, message: `the SQL uses :${name}, which is not declared`, hint: 'declare it under parameters with a type, a default and a description' });
    for (const name of Object.keys(rule.parameters)) if (!check.parameters.has(name)) add({ rule: 'rule-parameter-unused', file, message: `the parameter ${name} is declared but the SQL does not use it`, hint: 'use it as :' + name + ' or remove it' });
  }
}
