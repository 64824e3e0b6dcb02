/** The words of 演示模式. */
import { part } from './catalogue.js';

export default part(
	{
		none: '此视图没有图表 · Esc 退出',
		page: '第 {n} / {total} 张 · ← → 翻页 · Esc 退出',
		keys: '← → 翻页 · Esc 退出',
		exit: '退出演示',
	},
	{
		none: 'This view has no charts · Esc to leave',
		page: 'Slide {n} of {total} · ← → to step · Esc to leave',
		keys: '← → to step · Esc to leave',
		exit: 'Leave',
	},
);
