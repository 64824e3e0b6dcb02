/** A column of DataTable.svelte (here so plain TypeScript modules can build column lists). */
export type TableColumn<R> = {
	key: keyof R & string;
	label: string;
	numeric?: boolean;
	format?: (v: unknown, row: R) => string;
	/** Row keys holding the doc_id and line this cell's figure was read from. */
	source?: { doc: keyof R & string; line: keyof R & string };
};
