import { describe, expect, it } from 'vitest';
import { escapeHeading, escapeMarkdown } from '../../src/core/report/escape-markdown.js';
import { inspectMarkdown } from '../helpers/markdown.js';

describe('escapeMarkdown', () => {
  it('leaves ordinary text readable', () => {
    expect(escapeMarkdown('Acme Corp')).toBe('Acme Corp');
    expect(escapeMarkdown('R&D spends 14% (about 1.2m) on it.')).toBe('R&D spends 14% (about 1.2m) on it.');
    expect(escapeMarkdown('1.2 million, 3-4 reps')).toBe('1.2 million, 3-4 reps');
  });

  it('folds every kind of line break and tab into one line', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour\u2028five\u2029six\tseven')).toBe('one two three four five six seven');
  });

  it('escapes what would make a table cell, emphasis, code, link, HTML or math', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('*bold* _it_ `code` [x](y) <script>alert(1)</script> ~~s~~ $x$ back\\slash')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\<script\\>alert(1)\\</script\\> \\~\\~s\\~\\~ \\$x\\$ back\\\\slash',
    );
  });

  it('keeps entity references, URLs and e-mail addresses as text', () => {
    expect(escapeMarkdown('&lt;b&gt; &#60;')).toBe('\\&lt;b\\&gt; \\&#60;');
    expect(escapeMarkdown('see https://evil.example/x or www.evil.example, mail a@b.example')).toBe(
      'see https\\://evil.example/x or www\\.evil.example, mail a\\@b.example',
    );
  });

  it('cannot start a heading, list, quote or rule', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('2) item')).toBe('2\\) item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('#hashtag')).toBe('#hashtag');
  });

  it('removes control and bidirectional override characters, keeps right-to-left text and emoji', () => {
    expect(escapeMarkdown('a\u0000b\u0007c\u001bd\u202Eevil\u202C')).toBe('abcdevil');
    expect(escapeMarkdown('שלום עולם 👩🏽‍💼 مرحبا')).toBe('שלום עולם 👩🏽‍💼 مرحبا');
  });

  it('headings lose trailing punctuation that markdownlint refuses', () => {
    expect(escapeHeading('Differentiation matters!')).toBe('Differentiation matters');
    expect(escapeHeading('Are we there yet?')).toBe('Are we there yet?');
  });

  it('keeps any input inert in a table row and a paragraph', async () => {
    const nasty = ['| x | y |', '\n# Heading\n', '<img src=x onerror=alert(1)>', '```\ncode\n```', '[a](javascript:alert(1))', '<https://x.example>', '\\|', '\\', '* * *', '1986. A year'];
    for (const text of nasty) {
      const cell = escapeMarkdown(text);
      const shape = await inspectMarkdown(`# T\n\n| A | B |\n| --- | --- |\n| ${cell} | end |\n\n${cell}\n`);
      expect(shape.violations, text).toEqual([]);
      expect(shape.headings, text).toEqual(['1 T']);
      expect(shape.tableRows, text).toEqual([1]);
      expect(shape.html, text).toEqual([]);
      expect(shape.links, text).toEqual([]);
      expect(shape.lists, text).toBe(0);
    }
  });
});

describe('inspectMarkdown (the test instrument itself)', () => {
  it('sees the headings, tables, HTML, links and lists that unescaped text would create', async () => {
    const shape = await inspectMarkdown('# T\n\n## Sub\n\n| A |\n| --- |\n| a | b |\n| c |\n\n<b>x</b> <https://x.example> www.y.example [l](u)\n\n- item\n\n> q\n');
    expect(shape.headings).toEqual(['1 T', '2 Sub']);
    expect(shape.tableRows).toEqual([2]);
    expect(shape.html.length).toBeGreaterThan(0);
    expect(shape.links.length).toBe(3);
    expect(shape.lists).toBe(1);
    expect(shape.blockQuotes).toBe(1);
    expect(shape.violations.some((v) => v.includes('MD033'))).toBe(true);
  });
});
