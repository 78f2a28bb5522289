/**
 * The helpers Ajv's precompiled validator calls at run time, imported as ES modules. Ajv's standalone output
 * reaches them with require() (ajv#2209), which neither browsers nor ES modules have; the generator rewrites
 * those calls to use this module instead. Each package is CommonJS: take `.default` where the module has one.
 */
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const unwrap = <T>(m: T | { default: T }): T => (typeof m === 'object' && m !== null && 'default' in m ? m.default : (m as T));

export const equal = unwrap(equalModule as unknown as typeof equalModule.default);
export const ucs2length = unwrap(ucs2lengthModule as unknown as typeof ucs2lengthModule.default);
export { fullFormats };

/**
 * What the generator puts in place of Ajv's `vErrors.concat(sub.errors)` after each call of a sub-validator: a
 * push in place. The copy made every call cost as much as all the errors found so far, so a report with many
 * findings took time quadratic in their number (270,000 errors: 26 s); a push keeps it linear.
 */
export function appendErrors<T>(errors: T[], more: readonly T[]): T[] {
  for (let i = 0; i < more.length; i++) errors.push(more[i]!);
  return errors;
}
