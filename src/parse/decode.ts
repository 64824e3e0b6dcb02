/**
 * Bytes → text. Disclosures arrive as UTF-8 (with or without a BOM), UTF-16 or GBK/GB18030 (the
 * encoding of most Chinese government exports); a PDF or other binary dropped by mistake is refused
 * with a reason instead of being parsed as garbage.
 */

export type Decoded =
	| { ok: true; text: string; encoding: string }
	| { ok: false; reason: string; encoding: string };

/** Fraction of U+FFFD (replacement) characters above which a decoding is considered wrong. */
const MAX_REPLACEMENT_SHARE = 0.01;

export function decode(input: Uint8Array | string): Decoded {
	if (typeof input === 'string') return checkText(input.replace(/^\uFEFF/, ''), 'utf-16 (string)');
	const bytes = input;
	if (bytes.length === 0) return { ok: false, reason: '空文件 (empty file)', encoding: 'none' };
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
		return { ok: false, reason: '这是 PDF 文件，不是文本导出 (a PDF, not a text export)', encoding: 'binary' };
	}
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
	if (startsWith(bytes, [0xff, 0xfe])) return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
	if (startsWith(bytes, [0xfe, 0xff])) return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
	if (looksBinary(bytes)) return { ok: false, reason: '二进制文件，不是文本 (binary data, not text)', encoding: 'binary' };
	try {
		return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
	} catch {
		// Not valid UTF-8: GB18030 is a superset of GBK and GB2312, the other encoding in use.
		return checkText(new TextDecoder('gb18030').decode(bytes), 'gbk');
	}
}

function utf8(bytes: Uint8Array, encoding: string): Decoded {
	return checkText(new TextDecoder('utf-8').decode(bytes), encoding);
}

function checkText(text: string, encoding: string): Decoded {
	if (text.trim() === '') return { ok: false, reason: '文件没有文字内容 (no text in file)', encoding };
	const bad = text.match(/\uFFFD/g)?.length ?? 0;
	if (bad > 8 && bad / text.length > MAX_REPLACEMENT_SHARE) {
		return { ok: false, reason: `无法识别的编码：${bad} 个字符无法解码 (unknown encoding)`, encoding };
	}
	return { ok: true, text, encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
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
