#!/usr/bin/env bash
# Regenerates test/fixtures/pdf/bad/ (the damaged / unsuitable PDFs of test/parse/pdfBad.test.ts and
# test/build/ingestPdf.test.ts) from the PDF samples in data/raw/. For the record: tests never run it.
#
# Needs: qpdf, poppler-utils (pdftoppm), chromium (headless --print-to-pdf), fonts-droid-fallback,
# node, and a python3 with fontTools (python3-fonttools). Usage: scripts/dev/make-bad-pdfs.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RAW="$ROOT/data/raw"
OUT="$ROOT/test/fixtures/pdf/bad"
# The smallest PDF sample (22 pages, A4 landscape, CID TrueType fonts with a ToUnicode map):
# p1 title page, p8 部门财务收支预算总表, p9-10 部门收入预算总表, p11-12 部门支出预算总表.
SAMPLE="$RAW/上海市普陀区人民政府办公室_2025_部门预算.pdf"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# A Python with fontTools (Debian: apt-get install python3-fonttools, for /usr/bin/python3).
PYTHON="${PYTHON:-}"
for py in python3 /usr/bin/python3; do
	[ -z "$PYTHON" ] && "$py" -c 'import fontTools' 2>/dev/null && PYTHON="$py"
done
[ -n "$PYTHON" ] || { echo 'needs a python3 with fontTools (apt-get install python3-fonttools)' >&2; exit 1; }

mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# 7. good-extract.pdf: the title page plus the 财务收支 / 收入 / 支出 总表 (pages 1, 8-12). qpdf keeps
# the whole document's font subsets (SimSun alone is 300 kB), so the fonts are subset again to the
# glyphs these six pages show, keeping glyph ids: content streams, widths and ToUnicode maps are
# untouched, and the pages render pixel for pixel as in the sample.
qpdf --empty --pages "$SAMPLE" 1,8-12 -- --deterministic-id "$TMP/extract.pdf"
mkdir "$TMP/json"
"$PYTHON" - "$TMP/extract.pdf" "$OUT/good-extract.pdf" "$TMP/json" <<'EOF'
import io, json, subprocess, sys
from fontTools.ttLib import TTFont
from fontTools import subset
import logging
logging.getLogger('fontTools').setLevel(logging.ERROR)

src, dst, work = sys.argv[1:4]
js = f'{work}/x.json'
subprocess.run(['qpdf', '--json-output', '--json-stream-data=file', f'--json-stream-prefix={work}/s',
	'--decode-level=generalized', src, js], check=True)
doc = json.load(open(js))
objs = doc['qpdf'][1]
ref = lambda r: objs[f'obj:{r}']

def strings(data):
	"""Bytes of every string operand in a content stream (literal and hex)."""
	i, n = 0, len(data)
	while i < n:
		c = data[i]
		if c == 0x28:  # (
			depth, out, i = 1, bytearray(), i + 1
			while depth:
				c = data[i]
				if c == 0x5C:  # backslash
					e = data[i + 1]
					if 0x30 <= e <= 0x37:
						j = i + 1
						while j < i + 4 and 0x30 <= data[j] <= 0x37: j += 1
						out.append(int(data[i + 1:j], 8) & 255); i = j; continue
					if e in b'\r\n':
						i += 2 + (e == 0x0D and data[i + 2] == 0x0A); continue
					out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(e, e)); i += 2; continue
				if c == 0x28: depth += 1
				elif c == 0x29:
					depth -= 1
					if not depth: break
				out.append(c); i += 1
			i += 1
			yield bytes(out)
		elif c == 0x3C and data[i + 1] != 0x3C:  # <hex>
			j = data.index(b'>', i)
			h = bytes(x for x in data[i + 1:j] if x not in b' \t\r\n')
			yield bytes.fromhex((h + b'0' * (len(h) % 2)).decode())
			i = j + 1
		elif c == 0x3C:
			i += 2
		else:
			i += 1

