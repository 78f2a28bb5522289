/**
 * A place in a report that can be printed in a message about sharing without quoting the report: a JSON pointer
 * cut at the first token that is neither a list index nor a name the schema uses (an unknown key could be
 * anything the author typed, a name included).
 */
import runtimeModel from '../generated/runtime-model.js';
import { escapeToken, pointerTokens } from '../validate/paths.js';

const SCHEMA_NAMES = new Set<string>(['missing', ...Object.keys(runtimeModel.moneyCodes), 'amount']);
for (const path of [...runtimeModel.fields.map((f) => f.path), ...Object.keys(runtimeModel.containers)]) for (const t of pointerTokens(path)) SCHEMA_NAMES.add(t);

export function safePlace(pointer: string): string {
  const kept: string[] = [];
  for (const token of pointerTokens(pointer)) {
    if (!/^(0|[1-9][0-9]*)$/.test(token) && !SCHEMA_NAMES.has(token)) return `${kept.length ? `/${kept.join('/')}` : '/'} (in a field the schema does not have)`;
    kept.push(escapeToken(token));
  }
  return kept.length ? `/${kept.join('/')}` : '/';
}
