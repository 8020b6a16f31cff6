// Deterministic benchmark data: rubric files in the styles people write (folded text, plain and
// quoted scalars, flow mappings, optional keys), and answers files as `sales-audit audit` saves
// them. The same seed always gives the same bytes, so two runs of the benchmark measure the same work.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** mulberry32: small, fast, good enough to vary test data. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const WORDS = (
  'account accounts activity agenda alignment analysis approach buyer buyers calendar call calls campaign cadence ' +
  'client clients coaching commitment conversation conversations customer data deal deals decision discovery ' +
  'evidence feedback forecast goals insight leaders leadership manager managers meeting meetings message messages ' +
  'metrics motion needs objection objections opportunity opportunities outcome pipeline plan plans playbook ' +
  'practice priorities process proposal prospect prospects quarter question questions quota referral relationship ' +
  'review reviews role segment sequence skills stage strategy team territory value week'
).split(' ');
const VERBS = 'define write review coach measure share publish agree train document inspect compare retire run'.split(' ');
const LABELS = ['Absent', 'Ad hoc', 'Emerging', 'Established', 'Embedded', 'Leading'];
const OWNERS = ['Head of sales', 'Sales operations', 'First-line managers', 'Marketing', 'Enablement'];

function sentence(rnd, minWords, maxWords) {
  const n = rnd.int(minWords, maxWords);
  const words = Array.from({ length: n }, () => rnd.pick(WORDS));
  // Commas and parentheses make the text realistic; none of them changes its YAML meaning.
  if (n > 8 && rnd.chance(0.5)) words[rnd.int(2, n - 3)] += ',';
  if (n > 12 && rnd.chance(0.3)) words[rnd.int(4, n - 4)] = `(${rnd.pick(WORDS)})`;
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rnd, sentences) {
  return Array.from({ length: sentences }, () => sentence(rnd, 8, 18)).join(' ');
}

