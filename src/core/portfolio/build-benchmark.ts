// The benchmark: the client's audit (as a record) against the comparable records of a portfolio.
// Records arrive one at a time (`add`), and only the numbers compared are kept, so 10,000 audits
// cost a few megabytes whatever their size on disk. Pure.
//
// Comparable means: the same rubric version; for a question, the same id and the same level
// scores; for an imperative, the same questions with the same weights and levels; for the overall
// score, every imperative comparable and weighted the same. Anything else is counted out, and the
// counts say so. The client's own audits (the same organization key) are never its benchmark.
import { matchesSegment } from './segment.js';
import { midRankPercentile, spreadOf, type Spread } from './percentile.js';
import { quarterOf } from './quarter.js';
import type { PortfolioRecord, Segment } from './record.js';

/** How many questions the benchmark lists above, and below, the portfolio's median. */
export const BENCHMARK_QUESTIONS = 3;

export interface BenchmarkOptions {
  /** Only records in this segment (--segment); empty for all. */
  segment: Segment;
  /** No percentile, median or spread from fewer audits than this (--min-benchmark). */
  minBenchmark: number;
}

export interface Distribution {
  /** Comparable audits with a value. */
  n: number;
  client: number | null;
  /** Mid-rank percentile, 0–100 unrounded; null when n is below the minimum or the client has no value. */
  percentile: number | null;
  /** Null when n is below the minimum. */
  spread: Spread | null;
}

export interface ImperativeBenchmark {
  id: string;
  all: Distribution;
  /** Records on the same version whose questions, weights or levels for this imperative differ: not compared. */
  otherQuestions: number;
  /** Per role group shown on both sides. */
  byRole: ({ role: string } & Distribution)[];
}

export interface QuestionBenchmark {
  imperativeId: string;
  questionId: string;
  /** The client's mean level score, and the portfolio's median of the same. */
  client: number;
  median: number;
  /** client − median, in levels. */
  difference: number;
  n: number;
  percentile: number;
}

export interface Benchmark {
  minBenchmark: number;
  segment: Segment;
  version: string | null;
  /** Valid records read. */
  read: number;
  /** Records on the client's version and in the segment, other than the client's own: the comparison group. */
  compared: number;
  /** Quarters of the earliest and latest audit compared. */
  from: string | null;
  to: string | null;
  otherVersions: { version: string | null; count: number }[];
  otherSegment: number;
  /** Earlier (or the same) audits of the client's own organization. */
  ownAudits: number;
  overall: Distribution;
  /** Compared records whose imperatives or weights differ, so their overall score is not comparable. */
  overallOtherQuestions: number;
  imperatives: ImperativeBenchmark[];
  above: QuestionBenchmark[];
  below: QuestionBenchmark[];
  /** Questions asked with other level scores in some compared records (left out for those records). */
  changedQuestions: { imperativeId: string; questionId: string; count: number }[];
}

type Imperative = PortfolioRecord['imperatives'][number];

/** Whether two imperatives' scores are comparable: the same questions, weights and level scores, in the same order. */
function sameShape(a: Imperative, b: Imperative): boolean {
  const n = a.questions.length;
  if (b.questions.length !== n) return false;
  for (let k = 0; k < n; k++) {
    if (a.questions[k] !== b.questions[k] || a.weights[k] !== b.weights[k] || a.levels[k] !== b.levels[k]) return false;
  }
  return true;
}

function distribution(values: readonly number[], client: number | null, min: number): Distribution {
  const enough = values.length >= min;
  return {
    n: values.length,
    client,
    percentile: enough && client !== null ? midRankPercentile(client, values) : null,
    spread: enough ? spreadOf(values) : null,
  };
}

export class BenchmarkBuilder {
  private read = 0;
  private compared = 0;
  private from: string | null = null;
  private to: string | null = null;
  private readonly otherVersions = new Map<string | null, number>();
  private otherSegment = 0;
  private ownAudits = 0;
  private readonly overall: number[] = [];
  private overallOtherQuestions = 0;
  private readonly imperatives: { values: number[]; otherQuestions: number; roles: Map<string, number[]> }[];
  private readonly questions: { levels: string; values: number[]; changed: number }[][];

  constructor(
    private readonly client: PortfolioRecord,
    private readonly options: BenchmarkOptions,
  ) {
    this.imperatives = client.imperatives.map((i) => ({ values: [], otherQuestions: 0, roles: new Map(Object.keys(i.byRole).map((r) => [r, []])) }));
    this.questions = client.imperatives.map((i) => i.questions.map((_, k) => ({ levels: i.levels[k]!, values: [], changed: 0 })));
  }