used = {0}
for k, o in objs.items():
	v = o.get('value')
	if isinstance(v, dict) and v.get('/Type') == '/Page':
		contents = v['/Contents']
		for r in contents if isinstance(contents, list) else [contents]:
			data = open(ref(r)['stream']['datafile'], 'rb').read()
			for s in strings(data):
				used.update(int.from_bytes(s[i:i + 2], 'big') for i in range(0, len(s) - 1, 2))

for k, o in objs.items():
	v = o.get('value')
	if isinstance(v, dict) and '/FontFile2' in v:
		s = ref(v['/FontFile2'])['stream']
		font = TTFont(s['datafile'], recalcTimestamp=False)
		opts = subset.Options()
		opts.retain_gids = True
		opts.notdef_outline = True
		opts.name_IDs = ['*']
		opts.hinting = True
		opts.passthrough_tables = True
		opts.layout_features = ['*']
		opts.drop_tables = []
		opts.recalc_bounds = False
		opts.recalc_timestamp = False
		sub = subset.Subsetter(opts)
		n, flags = font['maxp'].numGlyphs, font['head'].flags
		sub.populate(gids=[g for g in used if g < n])
		sub.subset(font)
		font['head'].flags = flags  # the subsetter clears bit 1 (lsb at x=0), which moves hinted glyphs
		buf = io.BytesIO(); font.save(buf)
		before = s['dict'].get('/Length1')
		if len(buf.getvalue()) > 0.8 * before:
			print(v['/FontName'], before, 'kept as is (nearly all glyphs used)', file=sys.stderr)
			continue
		open(s['datafile'], 'wb').write(buf.getvalue())
		s['dict']['/Length1'] = len(buf.getvalue())
		print(v['/FontName'], before, '->', len(buf.getvalue()), file=sys.stderr)
json.dump(doc, open(js, 'w'))
subprocess.run(['qpdf', src, f'--update-from-json={js}', f'{work}/updated.pdf'], check=True)
# --deterministic-id takes effect on a plain rewrite only, not together with --update-from-json.
subprocess.run(['qpdf', f'{work}/updated.pdf', '--object-streams=generate', '--compress-streams=y',
	'--recompress-flate', '--compression-level=9', '--deterministic-id', dst], check=True)
EOF
for p in 1 2 3 4 5 6; do
	pdftoppm -f $p -l $p -r 100 -png -singlefile "$TMP/extract.pdf" "$TMP/a"
	pdftoppm -f $p -l $p -r 100 -png -singlefile "$OUT/good-extract.pdf" "$TMP/b"
	cmp -s "$TMP/a.png" "$TMP/b.png" || { echo "good-extract.pdf page $p renders differently" >&2; exit 1; }
done

