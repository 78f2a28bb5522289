/** Look-ups into the runtime model that several modules need, built once. */
import runtimeModel from '../generated/runtime-model.js';
import type { RuntimeField } from './runtime-model.js';

/** Every data point by its model path (e.g. /transactions/*\/amount). */
export const fieldsByPath: ReadonlyMap<string, RuntimeField> = new Map(runtimeModel.fields.map((f) => [f.path, f]));
