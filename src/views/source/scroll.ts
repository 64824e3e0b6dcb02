/**
 * Scrolls the viewer (the dialog) so that `el` is in view, below its sticky header. Unlike
 * scrollIntoView it moves nothing else: the page behind the modal dialog stays where it was.
 */
export function scrollInto(el: Element, block: 'center' | 'start'): void {
	const box = el.closest('dialog');
	if (!box) return;
	const header = box.querySelector(':scope > header');
	const top = box.getBoundingClientRect().top + (header?.getBoundingClientRect().height ?? 0);
	const view = box.clientHeight - (top - box.getBoundingClientRect().top);
	const r = el.getBoundingClientRect();
	const offset = block === 'center' ? r.top - top - (view - r.height) / 2 : r.top - top - 16;
	box.scrollTop += offset;
}
