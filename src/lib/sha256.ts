/**
 * The browser's native SHA-256 (hex), off the calling thread's hot path; null where crypto.subtle
 * is missing (it exists only in a secure context: https, localhost) — callers then rely on the
 * parser's own hash.
 */
export function nativeSha256(bytes: Uint8Array): Promise<string> | null {
	const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
	if (!subtle) return null;
	return subtle
		.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
		.then((d) => Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join(''));
}
