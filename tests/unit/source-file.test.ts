// decodeSourceText: what a file's bytes are said to be. The NUL search runs on the decoded text
// (quicker on a thousand files); these hold it to the rule it replaced: NUL bytes anywhere name
// the file binary, whether or not the rest decodes.
import { describe, expect, it } from 'vitest';
import { decodeSourceText, type SourceFile } from '../../src/core/source/source-file.js';

const file = (bytes: number[] | Uint8Array): SourceFile => {
  const content = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
  return { path: 'x.yaml', content, size: content.length };
};
const messageOf = (f: SourceFile) => {
  const decoded = decodeSourceText(f);
  return 'text' in decoded ? decoded.text : `${decoded.diagnostic.rule}: ${decoded.diagnostic.message}`;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSourceText', () => {
  it('reads UTF-8 text, without a byte-order mark', () => {
    expect(messageOf(file(utf8('id: café\n')))).toBe('id: café\n');
    expect(messageOf(file([0xef, 0xbb, 0xbf, ...utf8('id: x\n')]))).toBe('id: x\n');
  });

  it('names NUL bytes, in text that decodes and in bytes that do not', () => {
    expect(messageOf(file(utf8('id: x\0\n')))).toBe('file-binary: file contains NUL bytes: it is binary, not YAML');
    expect(messageOf(file([0x00, 0xff, 0xfe]))).toBe('file-binary: file contains NUL bytes: it is binary, not YAML');
    // After a UTF-16 byte order mark, NUL bytes are half of each ASCII letter (tests/faults/readers-encodings.test.ts).
    expect(messageOf(file([0xff, 0xfe, 0x69, 0x00]))).toBe('i');
    expect(messageOf(file([0xff, 0xfe, 0x69, 0x00, 0x00, 0x00]))).toBe('file-binary: file contains NUL bytes: it is binary, not YAML');
  });

  it('says when bytes are not UTF-8 and hold no NUL', () => {
    expect(messageOf(file([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]))).toBe('file-binary: file is not valid UTF-8 text');
    // An overlong encoding of NUL is not UTF-8, and not a NUL byte either.
    expect(messageOf(file([0xc0, 0x80]))).toBe('file-binary: file is not valid UTF-8 text');
  });

  it('takes text given as a string as it is, and refuses what was not read', () => {
    expect(messageOf({ path: 'x.yaml', content: 'a: 1\n', size: 5 })).toBe('a: 1\n');
    expect(messageOf({ path: 'x.yaml', content: null, size: 5, readError: 'permission denied' })).toBe('file-unreadable: cannot read file: permission denied');
  });
});
