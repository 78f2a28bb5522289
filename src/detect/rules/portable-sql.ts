/**
 * The portable SQL subset the rules are written in, so that the same rule runs in DuckDB here and in a bank's
 * warehouse (Spark SQL, Trino, Snowflake, PostgreSQL): one SELECT (WITH allowed) over the canonical tables,
 * joins, GROUP BY/HAVING, window functions, CASE and CAST, and an allow-list of functions every one of those
 * engines has with the same meaning. Anything else — engine-only syntax, file or URL reads, statements that
 * change data — is a finding, so a rule can be read as data without trusting it.
 */

export interface SqlProblem {
  message: string;
  /** 1-based line in the SQL text. */
  line: number;
}

/** Functions with the same name, arguments and meaning in DuckDB, Spark SQL, Trino, Snowflake and PostgreSQL. */
export const PORTABLE_FUNCTIONS = new Set([
  'COUNT', 'SUM', 'MIN', 'MAX', 'AVG', 'COALESCE', 'NULLIF', 'CAST', 'FLOOR', 'CEIL', 'ABS', 'ROUND', 'LEAST', 'GREATEST',
  'UPPER', 'LOWER', 'ROW_NUMBER', 'RANK', 'DENSE_RANK', 'LAG', 'LEAD',
]);

/** Words followed by "(" that open a subquery, a list or a clause, not a function call. */
const NOT_CALLS = new Set([
  'AS', 'IN', 'FROM', 'DECIMAL', 'NUMERIC', 'JOIN', 'EXISTS', 'OVER', 'ON', 'AND', 'OR', 'NOT', 'WHEN', 'THEN', 'ELSE', 'SELECT', 'WHERE', 'BY',
  'HAVING', 'BETWEEN', 'ALL', 'UNION', 'INTERSECT', 'EXCEPT', 'DISTINCT', 'USING', 'VALUES', 'CASE', 'END', 'IS', 'LIKE', 'WITH',
]);

/** Statements and clauses that do not exist in every target engine, or that would let a rule do more than read. */
const FORBIDDEN_WORDS = new Map<string, string>([
  ...['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'CREATE', 'DROP', 'ALTER', 'TRUNCATE', 'ATTACH', 'DETACH', 'COPY', 'EXPORT', 'IMPORT', 'PRAGMA', 'SET', 'RESET', 'INSTALL', 'LOAD', 'CALL', 'EXECUTE', 'PREPARE', 'GRANT', 'REVOKE', 'VACUUM', 'CHECKPOINT', 'USE', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN'].map(
    (w) => [w, 'a rule is one read-only SELECT'] as [string, string],
  ),
  ['QUALIFY', 'not in PostgreSQL or Trino: filter the window result in an outer SELECT'],
  ['ILIKE', 'not in Spark SQL or Trino: compare LOWER(x) LIKE …'],
  ['EXCLUDE', 'engine-specific: list the columns'],
  ['REPLACE', 'engine-specific'],
  ['PIVOT', 'engine-specific: use CASE inside an aggregate'],
  ['UNPIVOT', 'engine-specific: use UNION ALL'],
  ['ASOF', 'engine-specific join'],
  ['POSITIONAL', 'engine-specific join'],
  ['SAMPLE', 'engine-specific'],
  ['TABLESAMPLE', 'differs between engines'],
  ['FILTER', 'aggregate FILTER is not in Snowflake: use CASE inside the aggregate'],
  ['INTERVAL', 'interval syntax differs between engines: use the derived epochSeconds column and numbers of seconds'],
  ['LATERAL', 'differs between engines'],
  ['UNNEST', 'differs between engines'],
  ['STRUCT', 'engine-specific type'],
  ['LIST', 'engine-specific type'],
  ['MAP', 'engine-specific type'],
  ['SIMILAR', 'not in every engine'],
  ['GLOB', 'engine-specific'],
  ['RECURSIVE', 'recursive queries are not portable and can run without end'],
  ['TOP', 'use LIMIT'],
]);

/** Token kinds are enough: the check needs words, calls and punctuation, not a full parse tree. */
interface Token {
  kind: 'word' | 'number' | 'string' | 'param' | 'punct' | 'quoted';
  text: string;
  line: number;
}

