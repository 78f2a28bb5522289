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
