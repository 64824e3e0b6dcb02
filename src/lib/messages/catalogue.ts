/**
 * One part of the interface's message catalogue: the Chinese words and their English, key for key.
 * `{name}` in a message is filled from the values passed to `t` (see ../i18n.ts).
 */
export type Part<K extends string> = {
	readonly zh: Record<K, string>;
	readonly en: Record<K, string>;
};

/** Declares a part; the type makes a key missing from either language a compile error. */
export const part = <const Z extends Record<string, string>>(
	zh: Z,
	en: { [K in keyof Z]: string },
): Part<Extract<keyof Z, string>> => ({ zh, en });
