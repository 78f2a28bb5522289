/** The tabular layout of this version of the standard, as generated from the schema. */
import generatedLayout from '../generated/tabular-layout.js';
import type { TabularLayout } from './layout.js';

/** The layout of the full template; import and export use it (the core template is a subset). */
export const currentLayout: TabularLayout = generatedLayout;
