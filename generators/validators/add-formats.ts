/** ajv-formats' plugin, called the same way everywhere: it is CommonJS, so Node hands us module.exports and Vitest its .default. */
import type { Ajv } from 'ajv';
import formatsModule from 'ajv-formats';

export const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as (ajv: Ajv) => Ajv;
