/**
 * The global selection every query honours: cities, entities (departments or units) and years.
 * An empty list means "all". An entity means itself only: a department's 下属单位 are in scope when
 * their own buttons are pressed (the filter bar offers "＋下属单位" to press them), never implicitly.
 */
import { sql, list, when, type Sql } from '../db/sql.js';

export type Scope = {
	cities: readonly string[];
	entities: readonly string[];
	years: readonly number[];
};

export const ALL: Scope = { cities: [], entities: [], years: [] };

/** `AND …` conditions on a documents alias `d` (city, entity, fiscal_year). */
/**
 * `AND …` on a self-evaluation row's entity: the unit that carried out the project (`project`, a
 * column) when that unit has documents of its own (so a button of its own), else the department
 * whose evaluation lists it (`doc`): a 公证处 named only inside the department's evaluation comes
 * with the department, 强制隔离戒毒所 (which publishes its own budget) only with its own button.
 */
export function projectEntityWhere(scope: Scope, project: Sql, doc: Sql): Sql {
	if (!scope.entities.length) return sql``;
	const chosen = list(scope.entities);
	return sql` AND (${project} IN ${chosen} OR (${doc} IN ${chosen} AND ${project} NOT IN (SELECT entity FROM documents WHERE entity IS NOT NULL)))`;
}

export function scopeWhere(scope: Scope): Sql {
	return sql`${when(scope.cities.length > 0, sql` AND d.city IN ${list(scope.cities)}`)}${when(
		scope.entities.length > 0,
		sql` AND d.entity IN ${list(scope.entities)}`,
	)}${when(scope.years.length > 0, sql` AND d.fiscal_year IN ${list(scope.years)}`)}`;
}
