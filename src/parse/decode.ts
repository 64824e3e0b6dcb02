/**
 * Bytes → text. Disclosures arrive as UTF-8 (with or without a BOM), UTF-16 or GBK/GB18030 (the
 * encoding of most Chinese government exports); a PDF or other binary dropped by mistake is refused
 * with a reason instead of being parsed as garbage.
 */

export type Decoded =
	{ ok: true; text: string; encoding: string } | { ok: false; reason: string; encoding: string };

/** Fraction of U+FFFD (replacement) characters above which a decoding is considered wrong. */
const MAX_REPLACEMENT_SHARE = 0.01;

export function decode(input: Uint8Array | string): Decoded {
	if (typeof input === 'string') return checkText(input.replace(/^\uFEFF/, ''), 'utf-16 (string)');
	const bytes = input;
	if (bytes.length === 0) return { ok: false, reason: '空文件 (empty file)', encoding: 'none' };
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
		return {
			ok: false,
			reason: '这是 PDF 文件，不是文本导出 (a PDF, not a text export)',
			encoding: 'binary',
		};
	}
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
	if (startsWith(bytes, [0xff, 0xfe]))
		return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
	if (startsWith(bytes, [0xfe, 0xff]))
		return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
	if (startsWith(bytes, [0x84, 0x31, 0x95, 0x33]))
		return checkText(new TextDecoder('gb18030').decode(bytes.subarray(4)), 'gbk');
	const utf16 = utf16WithoutBom(bytes);
	if (utf16) return checkText(utf16.text, utf16.encoding);
	if (looksBinary(bytes))
		return {
			ok: false,
			reason: '二进制文件，不是文本 (binary data, not text)',
			encoding: 'binary',
		};
	try {
		return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
	} catch {
		// UTF-8 with a few damaged bytes is still UTF-8 (GBK text read as UTF-8 is mostly U+FFFD); the
		// damaged characters stay U+FFFD, a finding's worth, not a reason to misread the rest.
		const lenient = new TextDecoder('utf-8').decode(bytes);
		const bad = lenient.match(/\uFFFD/g)?.length ?? 0;
		const good = lenient.match(/[^\u0000-\u007f\uFFFD]/g)?.length ?? 0;
		if (bad * 20 <= good) return checkText(lenient, 'utf-8');
		// Not UTF-8: GB18030 is a superset of GBK and GB2312, the other encoding in use.
		return checkText(new TextDecoder('gb18030').decode(bytes), 'gbk');
	}
}

function utf8(bytes: Uint8Array, encoding: string): Decoded {
	return checkText(new TextDecoder('utf-8').decode(bytes), encoding);
}

function checkText(text: string, encoding: string): Decoded {
	if (text.trim() === '')
		return { ok: false, reason: '文件没有文字内容 (no text in file)', encoding };
	const bad = text.match(/\uFFFD/g)?.length ?? 0;
	if (bad > 8 && bad / text.length > MAX_REPLACEMENT_SHARE) {
		return {
			ok: false,
			reason: `无法识别的编码：${bad} 个字符无法解码 (unknown encoding)`,
			encoding,
		};
	}
	return { ok: true, text, encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 saved without a byte-order mark: the NUL high bytes of ASCII characters (digits, tabs, line
 * breaks) all fall on one parity. Accepted only when the bytes decode cleanly to printable text, so
 * binary data with NULs is still refused.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string } | null {
	const n = Math.min(bytes.length, 8192) & ~1;
	if (n < 4) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
	const zeros = even + odd;
	if (zeros < n / 20) return null;
	const encoding = odd > even * 20 ? 'utf-16le' : even > odd * 20 ? 'utf-16be' : null;
	if (!encoding) return null;
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, bytes.length & ~1));
	} catch {
		return null;
	}
	const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
	return control / Math.max(1, text.length) < 0.01 ? { text, encoding } : null;
}

/** NUL bytes or many control characters in the first 8 KiB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i]!;
		if (b === 0) return true;
		if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
	}
	return control / n > 0.05;
}
