/**
 * The normalised dataset, declared once (see CONTRACT.md in the shared folder and docs/schema.md).
 * The Parquet / Arrow writers, the SQL and the TypeScript row types all derive from this file.
 */

type DuckType = 'VARCHAR' | 'DOUBLE' | 'INTEGER';
type Column = { readonly name: string; readonly type: DuckType; readonly nullable: boolean };

const col = <N extends string, T extends DuckType, Nu extends boolean = false>(
	name: N,
	type: T,
	nullable?: Nu,
): { readonly name: N; readonly type: T; readonly nullable: Nu } => ({
	name,
	type,
	nullable: (nullable ?? false) as Nu,
});

export const TABLES = {
	documents: [
		col('doc_id', 'VARCHAR'),
		col('province', 'VARCHAR', true),
		col('city', 'VARCHAR', true),
		col('department', 'VARCHAR', true),
		col('entity', 'VARCHAR', true),
		col('scope', 'VARCHAR'),
		col('fiscal_year', 'INTEGER', true),
		col('kind', 'VARCHAR', true),
		col('source_file', 'VARCHAR'),
		col('title', 'VARCHAR', true),
		col('layout', 'VARCHAR', true),
		col('encoding', 'VARCHAR'),
		col('money_unit', 'VARCHAR', true),
		col('line_count', 'INTEGER'),
		col('status', 'VARCHAR'),
		col('format', 'VARCHAR'),
		col('sha256', 'VARCHAR', true),
		col('page_count', 'INTEGER', true),
	],
	functional_items: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('table_key', 'VARCHAR'),
		col('code', 'VARCHAR'),
		col('name', 'VARCHAR'),
		col('level', 'INTEGER'),
		col('measure', 'VARCHAR'),
		col('amount', 'DOUBLE'),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	economic_items: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('code', 'VARCHAR', true),
		col('name', 'VARCHAR'),
		col('gov_name', 'VARCHAR', true),
		col('level', 'INTEGER', true),
		col('category', 'VARCHAR'),
		col('amount', 'DOUBLE'),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	three_public: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('year', 'INTEGER'),
		col('basis', 'VARCHAR'),
		col('category', 'VARCHAR'),
		col('amount', 'DOUBLE'),
		col('source', 'VARCHAR'),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	budget_execution: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('year', 'INTEGER'),
		col('code', 'VARCHAR', true),
		col('name', 'VARCHAR'),
		col('budget', 'DOUBLE', true),
		col('final', 'DOUBLE', true),
		col('rate', 'DOUBLE', true),
		col('stated_rate', 'DOUBLE', true),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	projects: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('code', 'VARCHAR', true),
		col('name', 'VARCHAR'),
		col('amount', 'DOUBLE'),
		col('table_key', 'VARCHAR'),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	performance_evals: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('year', 'INTEGER', true),
		col('level', 'VARCHAR'),
		col('name', 'VARCHAR'),
		col('budget', 'DOUBLE', true),
		col('available', 'DOUBLE', true),
		col('executed', 'DOUBLE', true),
		col('execution_rate', 'DOUBLE', true),
		col('score', 'DOUBLE', true),
		col('grade', 'VARCHAR', true),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	performance_indicators: [
		col('doc_id', 'VARCHAR'),
		col('eval_line', 'INTEGER'),
		col('level1', 'VARCHAR', true),
		col('level2', 'VARCHAR', true),
		col('name', 'VARCHAR'),
		col('target', 'VARCHAR', true),
		col('actual', 'VARCHAR', true),
		col('score', 'DOUBLE', true),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	project_targets: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('code', 'VARCHAR', true),
		col('name', 'VARCHAR'),
		col('total_amount', 'DOUBLE', true),
		col('year_amount', 'DOUBLE', true),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	figures: [
		col('doc_id', 'VARCHAR'),
		col('entity', 'VARCHAR', true),
		col('year', 'INTEGER', true),
		col('metric', 'VARCHAR'),
		col('value', 'DOUBLE'),
		col('unit', 'VARCHAR'),
		col('source', 'VARCHAR'),
		col('line', 'INTEGER'),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
	validation_issues: [
		col('doc_id', 'VARCHAR'),
		col('source_file', 'VARCHAR'),
		col('severity', 'VARCHAR'),
		col('check', 'VARCHAR'),
		col('family', 'VARCHAR', true),
		col('message', 'VARCHAR'),
		col('line', 'INTEGER', true),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
		col('table_a', 'VARCHAR', true),
		col('value_a', 'DOUBLE', true),
		col('table_b', 'VARCHAR', true),
		col('value_b', 'DOUBLE', true),
		col('line_b', 'INTEGER', true),
		col('page_b', 'INTEGER', true),
		col('box_b', 'VARCHAR', true),
	],
	disclosure_items: [
		col('doc_id', 'VARCHAR'),
		col('item', 'VARCHAR'),
		col('label', 'VARCHAR'),
		col('kind', 'VARCHAR'),
		col('status', 'VARCHAR'),
		col('toc', 'VARCHAR', true),
		col('line', 'INTEGER', true),
		col('page', 'INTEGER', true),
		col('box', 'VARCHAR', true),
	],
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

type TsOf<C extends Column> = C['type'] extends 'VARCHAR' ? string : number;
/**
 * Columns a reader need not set: `page` and `box` are filled in after parsing for PDF documents
 * (provenance.ts) and written as NULL for text documents; a finding's family comes from the rule
 * catalogue, its second figure and place only where the rule compares two.
 */
type Optional =
	| 'page'
	| 'box'
	| 'family'
	| 'table_a'
	| 'value_a'
	| 'table_b'
	| 'value_b'
	| 'line_b'
	| 'page_b'
	| 'box_b';
type RowOf<Cols extends readonly Column[]> = {
	[C in Cols[number] as C['name'] extends Optional ? never : C['name']]: C['nullable'] extends true
		? TsOf<C> | null
		: TsOf<C>;
} & {
	[C in Cols[number] as C['name'] extends Optional ? C['name'] : never]?: TsOf<C> | null;
};

export type Rows = { [T in TableName]: RowOf<(typeof TABLES)[T]> };
export type DocumentRow = Rows['documents'];
export type FunctionalItem = Rows['functional_items'];
export type EconomicItem = Rows['economic_items'];
export type ThreePublicRow = Rows['three_public'];
export type BudgetExecutionRow = Rows['budget_execution'];
export type ProjectRow = Rows['projects'];
export type PerformanceEval = Rows['performance_evals'];
export type PerformanceIndicator = Rows['performance_indicators'];
export type ProjectTarget = Rows['project_targets'];
export type FigureRow = Rows['figures'];
export type ValidationIssue = Rows['validation_issues'];
export type DisclosureItem = Rows['disclosure_items'];

/** Everything parsed from one or more documents: one array of rows per table. */
export type Dataset = { [T in TableName]: Rows[T][] };

export const emptyDataset = (): Dataset =>
	Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Dataset;

/** Functional measures (`measure` column) with the column headers they come from. */
/** Values of functional_items.measure (docs/schema.md), and the economic table's column measures. */
export type Measure =
	| 'total'
	| 'current_year'
	| 'basic'
	| 'project'
	| 'general_budget'
	| 'gov_fund'
	| 'state_capital'
	| 'special_account'
	| 'unit_funds'
	| 'fiscal'
	| 'superior_subsidy'
	| 'business'
	| 'operating'
	| 'affiliated'
	| 'other'
	| 'carryover'
	| 'paid_to_superior'
	| 'subsidy_to_affiliated'
	| 'personnel'
	| 'public';

export type ThreePublicCategory =
	'outbound' | 'vehicle_purchase' | 'vehicle_operation' | 'vehicle_total' | 'reception' | 'total';
