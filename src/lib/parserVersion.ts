/**
 * Which parser read a document kept in the browser's library: a hash of the parser's sources
 * (src/parse/), fixed when the app is built (vite.config.ts). A document read by another version
 * is offered 重新解析 in the library panel.
 */
declare const __PARSER_VERSION__: string | undefined;

export const PARSER_VERSION: string =
	typeof __PARSER_VERSION__ === 'string' ? __PARSER_VERSION__ : 'dev';
