/** Every layout family the parser knows. To read a new province's tables, add its spec here. */
import { common } from './common.js';
import { shanghai } from './shanghai.js';
import type { FamilySpec } from './types.js';

export type { FamilySpec };

/** Family-specific rules first: they name tables the shared words would take for another kind. */
export const FAMILIES: readonly FamilySpec[] = [shanghai, common];

export const TITLE_RULES = FAMILIES.flatMap((f) => f.titles);
export const MEASURE_ALIASES = FAMILIES.flatMap((f) => f.measures ?? []);
export const THREE_PUBLIC_COLUMNS = FAMILIES.flatMap((f) => f.threePublicColumns ?? []);
