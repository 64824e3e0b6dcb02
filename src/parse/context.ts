/**
 * What every table reader gets and gives: the document's identity and the place to put rows and
 * findings. Readers push rows; they never throw on bad input, they report it.
 */
import type { Dataset, ValidationIssue } from '../schema/tables.js';

export type DocInfo = {
	docId: string;
	sourceFile: string;
	department: string | null;
	entity: string | null;
	fiscalYear: number | null;
	kind: 'budget' | 'final_account' | 'performance_eval' | null;
	/** Units of this department named in the document (阳泉市强制隔离戒毒所 …). */
	units: string[];
};

export type Ctx = {
	doc: DocInfo;
	out: Dataset;
	issue(
		severity: ValidationIssue['severity'],
		check: string,
		message: string,
		line: number | null,
		figures?: Figures,
	): void;
};

/**
 * The two figures a finding compares, where it compares two: its own (a, on the finding's line) and
 * the other (b), each with the table it is in (a table's label, or 文字 for the text).
 */
export type Figures = {
	table_a?: string | null;
	value_a?: number | null;
	table_b?: string | null;
	value_b?: number | null;
	line_b?: number | null;
};
