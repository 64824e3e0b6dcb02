/** The columns of a 三公 change table (三公经费 and 部门简报 show the same one). */
import type { TableColumn } from '../../lib/table.js';
import type { Change } from './changes.js';
import { fmtSignedPct, fmtSignedWan, fmtWan } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';

export type ChangeRow = Change & Record<string, unknown>;

const wan = (v: unknown) => fmtWan(v as number | null);

/** `withEntity` for a table of several departments; the brief's is about one. */
export const changeColumns = (withEntity: boolean): TableColumn<ChangeRow>[] => [
	...(withEntity ? [{ key: 'entity', label: t('threePublic.colEntity') } as const] : []),
	{
		key: 'category',
		label: t('threePublic.colCategory'),
		format: (v) => t(`threePublic.short.${v}` as 'threePublic.short.total'),
	},
	{
		key: 'basis',
		label: t('threePublic.colBasis'),
		format: (v) => t(`basis.${v}` as 'basis.final'),
	},
	{ key: 'year', label: t('threePublic.colYear') },
	{
		key: 'amount',
		label: t('threePublic.colAmount'),
		numeric: true,
		format: wan,
		source: { doc: 'doc_id', line: 'line' },
	},
	{
		key: 'prior',
		label: t('threePublic.colPrior'),
		numeric: true,
		format: wan,
		source: { doc: 'prior_doc', line: 'prior_line' },
	},
	{
		key: 'change',
		label: t('threePublic.colChange'),
		numeric: true,
		format: (v) => fmtSignedWan(v as number | null),
	},
	{
		key: 'change_pct',
		label: t('threePublic.colChangePct'),
		numeric: true,
		format: (v) => fmtSignedPct(v as number | null),
	},
];
