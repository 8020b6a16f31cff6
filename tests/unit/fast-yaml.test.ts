// The fast YAML reader (js-yaml) must agree with the full parser (`yaml`) whenever it answers at
// all: same value, and never a value for text the full parser rejects or warns about. Checked on
// every YAML file in the repository, on hand-picked edge cases (among them what the two libraries
// read differently: 0b101, -.5, << merge keys, dates, yes/no, duplicate keys), on documents `yaml`
// writes in all its styles, and on random edits of the default rubrics.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readBlockYaml } from '../../src/core/source/block-yaml.js';
import { fastLoadYaml, plainScalarValue } from '../../src/core/source/fast-yaml.js';
// The reference: what the exact path reads, without an error or warning (the same function the build uses).
import { exactYamlValue as reference } from '../../src/core/source/parse-yaml-source.js';
import { randomEdits } from '../helpers/random-edits.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/**
 * Fails with the text when the simple reader answers differently from the full parser, as rubrics
 * call it and as answers files call it (the line reader first); the path is the rubrics' one.
 */
function expectAgreement(text: string): 'fast' | 'full' {
  const answersRead = fastLoadYaml(text, 'mappings');
  if (answersRead !== undefined) expectSameAsFull(text, answersRead);
  const fast = fastLoadYaml(text);
  if (fast === undefined) return 'full';
  expectSameAsFull(text, fast);
  return 'fast';
}

function expectSameAsFull(text: string, fast: unknown): void {
  const full = reference(text);
  expect(full, `fast reader accepted text the full parser rejects:\n${text}`).not.toBeNull();
  expect(isDeepStrictEqual(fast, full!.value), `values differ for:\n${text}\nfast: ${JSON.stringify(fast)}\nfull: ${JSON.stringify(full!.value)}`).toBe(true);
  // Same keys in the same order: the digest of a rubric set is computed from the values.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full!.value));
}

/**
 * The same for the line reader on its own (readBlockYaml, which fastLoadYaml tries first), without
 * the checks fastLoadYaml makes before it: it must be right by itself.
 */