function tokenize(sql: string, problems: SqlProblem[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const push = (kind: Token['kind'], text: string) => tokens.push({ kind, text, line });
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (sql.startsWith('--', i)) {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      const comment = sql.slice(i, end < 0 ? sql.length : end + 2);
      line += comment.split('\n').length - 1;
      i += comment.length;
    } else if (c === "'") {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === "'" && sql[j + 1] !== "'")) j += sql[j] === "'" ? 2 : 1;
      const text = sql.slice(i, j + 1);
      if (text.includes('\\')) problems.push({ line, message: 'backslashes in string literals are read differently by the engines' });
      push('string', text);
      line += text.split('\n').length - 1;
      i = j + 1;
    } else if (c === '"' || c === '`' || c === '[') {
      problems.push({ line, message: `quoted identifiers (${c}) are case-sensitive or engine-specific: use plain names` });
      const close = c === '[' ? ']' : c;
      const end = sql.indexOf(close, i + 1);
      push('quoted', sql.slice(i, end < 0 ? sql.length : end + 1));
      i = end < 0 ? sql.length : end + 1;
    } else if (c === ':' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const m = /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(sql.slice(i))!;
      push('param', m[1]!);
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))!;
      push('word', m[0]);
      i += m[0].length;
    } else if (/[0-9.]/.test(c) && /^[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?/.test(sql.slice(i))) {
      const m = /^[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?/.exec(sql.slice(i))!;
      push('number', m[0]);
      i += m[0].length;
    } else {
      const two = sql.slice(i, i + 2);
      if (['::', '->', '=>', '||', '**', '//'].includes(two) || ['{', '}', '$', '?', '#', '@', '~', '^', '&', '|', '!'].includes(c) && !['!=', '<>'].includes(two)) {
        problems.push({ line, message: `"${['::', '->', '=>', '||', '**', '//'].includes(two) ? two : c}" is engine-specific syntax` });
        i += ['::', '->', '=>', '||', '**', '//'].includes(two) ? 2 : 1;
      } else if (['<=', '>=', '<>', '!='].includes(two)) {
        push('punct', two);
        i += 2;
      } else {
        push('punct', c);
        i++;
      }
    }
  }
  return tokens;
}

export interface PortableCheck {
  problems: SqlProblem[];
  /** Named parameters used, :name. */
  parameters: Set<string>;
}

/**
 * Checks a rule's SQL against the subset. `tables` are the canonical tables the rule may read; names defined
 * in the rule's own WITH clause are allowed too.
 */
export function checkPortableSql(sql: string, tables: readonly string[]): PortableCheck {
  const problems: SqlProblem[] = [];
  const tokens = tokenize(sql, problems);
  const parameters = new Set<string>();
  const upper = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toUpperCase() : undefined);
  const first = tokens[0];
  if (!first || !['SELECT', 'WITH'].includes(upper(first) ?? '')) problems.push({ line: first?.line ?? 1, message: 'a rule must be one SELECT statement (WITH … SELECT allowed)' });
  const semicolon = tokens.findIndex((t) => t.text === ';');
  if (semicolon >= 0 && semicolon < tokens.length - 1) problems.push({ line: tokens[semicolon]!.line, message: 'a rule is a single statement: remove the ";" and what follows' });

  // Names the rule defines itself: WITH name AS (…), name AS (…)
  const defined = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.kind === 'word' && upper(tokens[k + 1]) === 'AS' && tokens[k + 2]?.text === '(' && (upper(tokens[k - 1]) === 'WITH' || tokens[k - 1]?.text === ',')) defined.add(t.text.toLowerCase());
  });
  const readable = new Set([...tables.map((t) => t.toLowerCase()), ...defined]);

  tokens.forEach((t, k) => {
    const word = upper(t);
    if (t.kind === 'param') parameters.add(t.text);
    if (!word) return;
    const reason = FORBIDDEN_WORDS.get(word);
    if (reason) problems.push({ line: t.line, message: `${word}: ${reason}` });
    const next = tokens[k + 1];
    if (next?.text === '(' && !NOT_CALLS.has(word) && !PORTABLE_FUNCTIONS.has(word) && !defined.has(t.text.toLowerCase())) {
      problems.push({ line: t.line, message: `the function ${word}() is not in the portable subset (allowed: ${[...PORTABLE_FUNCTIONS].join(', ')})` });
    }
    if ((word === 'FROM' || word === 'JOIN') && next) {
      if (next.kind === 'string') problems.push({ line: next.line, message: `${word} ${next.text}: a rule reads the canonical tables only, never files` });
      else if (next.kind === 'word' && !readable.has(next.text.toLowerCase()) && upper(next) !== 'LATERAL') {
        problems.push({ line: next.line, message: `${word} ${next.text}: not a canonical table (${tables.join(', ')}) or a name defined in the rule's WITH clause` });
      }
    }
    // A FROM list: FROM a x, b y
    if (word === 'FROM') {
      let depth = 0;
      for (let j = k + 1; j < tokens.length; j++) {
        const tj = tokens[j]!;
        if (tj.text === '(') depth++;
        else if (tj.text === ')') {
          if (depth === 0) break;
          depth--;
        } else if (depth === 0 && tj.kind === 'word' && ['WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'UNION', 'JOIN', 'ON', 'WINDOW', 'SELECT', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'EXCEPT', 'INTERSECT'].includes(upper(tj)!)) break;
        else if (depth === 0 && tj.text === ',' && tokens[j + 1]?.kind === 'word' && !readable.has(tokens[j + 1]!.text.toLowerCase())) {
          problems.push({ line: tokens[j + 1]!.line, message: `FROM … ${tokens[j + 1]!.text}: not a canonical table or a name defined in the rule's WITH clause` });
        }
      }
    }
  });
  return { problems: dedupe(problems), parameters };
}

const dedupe = (problems: SqlProblem[]) => [...new Map(problems.map((p) => [`${p.line}:${p.message}`, p])).values()];
