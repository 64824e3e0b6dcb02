/**
 * A layout family's knowledge of its tables, as data: the words of each table's title, the header
 * words of its columns, the labels of its 三公 columns. The engine (segment.ts, columns.ts, the table
 * readers) reads only these specs; a new province's layout adds a spec file, not engine code.
 */
import type { Measure, ThreePublicCategory } from '../../schema/tables.js';
import type { TableKind } from '../tableKinds.js';

export type FamilySpec = {
	/** Who prints tables this way (for the README and findings). */
	readonly name: string;
	/** Title words → table kind, tried in order after the number and prefixes are stripped. */
	readonly titles: readonly (readonly [RegExp, TableKind])[];
	/** Column header words → measure (合计, 基本支出 …), tried before the shared ones. */
	readonly measures?: readonly (readonly [RegExp, Measure])[];
	/**
	 * A 三公 table laid out by column (one data row; the categories head the columns): header words
	 * → category, and the header of a column that is a different figure printed in the same table.
	 */
	readonly threePublicColumns?: readonly (readonly [
		RegExp,
		ThreePublicCategory | 'org_running_cost',
	])[];
};
