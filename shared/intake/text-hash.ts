import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The identity of an article's words, to notice the same article imported twice: 'sha256:' and the
 * hex digest of its text with every whitespace run (line breaks, tabs, NBSP) read as one space and
 * the ends trimmed, in Unicode NFC. The same story from a web page and pasted from a PDF differs
 * in line breaks and spacing only, so both give one hash; any change to a word or figure gives another.
 */
export function articleTextHash(text: string): string {
  const words = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return `sha256:${bytesToHex(sha256(utf8ToBytes(words)))}`;
}
