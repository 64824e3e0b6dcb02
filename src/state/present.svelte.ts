/**
 * 演示模式: which chart is on the screen and the size it is drawn at. A slide is drawn, not scaled from
 * the page: its frame lays the chart out in a box of the screen's proportions, SLIDE_WIDTH logical px
 * wide, and the SVG fills the screen less a margin. Type in a chart is at least 10 px, so on a
 * 1920 px wide screen it is at least 10 × 1920 × 0.97 / 760 ≈ 24.5 px.
 */
export const SLIDE_WIDTH = 760;
/** The slide's footer (page count, keys), in screen px. */
export const SLIDE_FOOTER = 44;
/** The slide's margin: this share of the screen's width on each side, and of its height on top. */
export const SLIDE_MARGIN = 0.015;

class Presentation {
	/** The figure shown as the slide, or null when not presenting. */
	active = $state<HTMLElement | null>(null);
	/** The screen's size in CSS px. */
	screenWidth = $state(1920);
	screenHeight = $state(1080);

	/** The slide's logical height: the proportions of the box it fills, at SLIDE_WIDTH. */
	get height(): number {
		const w = this.screenWidth * (1 - 2 * SLIDE_MARGIN);
		const h = this.screenHeight * (1 - SLIDE_MARGIN) - SLIDE_FOOTER;
		return Math.round((SLIDE_WIDTH * Math.max(1, h)) / Math.max(1, w));
	}
}

export const presentation = new Presentation();