function expectBlockAgreement(text: string): 'read' | 'handed over' {
  const block = readBlockYaml(text, plainScalarValue);
  if (block === undefined) return 'handed over';
  const full = reference(text);
  expect(full, `line reader accepted text the full parser rejects:\n${text}`).not.toBeNull();
  expect(JSON.stringify(block), `values differ for:\n${text}`).toBe(JSON.stringify(full!.value));
  expect(isDeepStrictEqual(block, full!.value)).toBe(true);
  return 'read';
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

const REPO_YAML = ['rubrics', 'tests/fixtures', 'examples']
  .map((d) => join(REPO_ROOT, d))
  .filter((d) => {
    try {
      return statSync(d).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(yamlFilesUnder);

const DEFAULT_RUBRICS = readdirSync(join(REPO_ROOT, 'rubrics')).map((n) => readFileSync(join(REPO_ROOT, 'rubrics', n), 'utf8'));

describe('fastLoadYaml agrees with the yaml package', () => {
  it('on every YAML file in the repository, and reads the default rubrics itself', () => {
    expect(REPO_YAML.length).toBeGreaterThan(20);
    for (const path of REPO_YAML) expectAgreement(readFileSync(path, 'utf8'));
    // The fast path is worth having only if it covers the files people actually write.
    for (const text of DEFAULT_RUBRICS) expect(expectAgreement(text)).toBe('fast');
  });

  // 'fast': the fast reader must read it (what people write); 'full': it must hand the text over
  // (the two libraries could read it differently); 'either': only agreement is required.
  const cases: [string, 'fast' | 'full' | 'either'][] = [
    ['a: 1\nb: -2\nc: 1.50\nd: -0.5\ne: 0\n', 'fast'],
    ['a: true\nb: false\nc: yes\nd: no\ne: on\n', 'fast'],
    ['a: n/a\nb: sha256:abc\nc: 2026-03-14\nd: C# and F#\ne: R&D\n', 'fast'],
    ['a: 2026-03-14T10:00:00Z\nb: 2026-3-4\n', 'fast'],
    ['a: text # comment\nb: "quoted # not a comment"\nc: \'it\'\'s\'\n', 'fast'],
    ['a: "esc \\" \\\\ \\n \\t \\/ done"\n', 'fast'],
    ['a: [x, y, 3, true]\nb: []\nc: { k: v, n: 2 }\nd: {}\n', 'fast'],
    ['prompt:\n  default: x\n  sales manager: y\n  a b c: z\n', 'fast'],
    ['a  b: 1\n', 'either'],
    ['a b : 1\n', 'either'],
    ['list:\n  - a\n  - b\nindentless:\n- c\n- d\nafter: 1\n', 'fast'],
    ['items:\n  - id: a\n    n: 1\n  -   id: b\n      n: 2\n  -\n    id: c\n', 'fast'],
    ['nested:\n  deeper:\n    deepest: x\n  back: y\n', 'fast'],
    ['f: >-\n  one\n  two\n\n  three\n\n\n  four\nnext: 1\n', 'fast'],
    ['f: >\n  one\n  two\nl: |\n  one\n    indented\n\n  two\nls: |-\n  x\n  # not a comment\n', 'fast'],
    ['f: >-\n  tail\n\n\nnext: 1\n', 'fast'],
    ['# comment\n\n---\na: 1\n', 'fast'],
    ['a: 1\r\nb: >-\r\n  x\r\n  y\r\n', 'fast'],
    ['a: Müller 5 — ok ✓ 🎉\n', 'fast'],
    ['a: multi\n  line plain\n', 'fast'],
    // A quoted scalar or flow collection over two lines: `yaml` refuses it when the next line is
    // not indented past its key, js-yaml reads it; handed over whatever the indentation.
    ['b: "multi\n  line quoted"\n', 'full'],
    ['a: "x\ny"\n', 'full'],
    ['a: "x\n"\n', 'full'],
    ['k:\n  a: "x\n  y"\n', 'full'],
    ["k:\n  - a: 'x\n    y'\n", 'full'],
    ['k:\n  a: [x,\n  y]\n', 'full'],
    ['q:\n  - { id: x,\n  help: y }\n', 'full'],
    ['summary: "The smallest rubric,\n  with defaults."\nnext: 1\n', 'full'],
    // A collection used as a key, at the end of a line or inside a flow mapping.
    ['answers:\n  [prospecting-plan]:\n    real-targets: 3\n', 'full'],
    ['a: {[a]: 1}\n', 'full'],
    // A null key: js-yaml makes it "null", `yaml` "".
    ['null: 1\n', 'full'],
    ['~: 1\n', 'full'],
    ['a: {Null: 1}\n', 'full'],
    ['a:\n  __proto__: 3\n  b: 1\n', 'full'],
    // An empty key, no null word in the text (found by the random edits below, in CI): js-yaml
    // makes it "null", `yaml` "". A pair inside a flow sequence has no mapping event of its own.
    ['{: b}\n', 'full'],
    ['a: {x: 1, : 2}\n', 'full'],
    ['order: [a, b,: c, d]\n', 'full'],
    ['order: [a, __proto__: c]\n', 'full'],
    ['- : b\n', 'either'],
    // "!" alone, the non-specific tag: `x: !` is "" to `yaml` and null to js-yaml.
    ['x: !\n', 'full'],
    ['- ! \n', 'full'],
    ['! : \n  k: v\ntitle: x\n', 'full'],
    // Right after a colon (a quoted key in a flow mapping needs no space): a tag, an anchor, an
    // alias all the same (review of this fix). 101 aliases are over `yaml`'s limit.
    ['{"a":! }\n', 'full'],
    ['x: ["a":! ]\n', 'full'],
    ["x: {'a':! , 'b': 1}\n", 'full'],
    ['{"a":&x v, "b":*x}\n', 'full'],
    [`{"a":&x v, ${Array.from({ length: 101 }, (_, i) => `"k${i}":*x`).join(', ')}}\n`, 'full'],
    ['--- a: 1\n', 'full'],
    [`${'k'.repeat(1100)}: 1\n`, 'full'],
    ['a: "\\U00110000"\n', 'full'],
    ['"a": 1\n', 'fast'],
    ['a:\nb: ~\nc: null\nd: True\ne: FALSE\n', 'fast'],
    ['a: 0x1F\nb: 0o17\nc: 1e3\nd: .5\ne: 007\nf: +1\n', 'fast'],
    ['a: x\u00a0\nc: [z\u00a0]\n', 'either'],
    ['list:\n  -   \n    k: v\n  - - a\n    - b\n', 'either'],
    ['a: 0b101\n', 'full'],
    ['a: -.5\n', 'full'],
    ['a: +.5\n', 'full'],
    ['a: -0x1F\n', 'full'],
    ['a: +0o7\n', 'full'],
    ['base: &b { x: 1 }\nuse:\n  <<: *b\n', 'full'],
    ['<<: 1\n', 'full'],
    ['a: 1\na: 2\n', 'full'],
    ['a: .inf\n', 'either'],
    ['a: &x 1\nb: *x\n', 'full'],
    ['a: !tag 1\n', 'full'],
    ['a: !!str 1\n', 'full'],
    ['a: !!timestamp 2026-03-14\n', 'full'],
    ['a:\n\tb: 1\n', 'full'],
    ['a: x\tb\n', 'full'],
    ['%YAML 1.1\n---\na: yes\n', 'full'],
    ['a: 1\n---\nb: 2\n', 'full'],
    ['a: b: c\n', 'full'],
    ['a: x\n b: y\n', 'full'],
    ['a:\n  b: 1\n c: 2\n', 'full'],
    ['a: "x" y\n', 'full'],
    ['a: [x,\n  y]\n', 'either'],
    ['a: [x,\n  y\n]\n', 'full'],
    ['a: [x]#c\n', 'full'],
    ['a: "x"#c\n', 'full'],
    ["a: 'x'#c\n", 'full'],
    ['a: {b: 1}#c\n', 'full'],
    ['#c\na: x#y\n', 'fast'],
    ['a:\n  b: { x: 1,\n    y: 2\n  }\n', 'full'],
    ['a: [x, [y]]\n', 'either'],
    ['a: |+\n  x\n', 'either'],
    ['a: |2\n  x\n', 'either'],
    ['a: >\n  x\n    more\n  y\n', 'either'],
    ['a: |\n\n  leading blank\n', 'either'],
    ['- a\n- b\n', 'either'],
    ['a: 1\n...\n', 'either'],
    ['__proto__: 1\n', 'either'],
    ['true: 1\n1: a\n', 'either'],
    ['a: @x\n', 'either'],
    ['a: `x`\n', 'either'],
    ['a: x\u0085y\n', 'either'],
    ['a: x\u2028y\n', 'either'],
    ['? a\n: b\n', 'either'],
    ['? [a, b]\n: c\n', 'either'],
    ['a: [x, ]\n', 'either'],
    ['a: "\\x41 \\u00e9 \\U0001F600 \\N \\_"\n', 'either'],
    ['a: "y"\u00a0\n', 'either'],
    ['', 'either'],
    ['# only a comment\n', 'either'],
    // js-yaml misreads, found by a hostile review of the line reader (which leaves them to js-yaml):
    // keep chomping over trailing spaces without a final break, an indentation indicator over a
    // line of spaces, a blank first line with more spaces than the text, a byte order mark past
    // the start, a document whose first line is indented.
    ['a: |+\n  x\n\n  ', 'full'],
    ['a: >+\n\n  ', 'full'],
    ['a: >1\n  \n', 'full'],
    ["k8z: ?'/,{\na3-_99: >  \n  \n    \n   ## ck: vy z#\n    \n  \n", 'full'],
    ['\n\ufeff', 'full'],
    ['a: 1\n\ufeffb: 2\n', 'full'],
    [' -\n-', 'full'],
    ['# c\n\n a: 1\nb: 2\n', 'full'],
  ];
  it.each(cases)('%j is read by the %s path, with the same value', (text, expected) => {
    const path = expectAgreement(text);
    if (expected !== 'either') expect(path).toBe(expected);
  });

  // Mostly the ordinary values rubric and answers files hold, sometimes a tricky one.
  const tricky = fc.constantFrom(
    'plain', 'two words', 'a: b', 'x #y', '#z', '- dash', 'true', 'True', 'null', '~', '1', '-1', '1.5', '1e3', '0x1f', '007',
    ' lead', 'trail ', "it's", 'say "hi"', '[x]', '{y}', 'a, b', 'n/a', 'é ✓', '', 'line\nbreak', 'para\n\nbreak', 'tail\n',
    '  indented\nline', '&a', '*a', '!t', '%p', '@x', '`x`', '? q', ': c', 'C# ok',
  );
  const ordinaryText = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,6}( [a-z0-9.,?()]{1,8}){0,4}$/);
  const ordinaryKey = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const ordinaryScalar = fc.oneof(
    { arbitrary: ordinaryText, weight: 6 },
    { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 2 },
    { arbitrary: fc.integer({ min: -1000, max: 1000 }).map((n) => n / 4), weight: 1 },
    { arbitrary: fc.boolean(), weight: 1 },
  );
  const documents = (key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>) => {
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('value'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    }));
    return fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });
  };

  it('on documents the yaml package writes in any of its styles, from any values', () => {
    const key = fc.oneof(fc.constantFrom('id', 'a-b', 'x_1', 'true', '1', 'null', 'Key', 'with space', '__proto__'), ordinaryKey);
    const scalar = fc.oneof(ordinaryScalar, tricky, fc.string({ maxLength: 12 }), fc.double(), fc.constant(null));
    const options = fc.record({
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      minContentWidth: fc.constantFrom(0, 20),
      blockQuote: fc.constantFrom<true | false | 'folded' | 'literal'>(true, false, 'folded', 'literal'),
      defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const, 'BLOCK_FOLDED' as const, 'BLOCK_LITERAL' as const),
      collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
    });
    fc.assert(
      fc.property(documents(key, scalar), options, (doc, opts) => {
        expectAgreement(stringify(doc, opts));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('on documents of ordinary values, nearly all of which it reads itself', () => {
    const options = fc.record({
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 80),
      blockQuote: fc.constantFrom<true | 'folded' | 'literal'>(true, 'folded', 'literal'),
    });
    let fast = 0;
    fc.assert(
      fc.property(documents(ordinaryKey, ordinaryScalar), options, (doc, opts) => {
        if (expectAgreement(stringify(doc, opts)) === 'fast') fast++;
      }),
      { numRuns: 1500 },
    );
    // Not a vacuous pass: the fast reader answered for nearly all of these documents.
    expect(fast).toBeGreaterThan(1400);
  }, 60_000);

  it('on random edits of the default rubrics', () => {
    const inserts = [' ', '  ', '\t', ':', ': ', '#', ' #', '-', '- ', '"', "'", '>', '|', '[', ']', '{', '}', ',', '&', '*', '!', '\n', '\n  ', 'x', '0', '---', '\r'];
    const edited = fc.nat({ max: DEFAULT_RUBRICS.length - 1 }).chain((which) => randomEdits(DEFAULT_RUBRICS[which]!, inserts));
    fc.assert(
      fc.property(edited, (text) => {
        expectAgreement(text);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  describe('its line reader (block mappings of scalars) agrees on its own', () => {
    const ANSWERS_FILES = REPO_YAML.filter((path) => /^answers:/m.test(readFileSync(path, 'utf8')));

    it('on every YAML file in the repository and every case above, and reads the example answers itself', () => {
      for (const path of REPO_YAML) expectBlockAgreement(readFileSync(path, 'utf8'));
      for (const [text] of cases) expectBlockAgreement(text);
      // What it is for: the answers files people and the interview write.
      const examples = ANSWERS_FILES.filter((path) => path.includes(`${join('examples', '')}`));
      expect(examples.length).toBeGreaterThanOrEqual(20);
      for (const path of examples) expect(expectBlockAgreement(readFileSync(path, 'utf8')), path).toBe('read');
    });

    // 'read': it must read it; 'handed over': it must leave it to js-yaml; 'either': agreement only.
    const blockCases: [string, 'read' | 'handed over' | 'either'][] = [
      ['a: 1\nb:\n  c: x\n  d:\n    e: true\n  f: ~\ng:\n', 'read'],
      ['# head\n\na: 1 # one\n  # indented comment\nb:   two words  \n', 'either'],
      ['a:\n  # comment before the nested mapping\n  b: 1\n', 'read'],
      ['a: x\n\n   \nb: y\n', 'read'],
      ["a: 'it''s' # c\nb: ''\nc: '#not'\nd: \"x 'y' # z\"\ne: \"\"\n", 'read'],
      ['a: >-\n  one\n  two\n\n  three\n\n\n  four\nnext: 1\n', 'read'],
      ['a: >\n  one\n  two\nb: |\n  one\n    indented\n\n  two\nc: |-\n  x\n  # not a comment\n', 'read'],
      ['a: |+\n  x\n\n\nb: >+\n  y\n\n', 'read'],
      ['a: |+\n  x\n\n# after\nb: 1\n', 'either'],
      ['a:\n  b: >-\n    deep\n    text\n  c: 1\n', 'read'],
      ['a: 1\r\nb: >-\r\n  x\r\n  y\r\n', 'read'],
      ['a: -1\nb: -x\nc: 1.50\nd: 0x1F\ne: .5\nf: 2026-03-14\ng: yes\nh: C# and F#\n', 'read'],
      ['a: Müller 5 — ok ✓ 🎉\n', 'read'],
      // A no-break space is text to YAML, not a space to trim (found by a longer random hunt).
      ['a: x\u00a0\nb: \u00a0y \u00a0 # c\n', 'read'],
      // Handed over: what the line reader does not read, or reads no differently from js-yaml.
      ['a: multi\n  line plain\n', 'handed over'],
      ['a: x\n    # more indented comment\nb: 1\n', 'handed over'],
      ['a: "esc \\" done"\n', 'handed over'],
      ['a: "open\n  close"\n', 'handed over'],
      ["a: 'open\n  close'\n", 'handed over'],
      ['a: >2\n  x\n', 'handed over'],
      ['a: > # comment\n  x\n', 'handed over'],
      ['a: |\n\n  leading blank\n', 'handed over'],
      ['a: >\n  x\n    more\n  y\n', 'handed over'],
      ['a: |\n  trailing space \n', 'handed over'],
      ['a: |\n  x\n    \n  y\n', 'handed over'],
      ['a: |\n  no final break', 'handed over'],
      ['a: |\nb: 1\n', 'handed over'],
      ['a:\n  - x\n', 'handed over'],
      ['a:\n- x\n', 'handed over'],
      ['a: [x]\n', 'handed over'],
      ['a: {x: 1}\n', 'handed over'],
      ['a: b: c\n', 'handed over'],
      ['a: b:\n', 'handed over'],
      ['a:b\n', 'handed over'],
      ['a: - x\n', 'handed over'],
      ['a: x\na: y\n', 'handed over'],
      ['true: 1\n', 'handed over'],
      ['null: 1\n', 'handed over'],
      ['__proto__: 1\n', 'handed over'],
      ['"a": 1\n', 'handed over'],
      ['a key: 1\n', 'handed over'],
      ['  a: 1\n', 'handed over'],
      ['a:\n    b: 1\n  c: 2\n', 'handed over'],
      ['a: 1\n---\nb: 2\n', 'handed over'],
      ['---\na: 1\n', 'handed over'],
      ['a: 0b101\n', 'handed over'],
      ['a: &x 1\n', 'handed over'],
      ['a: x\u0085y\n', 'handed over'],
      ['a: x\u0007y\n', 'handed over'],
      ['a: x\ud800y\n', 'handed over'],
      ['', 'handed over'],
      ['# only a comment\n', 'handed over'],
      ['just text\n', 'handed over'],
      // Tabs and a carriage return that ends no line: white space and text to `yaml`, where the
      // reader looks for spaces and line breaks (a hostile review; fastLoadYaml hands both over first).
      ['k: v\t\n', 'handed over'],
      ['k: \tv\n', 'handed over'],
      ['k: a\t# c\n', 'handed over'],
      ['k: >\n  a\n  \tb\n', 'handed over'],
      ['k: a\r', 'handed over'],
      ['a:\n  b: 1\r', 'handed over'],
      ['k:\r', 'handed over'],
      ['k: a\rb\n', 'handed over'],
    ];
    it.each(blockCases)('%j is %s', (text, expected) => {
      const path = expectBlockAgreement(text);
      if (expected !== 'either') expect(path).toBe(expected);
    });

    it('hands over a mapping nested deeper than the stack goes, rather than throwing', () => {
      // fastLoadYaml's limit of 1,024 characters a line keeps it far off (512 levels at most); on
      // its own, the reader must still answer. 8,000 levels overflow the stack (3,000 do not).
      const deep = `${Array.from({ length: 8_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`;
      expect(readBlockYaml(deep, plainScalarValue)).toBeUndefined();
      const shallow = `${Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
      expect(expectBlockAgreement(shallow)).toBe('read');
    });

    const nestedMappings = (scalar: fc.Arbitrary<unknown>, key: fc.Arbitrary<string>) => {
      const { value } = fc.letrec((tie) => ({
        value: fc.oneof({ depthSize: 'small' }, scalar, tie('map')),
        map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      }));
      return fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });
    };

    it('on block documents the yaml package writes from nested mappings of any scalars, in any style', () => {
      const key = fc.oneof(ordinaryKey, fc.constantFrom('id', 'a_b', 'true', 'no', 'Null', '__proto__', 'with space', '1'));
      const scalar = fc.oneof(ordinaryScalar, tricky, fc.string({ maxLength: 12 }), fc.double(), fc.constant(null));
      const options = fc.record({
        indent: fc.constantFrom(2, 4),
        lineWidth: fc.constantFrom(0, 20, 80),
        minContentWidth: fc.constantFrom(0, 20),
        blockQuote: fc.constantFrom<true | false | 'folded' | 'literal'>(true, false, 'folded', 'literal'),
        defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const, 'BLOCK_FOLDED' as const, 'BLOCK_LITERAL' as const),
      });
      fc.assert(
        fc.property(nestedMappings(scalar, key), options, (doc, opts) => {
          expectBlockAgreement(stringify(doc, { ...opts, collectionStyle: 'block' }));
        }),
        { numRuns: 2000 },
      );
    }, 60_000);

    it('on nested mappings of ordinary values written as the interview writes them, nearly all of which it reads', () => {
      // serialize-answers.ts: no folding of long lines. Multi-line text comes out as a block scalar.
      const text = fc.oneof({ arbitrary: ordinaryScalar, weight: 8 }, { arbitrary: fc.constantFrom('para\n\nbreak', 'tail\n', "it's", 'say "hi"', 'C# ok', ''), weight: 1 });
      let read = 0;
      fc.assert(
        fc.property(nestedMappings(text, ordinaryKey), fc.constantFrom(2, 4), (doc, indent) => {
          if (expectBlockAgreement(stringify(doc, { indent, lineWidth: 0, flowCollectionPadding: true })) === 'read') read++;
        }),
        { numRuns: 1500 },
      );
      expect(read).toBeGreaterThan(1400);
    }, 60_000);

    it('on random edits of the example answers files', () => {
      const texts = ANSWERS_FILES.map((path) => readFileSync(path, 'utf8'));
      const inserts = [' ', '  ', ':', ': ', '#', ' #', '-', '- ', '"', "'", "''", '>', '|', '|-', '>+', '\n', '\n  ', '\n    ', '\n\n', ' \n', '\r\n', 'x', '0', 'true', 'null', '~', '.5', '0x1', '\\', '[', '{', '&', '*', '!', '---'];
      const edited = fc.nat({ max: texts.length - 1 }).chain((which) => randomEdits(texts[which]!, inserts));
      let read = 0;
      fc.assert(
        fc.property(edited, (text) => {
          if (expectBlockAgreement(text) === 'read') read++;
        }),
        { numRuns: 2000 },
      );
      // Most edits break the file or make something it leaves to js-yaml; some it must still read.
      expect(read).toBeGreaterThan(60);
    }, 60_000);
  });
});
