/**
 * The message catalogue, assembled from one part per area, and lookup in a given language. Pure (no
 * application state), so Node code and tests use it too; src/lib/i18n.ts binds it to the chosen
 * language.
 */
import type { Part } from './catalogue.js';
import common from './common.js';
import overview from './overview.js';
import structure from './structure.js';
import threePublic from './threePublic.js';
import execution from './execution.js';
import performance from './performance.js';
import compare from './compare.js';
import disclosure from './disclosure.js';
import quality from './quality.js';
import library from './library.js';
import source from './source.js';
import charts from './charts.js';
import brief from './brief.js';
import presenter from './presenter.js';
import app from './app.js';
import imports from './imports.js';

export type Lang = 'zh' | 'en';

/** Every part but `common` is namespaced by its name: `quality.title`. */
const PARTS = {
	overview,
	structure,
	threePublic,
	execution,
	performance,
	compare,
	disclosure,
	quality,
	library,
	source,
	charts,
	brief,
	presenter,
	app,
	imports,
};
type Parts = typeof PARTS;
type KeysOf<T> = T extends Part<infer K> ? K : never;
export type MessageKey =
	| KeysOf<typeof common>
	| { [P in keyof Parts & string]: `${P}.${KeysOf<Parts[P]>}` }[keyof Parts & string];

function flatten(lang: Lang): Record<string, string> {
	const out: Record<string, string> = { ...common[lang] };
	for (const [name, p] of Object.entries(PARTS) as [string, Part<string>][])
		for (const [k, v] of Object.entries(p[lang])) out[`${name}.${k}`] = v;
	return out;
}
/** The whole catalogue, flattened (for the missing-key test). */
export const CATALOGUE: Record<Lang, Readonly<Record<string, string>>> = {
	zh: flatten('zh'),
	en: flatten('en'),
};

export type Vars = Readonly<Record<string, string | number>>;

/** The message in a given language, `{name}` filled from `vars`; an unknown key shows as itself. */
export function tIn(lang: Lang, key: MessageKey, vars?: Vars): string {
	const text = CATALOGUE[lang][key] ?? CATALOGUE.zh[key] ?? key;
	return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
}
