/** The words of importing, re-parsing and keeping documents in the browser (the header's notices). */
import { part } from './catalogue.js';

export default part(
	{
		restoreFailed: '文档库无法载入（{error}），已导入的文档本次不显示；随应用附带的文档照常可用',
		stale: '文档库中有 {n} 份文档由旧版本程序保存，数据未载入：请在「文档库」中点「全部重新解析」',
		cancelledNotImported: '已取消，未导入',
		stepImport: '导入',
		stepReparse: '重新解析',
		stepFrom: '从 {file} 导入',
		tooLarge: '文件过大（{mb} MB），超过 {limit} MB 上限，未读取',
		removed: '已从文档库移除',
		cancelledKept: '已取消，仍为原解析结果',
		noOriginal: '浏览器中找不到原文件，无法重新解析',
		reparsed: '已重新解析，{summary}',
		exportName: '预决算透视文档库_{day}.json',
		bundledCopy: '随应用附带的 {file}',
		libraryCopy: '文档库中的 {file}',
		unreadable: '无法读取',
		versions:
			'；与 {others} 同为{label}的不同版本：都已保留，计入最近导入的一份（可在「文档库」中改选）',
		damaged: '{file} 中的这份文档已损坏（校验不符），未导入',
		failed: '导入失败：{error}',
		exists: '已存在：与{existing} 字节相同，未重复导入',
		summary:
			'{city} {entity} {year}年：{functional} 条功能分类、{threePublic} 条三公经费、{evals} 份绩效自评；核验发现 {errors} 处错误、{warnings} 处警告',
		noCity: '（城市未识别）',
		noEntity: '（单位未识别）',
		storageFull:
			'浏览器存储空间已满，本文档只在本次打开期间可用；可在文档库中移除不用的文档，或在浏览器设置中为本站留出空间',
		storageForbidden:
			'浏览器不允许本页保存数据（隐私模式，或禁用了网站数据），导入的文档只在本次打开期间可用',
		storageMissing: '此浏览器不提供本地存储（IndexedDB），导入的文档只在本次打开期间可用',
		storageOther: '浏览器未能保存（{detail}），本文档只在本次打开期间可用',
		unknownReason: '未知原因',
		sep: '；',
	},
	{
		restoreFailed:
			'The library could not be loaded ({error}): imported documents are not shown this time; the bundled documents work as usual',
		stale:
			'{n} documents in the library were saved by an older version and not loaded: press "Re-parse all" in the library',
		cancelledNotImported: 'Cancelled, not imported',
		stepImport: 'Importing',
		stepReparse: 'Re-parsing',
		stepFrom: 'Importing from {file}',
		tooLarge: 'File too large ({mb} MB, above the {limit} MB limit), not read',
		removed: 'Removed from the library',
		cancelledKept: 'Cancelled, the earlier parse is kept',
		noOriginal: 'The original file is not in this browser: cannot re-parse',
		reparsed: 'Re-parsed: {summary}',
		exportName: 'budget-lens-library_{day}.json',
		bundledCopy: 'the bundled {file}',
		libraryCopy: '{file} in the library',
		unreadable: 'cannot be read',
		versions:
			'; another version of the same {label} as {others}: both kept, the latest import counts (choose another in the library)',
		damaged: 'The document in {file} is damaged (checksum differs), not imported',
		failed: 'Import failed: {error}',
		exists: 'Already there: byte for byte the same as {existing}, not imported again',
		summary:
			'{city} {entity} {year}: {functional} functional items, {threePublic} three-public figures, {evals} self-evaluations; data checks found {errors} errors and {warnings} warnings',
		noCity: '(city not identified)',
		noEntity: '(unit not identified)',
		storageFull:
			'The browser storage is full: this document is available for this session only; remove documents you no longer need from the library, or allow this site more space in the browser settings',
		storageForbidden:
			'The browser does not let this page keep data (private mode, or site data disabled): imported documents are available for this session only',
		storageMissing:
			'This browser has no local storage (IndexedDB): imported documents are available for this session only',
		storageOther:
			'The browser could not save ({detail}): this document is available for this session only',
		unknownReason: 'unknown reason',
		sep: '; ',
	},
);
