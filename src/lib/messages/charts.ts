/** The words the charts draw themselves: hints, axis captions, download buttons. */
import { part } from './catalogue.js';

export default part(
	{
		sourceTip: '来源：{doc} 第 {line} 行（点击或按回车查看原文）',
		labelValue: '{label}：{value}',
		note: '（{note}）',
		titled: '{title}（{scope}）',
		openSource: '点击或按回车查看原文',
		drill: '点击或按回车下钻',
		decrease: '← 减少',
		increase: '增加 →',
		downloadSvg: '下载 SVG',
		downloadPng: '下载 PNG',
		downloadCsv: '下载 CSV',
		downloadXlsx: '下载 XLSX',
	},
	{
		sourceTip: 'Source: {doc}, line {line} (click or press Enter to open)',
		labelValue: '{label}: {value}',
		note: ' ({note})',
		titled: '{title} ({scope})',
		openSource: 'Click or press Enter to open the source',
		drill: 'Click or press Enter to drill down',
		decrease: '← decrease',
		increase: 'increase →',
		downloadSvg: 'Download SVG',
		downloadPng: 'Download PNG',
		downloadCsv: 'Download CSV',
		downloadXlsx: 'Download XLSX',
	},
);