# 1. scanned.pdf: pages 1 and 8 rendered to 50 dpi greyscale JPEG, each wrapped as a full page image
# (DCTDecode XObject drawn by a one-line content stream); no fonts, no text layer.
pdftoppm -f 1 -l 1 -r 50 -gray -jpeg -jpegopt quality=60 -singlefile "$SAMPLE" "$TMP/p1"
pdftoppm -f 8 -l 8 -r 50 -gray -jpeg -jpegopt quality=60 -singlefile "$SAMPLE" "$TMP/p8"
node - "$OUT/scanned.pdf" "$TMP/p1.jpg" "$TMP/p8.jpg" <<'EOF'
const { readFileSync, writeFileSync } = require('node:fs');
const [out, ...jpegs] = process.argv.slice(2);
const DPI = 50;
// Width, height and component count from the JPEG's SOF0/SOF2 marker.
function size(b) {
	for (let i = 2; i < b.length; ) {
		const marker = b[i + 1], len = b.readUInt16BE(i + 2);
		if (marker === 0xc0 || marker === 0xc2) return { h: b.readUInt16BE(i + 5), w: b.readUInt16BE(i + 7), n: b[i + 9] };
		i += 2 + len;
	}
	throw new Error('no SOF marker');
}
const objs = []; // [body Buffer]
const add = (body) => (objs.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')), objs.length);
const pagesId = 2;
add('<< /Type /Catalog /Pages 2 0 R >>');
add(''); // Pages, filled in below
const kids = [];
for (const f of jpegs) {
	const jpg = readFileSync(f);
	const { w, h, n } = size(jpg);
	const pw = ((w * 72) / DPI).toFixed(2), ph = ((h * 72) / DPI).toFixed(2);
	const img = add(Buffer.concat([
		Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /${n === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`, 'latin1'),
		jpg,
		Buffer.from('\nendstream', 'latin1'),
	]));
	const ops = `q ${pw} 0 0 ${ph} 0 0 cm /Im0 Do Q`;
	const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
	kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << /Im0 ${img} 0 R >> >> /Contents ${content} 0 R >>`));
}
objs[pagesId - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
let at = parts[0].length;
const offsets = [];
objs.forEach((body, i) => {
	offsets.push(at);
	const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
	parts.push(chunk);
	at += chunk.length;
});
const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
writeFileSync(out, Buffer.concat(parts));
EOF

# 2. encrypted.pdf: a two-page extract (sample pages 1 and 8, from good-extract.pdf), AES-256 with
# user password 'user' (owner password 'owner'): nothing can be read without the password. Its bytes
# differ from run to run (random salts and IVs); every other fixture comes out the same.
qpdf --empty --pages "$OUT/good-extract.pdf" 1-2 -- --deterministic-id "$TMP/two-pages.pdf"
qpdf --encrypt user owner 256 -- "$TMP/two-pages.pdf" "$OUT/encrypted.pdf"

# 3. truncated.pdf: the first 40 % of the sample's bytes (its xref table and trailer are cut off).
SIZE=$(stat -c %s "$SAMPLE")
head -c $((SIZE * 40 / 100)) "$SAMPLE" >"$OUT/truncated.pdf"

# 4. garbage.pdf: a PDF header line followed by 4 KiB of pseudo-random bytes (fixed seed).
node -e '
let x = 20250101;
const b = Buffer.alloc(4096, 0).map(() => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
process.stdout.write(Buffer.concat([Buffer.from("%PDF-1.7\n"), b]));
' >"$OUT/garbage.pdf"

# 5. empty.pdf: zero bytes.
: >"$OUT/empty.pdf"

# 6. not-a-disclosure.pdf: a short meeting notice printed from HTML by headless Chromium, with a
# Chinese text layer. No 预算 / 决算 / 绩效 anywhere. Droid Sans Fallback (TrueType) is embedded as a
# CID TrueType subset; Noto Sans CJK (CFF outlines) and synthetic bold would come out as Type 3 fonts,
# four times larger, so it is the fallback only and nothing is bold.
cat >"$TMP/notice.html" <<'EOF'
<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>会议通知</title>
<style>
	@page { size: A4; margin: 25mm; }
	body { font-family: 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif; font-size: 14pt; line-height: 1.8; }
	h1 { font-size: 20pt; font-weight: normal; text-align: center; }
	p.sign { text-align: right; }
</style>
</head>
<body>
<h1>关于召开第二季度安全生产工作例会的通知</h1>
<p>各科室、各下属单位：</p>
<p>为总结第一季度安全生产工作，部署下一阶段重点任务，经研究，定于近期召开第二季度安全生产工作例会。现将有关事项通知如下：</p>
<p>一、会议时间：4月15日（星期二）上午9:30。</p>
<p>二、会议地点：机关办公楼三楼第一会议室。</p>
<p>三、参会人员：各科室负责人、各下属单位主要负责人。</p>
<p>四、有关要求：请参会人员提前10分钟到场签到，会议期间请将手机调至静音状态。如确有特殊情况不能参会，请提前向办公室请假。</p>
<p>联系人：王老师，联系电话：12345678。</p>
<p class="sign">办公室<br>4月8日</p>
</body>
</html>
EOF
"$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--print-to-pdf="$TMP/notice.pdf" "file://$TMP/notice.html" 2>/dev/null
# Pages only (no document info with Chromium's dates), so that a rerun gives the same bytes.
qpdf --empty --pages "$TMP/notice.pdf" -- --deterministic-id --object-streams=generate \
	"$OUT/not-a-disclosure.pdf"

ls -l "$OUT"