  add(record: PortfolioRecord): void {
    this.read++;
    const { client } = this;
    if (record.id === client.id || (record.orgKey !== undefined && record.orgKey === client.orgKey)) {
      this.ownAudits++;
      return;
    }
    if (record.rubrics.version !== client.rubrics.version) {
      this.otherVersions.set(record.rubrics.version, (this.otherVersions.get(record.rubrics.version) ?? 0) + 1);
      return;
    }
    if (!matchesSegment(record.segment, this.options.segment)) {
      this.otherSegment++;
      return;
    }
    this.compared++;
    const quarter = quarterOf(record.date);
    if (this.from === null || quarter < this.from) this.from = quarter;
    if (this.to === null || quarter > this.to) this.to = quarter;

    let allSame = record.imperatives.length === client.imperatives.length;
    client.imperatives.forEach((mine, i) => {
      const same = record.imperatives[i];
      const theirs = same !== undefined && same.id === mine.id ? same : record.imperatives.find((r) => r.id === mine.id);
      const acc = this.imperatives[i]!;
      if (theirs === undefined) {
        allSame = false;
        return;
      }
      const comparable = sameShape(mine, theirs);
      if (comparable) {
        if (theirs.score !== null) acc.values.push(theirs.score);
        for (const [role, values] of acc.roles) {
          const score = theirs.byRole[role];
          if (score !== undefined) values.push(score);
        }
      } else {
        acc.otherQuestions++;
        allSame = false;
      }
      mine.questions.forEach((id, q) => {
        // With the same shape the question is at the same place; otherwise look for its id.
        const k = comparable ? q : theirs.questions.indexOf(id);
        if (k === -1) return;
        const qacc = this.questions[i]![q]!;
        const score = theirs.scores[k] ?? null;
        if (theirs.levels[k] !== qacc.levels) qacc.changed++;
        else if (score !== null) qacc.values.push(score);
      });
    });
    // Every imperative comparable (so the same ids, in the same order) and weighted the same.
    if (allSame && record.imperatives.every((imp, k) => imp.id === client.imperatives[k]!.id && imp.weight === client.imperatives[k]!.weight)) {
      if (record.overall !== null) this.overall.push(record.overall);
    } else {
      this.overallOtherQuestions++;
    }
  }

  result(): Benchmark {
    const { client, options } = this;
    const min = options.minBenchmark;
    const questions: QuestionBenchmark[] = [];
    const changedQuestions: Benchmark['changedQuestions'] = [];
    client.imperatives.forEach((imperative, i) => {
      imperative.questions.forEach((questionId, q) => {
        const acc = this.questions[i]![q]!;
        const score = imperative.scores[q] ?? null;
        if (acc.changed > 0) changedQuestions.push({ imperativeId: imperative.id, questionId, count: acc.changed });
        if (score === null || acc.values.length < min) return;
        const spread = spreadOf(acc.values);
        questions.push({
          imperativeId: imperative.id,
          questionId,
          client: score,
          median: spread.median,
          difference: Math.round((score - spread.median) * 10) / 10,
          n: acc.values.length,
          percentile: midRankPercentile(score, acc.values),
        });
      });
    });
    // Largest differences first; equal ones in the report's order (a stable sort).
    const above = questions.filter((q) => q.difference > 0).sort((a, b) => b.difference - a.difference).slice(0, BENCHMARK_QUESTIONS);
    const below = questions.filter((q) => q.difference < 0).sort((a, b) => a.difference - b.difference).slice(0, BENCHMARK_QUESTIONS);
    return {
      minBenchmark: min,
      segment: options.segment,
      version: client.rubrics.version,
      read: this.read,
      compared: this.compared,
      from: this.from,
      to: this.to,
      otherVersions: [...this.otherVersions].map(([version, count]) => ({ version, count })).sort((a, b) => b.count - a.count),
      otherSegment: this.otherSegment,
      ownAudits: this.ownAudits,
      overall: distribution(this.overall, client.overall, min),
      overallOtherQuestions: this.overallOtherQuestions,
      imperatives: client.imperatives.map((imperative, i) => {
        const acc = this.imperatives[i]!;
        return {
          id: imperative.id,
          all: distribution(acc.values, imperative.score, min),
          otherQuestions: acc.otherQuestions,
          // Both sides have the group: the client shows it, and enough comparable audits showed it too.
          byRole: [...acc.roles].map(([role, values]) => ({ role, ...distribution(values, imperative.byRole[role] ?? null, min) })),
        };
      }),
      above,
      below,
      changedQuestions,
    };
  }
}