/** Folds long text the way people and editors do: `>-` with lines of about 90 columns. */
function foldedBlock(text, indent) {
  const pad = ' '.repeat(indent);
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 90) {
      lines.push(pad + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(pad + line);
  return `>-\n${lines.join('\n')}`;
}

/** A text value in one of the styles a rubric author might use. */
function textValue(rnd, text, indent) {
  if (text.length > 80) return foldedBlock(text, indent);
  const style = rnd.next();
  if (style < 0.15) return `"${text}"`;
  if (style < 0.25) return `'${text.replace(/'/g, "''")}'`;
  return text;
}

function kebab(rnd, parts) {
  return Array.from({ length: parts }, () => rnd.pick(WORDS)).join('-');
}

/** One valid rubric file whose id is its file name. Every question has help and an action, so the set is clean. */
export function generateRubric(rnd, id) {
  const out = [];
  const questionCount = rnd.int(3, 8);
  const levelCount = rnd.int(4, 5);
  const base = rnd.chance(0.8) ? 0 : 1;
  const scores = Array.from({ length: levelCount }, (_, i) => base + i);
  out.push('# yaml-language-server: $schema=../schemas/rubric.schema.json');
  out.push(`id: ${id}`);
  out.push(`title: ${textValue(rnd, sentence(rnd, 4, 9).slice(0, -1), 2)}`);
  out.push(`summary: ${textValue(rnd, paragraph(rnd, rnd.int(2, 5)), 2)}`);
  if (rnd.chance(0.5)) out.push(`reflection: ${textValue(rnd, `${sentence(rnd, 8, 16).slice(0, -1)}?`, 2)}`);
  if (rnd.chance(0.7)) out.push(`weight: ${rnd.pick([1, 1, 1.5, 2, 0.5])}`);
  if (rnd.chance(0.7)) out.push(`target: ${rnd.pick([60, 70, 75, 80, 85])}`);
  out.push('questions:');
  const usedIds = new Set();
  for (let q = 0; q < questionCount; q++) {
    let questionId = kebab(rnd, 2);
    while (usedIds.has(questionId)) questionId = `${kebab(rnd, 2)}-${q}`;
    usedIds.add(questionId);
    out.push(`  - id: ${questionId}`);
    out.push(`    measures: ${textValue(rnd, sentence(rnd, 6, 14), 6)}`);
    out.push(`    prompt: ${textValue(rnd, `${sentence(rnd, 10, 22).slice(0, -1)}?`, 6)}`);
    out.push(`    help: ${textValue(rnd, paragraph(rnd, rnd.int(1, 2)), 6)}`);
    if (rnd.chance(0.4)) out.push(`    weight: ${rnd.pick([1, 1.5, 2, 3])}`);
    if (rnd.chance(0.2)) out.push(`    na: ${rnd.pick(['true', 'false'])}`);
    out.push('    levels:');
    const flow = rnd.chance(0.25);
    for (const [i, score] of scores.entries()) {
      const label = LABELS[i] ?? `Level ${score}`;
      if (flow) {
        out.push(`      - { score: ${score}, label: ${label}, description: ${sentence(rnd, 6, 12).replace(/[,()]/g, '')} }`);
      } else {
        out.push(`      - score: ${score}`);
        out.push(`        label: ${label}`);
        out.push(`        description: ${textValue(rnd, paragraph(rnd, rnd.int(1, 2)), 10)}`);
      }
    }
    out.push('    recommendations:');
    // Each action a step from its own level below the top (actions as steps between levels).
    for (let r = rnd.int(1, 3); r > 0; r--) {
      // Action ids are unique across the whole set: the imperative id makes them so.
      out.push(`      - id: ${id}-q${q + 1}-a${r}`);
      out.push(`        at: ${scores[r - 1]}`);
      const verb = rnd.pick(VERBS);
      out.push(`        action: ${textValue(rnd, `${verb[0].toUpperCase()}${verb.slice(1)} ${sentence(rnd, 8, 20).toLowerCase()}`, 10)}`);
      out.push(`        horizon: ${rnd.pick([30, 60, 90])}`);
      if (rnd.chance(0.6)) out.push(`        owner: ${rnd.pick(OWNERS)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export async function writeRubricSet(dir, count, seed) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const rnd = createRandom(seed);
  const writes = [];
  for (let i = 1; i <= count; i++) {
    const id = `${kebab(rnd, 2)}-${String(i).padStart(4, '0')}`;
    writes.push(writeFile(join(dir, `${id}.yaml`), generateRubric(rnd, id)));
  }
  await Promise.all(writes);
}

const ROLES = [
  ['leadership', 0.1],
  ['sales manager', 0.25],
  ['salesperson', 0.6],
  ['other', 0.05],
];
const FIRST = 'Alex Dana Sam Jo Lee Kim Pat Robin Chris Morgan Taylor Jordan Casey Riley Avery Quinn'.split(' ');
const LAST = 'Lee Park Novak Garcia Smith Okafor Rossi Müller Dubois Tanaka Silva Cohen Berg Walsh'.split(' ');

function roleOf(rnd) {
  let x = rnd.next();
  for (const [role, p] of ROLES) {
    if ((x -= p) < 0) return role;
  }
  return 'salesperson';
}

/**
 * One respondent's answers file against `rubrics` (the JSON of `sales-audit rubrics --json`), in
 * the layout `sales-audit audit` writes. Leaders rate a little higher than salespeople, as they do.
 */
export function generateAnswers(rnd, rubrics, index) {
  const role = roleOf(rnd);
  const bias = role === 'leadership' ? 0.8 : role === 'sales manager' ? 0.3 : 0;
  const out = [
    '# sales-audit answers (session file). Edit freely; `sales-audit audit --resume <this file>` continues it.',
    'version: 1',
    'organization: Acme Corp',
    'respondent:',
    `  name: ${rnd.pick(FIRST)} ${rnd.pick(LAST)} ${index}`,
    `  role: ${role}`,
    `date: 2026-03-${String(rnd.int(2, 27)).padStart(2, '0')}`,
    'rubrics:',
    `  digest: ${rubrics.digest}`,
    '  source: built-in',
    'answers:',
  ];
  for (const imperative of rubrics.imperatives) {
    out.push(`  ${imperative.id}:`);
    for (const question of imperative.questions) {
      const scores = question.levels.map((l) => l.score);
      let score;
      if (question.na && rnd.chance(0.1)) score = 'n/a';
      else score = scores[Math.min(scores.length - 1, Math.floor(rnd.next() * (scores.length - 0.5) + bias))];
      const note = rnd.chance(0.3) ? sentence(rnd, 6, 20).replace(/[,()]/g, '') : null;
      // `audit` does not ask a role the rubric leaves out (`roles:`), so its file has no answer there.
      // The answer is drawn all the same, so that every other answer stays what it was.
      if (!asked(question, role)) continue;
      out.push(`    ${question.id}:`);
      out.push(`      score: ${score}`);
      if (note !== null) out.push(`      note: ${note}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Whether the rubric asks this role the question (src/core/rubric/level-range.ts asksRole, over `rubrics --json`). */
function asked(question, role) {
  const key = (r) => r.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
  return question.roles === null || question.roles === undefined || question.roles.some((r) => key(r) === key(role));
}

/** Writes the first `count` respondents; the same seed makes answers-100 a prefix of answers-500. */
export async function writeAnswers(dir, count, rubrics, seed) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const rnd = createRandom(seed);
  const writes = [];
  for (let i = 1; i <= count; i++) {
    writes.push(writeFile(join(dir, `respondent-${String(i).padStart(4, '0')}.yaml`), generateAnswers(rnd, rubrics, i)));
  }
  await Promise.all(writes);
}
