/**
 * Documents larger than this are refused, from their size alone, before they are read: real
 * disclosures are well under 5 MB of text, and the largest published PDF we know is about 4 MB.
 * Its own module, so the page can check a file's size without loading the parser.
 */
export const MAX_BYTES = 50 * 1024 * 1024;
