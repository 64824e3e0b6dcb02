/**
 * The global selection every query honours: cities, entities (departments or units) and years.
 * An empty list means "all".
 */
import { sql, list, when, type Sql } from '../db/sql.js';

export type Scope = {
	cities: readonly string[];
	entities: readonly string[];
	years: readonly number[];
};

export const ALL: Scope = { cities: [], entities: [], years: [] };

/** `AND …` conditions on a documents alias `d` (city, entity, fiscal_year). */
export function scopeWhere(scope: Scope): Sql {
	return sql`${when(scope.cities.length > 0, sql` AND d.city IN ${list(scope.cities)}`)}${when(
		scope.entities.length > 0,
		sql` AND (d.entity IN ${list(scope.entities)} OR d.department IN ${list(scope.entities)})`,
	)}${when(scope.years.length > 0, sql` AND d.fiscal_year IN ${list(scope.years)}`)}`;
}
