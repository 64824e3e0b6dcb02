/**
 * Economic classification names → codes. The dictionary is built from the classification tables the
 * documents themselves print (`npm run dictionary` regenerates economicCodes.json from data/raw), so a
 * table that prints names only (the Shanxi 基本支出分经济科目表) still gets its codes.
 */
import codes from './economicCodes.json';

const BY_NAME = new Map<string, string[]>(Object.entries(codes as Record<string, string[]>));

/** Normalises a name for lookup: spaces, brackets, 的 and trailing 费/费用 vary between documents. */
export const economicKey = (name: string): string =>
	name.replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/费用$/, '费');

/**
 * The code of an economic classification name; `classLevel` prefers a 3-digit 类 code when the
 * same name is both a 类 and a 款 (其他支出 399 / 39999); `parent` (the 类 above) picks among 款
 * of the same name (办公设备购置 30902 / 31002).
 */
export function economicCode(
	name: string,
	classLevel = false,
	parent?: string,
): string | undefined {
	const found = BY_NAME.get(economicKey(name));
	if (!found?.length) return undefined;
	const pick =
		(parent && !classLevel
			? found.find((c) => c.length === 5 && c.startsWith(parent))
			: undefined) ?? found.find((c) => (classLevel ? c.length === 3 : c.length === 5));
	return pick ?? found[0];
}
