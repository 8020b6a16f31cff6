// commander wiring only. Each command lazy-imports its handler so `--help` and `validate` do not
// pay for prompts, templates or tables they never use.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { thousands } from '../core/report/format.js';
import { REPORT_FORMATS } from '../core/report/report-formats.js';
import type { CliContext } from './context.js';
import { EXIT, ExitError } from './errors.js';
import { DEFAULT_FOCUS, DEFAULT_MIN_GROUP, MAX_FOCUS } from '../core/scoring/config.js';
import { DEFAULT_MIN_BENCHMARK } from '../core/portfolio/record-constants.js';
import { DEFAULT_MAX_ROWS } from '../core/survey/export-limits.js';
import { MAX_PLAN_SIZE } from '../core/readout/readout-constants.js';
import { PAPER_SIZES } from '../renderers/renderer.js';

// Kept in step with src/formatters/index.ts by a test; listed here so --help does not load the formatters.
export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;

/** The program's commands, in the order its help lists them. */
export const COMMAND_NAMES = ['validate', 'schema', 'rubrics', 'init', 'audit', 'report', 'portfolio', 'draft', 'survey', 'import', 'compare'] as const;
type CommandName = (typeof COMMAND_NAMES)[number];

function parseTarget(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InvalidArgumentError('expected a number from 0 to 100.');
  }
  return n;
}

function parseFocus(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > MAX_FOCUS) throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_FOCUS}.`);
  return n;
}

/** "sales-ops, marketing" → ['sales-ops', 'marketing']; repeated flags add up. */
function parseRoleList(value: string, previous: string[] = []): string[] {
  const roles = value.split(',').map((r) => r.trim()).filter((r) => r !== '');
  if (roles.length === 0) throw new InvalidArgumentError('expected owner roles from the owner catalog, separated by commas (such as sales-ops,marketing).');
  return [...previous, ...roles];
}

function parsePlanSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PLAN_SIZE) throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_PLAN_SIZE}`);
  return n;
}

function parseMinGroup(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more (1 shows every role on its own).');
  return n;
}

function parseMaxRows(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number of rows, 1 or more.');
  return n;
}

/** The options that decide what a report over several respondents shows: report and draft read them alike. */
function scoringOptions(command: Command, focus: string): Command {
  command
    .option('--target <score>', 'override every imperative target (0-100)', parseTarget)
    .option('--min-group <n>', `show a role on its own only where, any one of its people set aside, n others remain; smaller roles together (default ${DEFAULT_MIN_GROUP}; 1 shows every role)`, parseMinGroup, DEFAULT_MIN_GROUP)
    .option('--focus <n>', `${focus} (1-${MAX_FOCUS})`, parseFocus, DEFAULT_FOCUS);
  return clientOptions(command);
}

/** Which owner roles the client has: report, draft and compare resolve the actions' owners alike. */
function clientOptions(command: Command): Command {
  return command
    .option('--client-has <roles>', "owner roles the client has (keys of the set's owner catalog, comma-separated)", parseRoleList)
    .option('--client-lacks <roles>', 'owner roles the client does not have: their actions go to the fallback owner', parseRoleList);
}

/**
 * The commander program. With `argv`, a run's arguments: where the first names a command, only that
 * command is built, since building every command's options is most of what commander costs at a
 * start (each `.option()` parses its flags and description) and a run parses one command. Any
 * other start (`--help`, `help report`, no command, an unknown or mistyped name) builds them all:
 * the program's help lists every command and a mistyped name is matched against them.
 */
export function createProgram(ctx: CliContext, argv: readonly string[] = []): Command {
  const program = new Command('sales-audit')
    .description('Audit how ready a sales force is to perform: rubrics in, interview, scores and a gap report out.')
    .version(ctx.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ sales-audit audit                         interview on the built-in rubrics
  $ sales-audit validate rubrics/ --format github
  $ sales-audit report answers/ --out report.md

Exit codes: 0 ok, 1 problems found, 2 usage or internal error, 130 interrupted.`,
    );

  const only = argv[0] !== undefined && (COMMAND_NAMES as readonly string[]).includes(argv[0]) ? argv[0] : null;
  const wanted = (name: CommandName) => only === null || only === name;

  const command = (name: CommandName) => {
    const cmd = new Command(name);
    cmd.copyInheritedSettings(program);
    program.addCommand(cmd);
    return cmd;
  };

  const exportOptions = (cmd: Command) =>
    cmd
      .addOption(new Option('--from <tool>', 'the export kind, instead of detecting it').choices(['gforms', 'msforms', 'typeform', 'surveyjs', 'csv']))
      .option('--organization <name>', 'organization of every response (an organization column in the export is then ignored)')
      .option('--role <role>', 'role of every response, when the export has no role column')
      .option('--keep-names', "keep respondents' names (or emails) in the answers", false)
      .option('--skip-invalid', 'go on with the valid rows when some rows have errors (they are listed)', false)
      .option('--max-rows <n>', `read at most n rows of the export (default ${thousands(DEFAULT_MAX_ROWS)}; about 1 KB of memory a response in report)`, parseMaxRows);

  if (wanted('validate')) {
    command('validate')
      .description('check rubric files: YAML syntax, the schema and the set rules')
      .argument('[paths...]', 'rubric files or folders (default: ./rubrics if it exists, else the built-in set)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATE_FORMATS).default('stylish'))
      .option('--strict', 'fail on warnings too', false)
      .option('--no-color', 'never colour the output')
      .option('--readout <file>', 'check a readout file instead: the paths are then the answers or survey exports it is about')
      .option('-r, --rubrics <path>', 'with --readout: the rubric folder or file the report is scored with')
      .option('--min-group <n>', 'with --readout: the minimum group of the report', parseMinGroup, DEFAULT_MIN_GROUP)
      .addHelpText(
        'after',
        `
Examples:
  $ sales-audit validate
  $ sales-audit validate rubrics/ client/extra.yaml --strict
  $ sales-audit validate --format github      annotations for GitHub Actions
  $ sales-audit validate --readout readout.yaml answers/   a readout against its data

Exit codes: 0 valid, 1 problems found, 2 usage error.`,
      )
      .action(async (paths: string[], options) => {
        const { runValidate } = await import('./commands/validate.js');
        await runValidate(ctx, paths, options);
      });
  }

  if (wanted('schema')) {
    command('schema')
      .description('print a JSON Schema for editors and other tools')
      .argument('[kind]', 'rubric, set (the _set.yaml manifest), answers, results, readout or brand (the --brand file)', 'rubric')
      .addHelpText('after', '\nExamples:\n  $ sales-audit schema > rubric.schema.json\n  $ sales-audit schema answers')
      .action(async (kind: string) => {
        const { runSchema } = await import('./commands/schema.js');
        await runSchema(ctx, kind);
      });
  }

  if (wanted('rubrics')) {
    command('rubrics')
      .description('list the imperatives and their questions')
      .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)')
      .option('--json', 'print JSON for machines', false)
      .option('--sample <sizes>', "the auditor's fieldwork hours for an audit sample, e.g. reps=8,managers=4,deals=20")
      .addHelpText('after', '\nExamples:\n  $ sales-audit rubrics\n  $ sales-audit rubrics --rubrics client/ --json\n  $ sales-audit rubrics --sample reps=8,managers=4,deals=20')
      .action(async (options) => {
        const { runRubrics } = await import('./commands/rubrics.js');
        await runRubrics(ctx, options);
      });
  }

  if (wanted('init')) {
    command('init')
      .description('copy the default rubrics into a folder to tailor them for a client')
      .argument('[dir]', 'target folder', './rubrics')
      .addHelpText('after', '\nExamples:\n  $ sales-audit init\n  $ sales-audit init clients/acme/rubrics')
      .action(async (dir: string) => {
        const { runInit } = await import('./commands/init.js');
        await runInit(ctx, dir);
      });
  }

  if (wanted('audit')) {
    command('audit')
      .description('run the audit interview and write the gap report')
      .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)')
      .option('--org <name>', 'organization audited')
      .option('--respondent <name>', 'name of the person answering')
      .option('--role <role>', 'role of the respondent: leadership, sales manager, salesperson, other')
      .option('--session <file>', 'where to save answers as you go (default: next to the report)')
      .option('--resume <file>', 'continue a saved session')
      .option('--answers <file>', 'take every answer from a file; ask nothing')
      .option('-o, --out <file>', 'report file, or - for stdout (default: <org>-<date>.<format>)')
      .addOption(new Option('--format <format>', 'report format: Markdown, JSON results, HTML page, PDF, PowerPoint deck').choices(REPORT_FORMATS).default('md'))
      .option('--template <file>', 'custom Handlebars template for the Markdown or HTML (and PDF) report')
      .option('--browser <path>', 'Chromium or Chrome that prints --format pdf (default: CHROME_PATH, then PATH)')
      .option('--target <score>', 'override every imperative target (0-100)', parseTarget)
      .option('--names', 'show the respondent name in the report (left out by default)', false)
      .option('--focus <n>', `how many priorities page one lists (1-${MAX_FOCUS})`, parseFocus, DEFAULT_FOCUS)
      .option('--client-has <roles>', "owner roles the client has (keys of the set's owner catalog, comma-separated)", parseRoleList)
      .option('--client-lacks <roles>', 'owner roles the client does not have: their actions go to the fallback owner', parseRoleList)
      .option('--brand <file>', "the firm's brand file (brand.yaml): name, logo, colours, footer, prepared by; see docs/report.md")
      .option('--force', 'overwrite an existing report file', false)
      .addHelpText(
        'after',
        `
Examples:
  $ sales-audit audit --org "Acme Corp" --respondent "Dana Lee" --role leadership
  $ sales-audit audit --resume acme-corp-2026-11-26.session.yaml
  $ sales-audit audit --answers examples/acme-leadership.yaml --out -

Exit codes: 0 report written, 1 invalid answers file, 2 usage error, 130 interrupted (answers saved).`,
      )
      .action(async (options) => {
        const { runAudit } = await import('./commands/audit.js');
        await runAudit(ctx, options);
      });
  }

  if (wanted('report')) {
    const report = exportOptions(
      command('report')
        .description('render a report from saved answers files (one respondent or many), or straight from survey exports')
        .argument('<files...>', 'answers or session files, folders of them, or survey exports (.csv, .xlsx, .json)'),
    )
      .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)')
      .option('-o, --out <file>', 'output file, or - for stdout', '-')
      .addOption(new Option('--format <format>', 'Markdown, JSON results, HTML page, PDF, PowerPoint deck').choices(REPORT_FORMATS).default('md'))
      .option('--template <file>', 'custom Handlebars template for the Markdown or HTML (and PDF) report')
      .option('--browser <path>', 'Chromium or Chrome that prints --format pdf (default: CHROME_PATH, then PATH)')
      .option('--names', 'show respondent names (reports are confidential by default)', false)
      .option('--show-identifying-notes', "print every note, approved in the readout or not, even one that could point to a person: for the consultant's own working copy, never the client's", false);
    scoringOptions(report, 'how many priorities page one lists')
      .addOption(new Option('--anonymize', 'no effect: names are left out unless --names').default(false).hideHelp())
      .option('--brand <file>', "the firm's brand file (brand.yaml): name, logo, colours, footer, prepared by; see docs/report.md")
      .option('--readout <file>', "the consultant's readout (sales-audit draft writes one): headline, findings, decisions, priorities, comments, plan edits")
      .option('--plan-size <n>', `how many actions the plan shows in full; the rest is a one-line backlog (default: the readout's, else 12)`, parsePlanSize)
      .addOption(new Option('--paper <size>', 'PDF page size').choices(PAPER_SIZES).default('a4'))
      .option('--force', 'overwrite an existing output file', false)
      .option('--benchmark <portfolio>', 'add "How <org> compares": percentiles against the audits in a portfolio folder (sales-audit portfolio add)')
      .option('--segment <fields>', 'compare only with audits in this segment, such as industry=saas,size=20-50 (fields: industry, size, region, sale)')
      .option('--min-benchmark <n>', `no percentile from fewer comparable audits (default ${DEFAULT_MIN_BENCHMARK})`, parseMinGroup)
      .addHelpText(
        'after',
        `
Examples:
  $ sales-audit report responses.csv --organization "Acme Corp"   straight from a survey export
  $ sales-audit report examples/acme-leadership.yaml
  $ sales-audit report answers/ --out acme-report.md --focus 3
  $ sales-audit report answers/ --format json --names --min-group 1
  $ sales-audit report answers/ --format html --out acme-report.html
  $ sales-audit report answers/ --format pptx --out acme-readout.pptx
  $ sales-audit report answers/ --benchmark portfolio/ --segment industry=saas --format html --out acme.html
  $ sales-audit report answers/ --format pdf --brand brand.yaml --out acme-readout.pdf   in your firm's name, logo and colours
  $ sales-audit report answers/ --readout readout.yaml --format pdf --paper letter --out acme.pdf`,
      )
      .action(async (files: string[], options) => {
        const { runReport } = await import('./commands/report.js');
        // The portfolio's code loads only for a benchmark.
        const wantsBenchmark = options.benchmark !== undefined || options.segment !== undefined || options.minBenchmark !== undefined;
        const { benchmarkFor } = wantsBenchmark ? await import('./commands/report-benchmark.js') : { benchmarkFor: undefined };
        await runReport(ctx, files, options, benchmarkFor && ((set, sheets, scores) => benchmarkFor(ctx, set, sheets, scores, options)));
      });
  }

  if (wanted('portfolio')) {
    const portfolio = command('portfolio').description('past audits kept as benchmarks: add, list, stats, export a pack, import one (docs/portfolio.md)');
    const sub = (name: string) => {
      const cmd = new Command(name);
      cmd.copyInheritedSettings(program);
      portfolio.addCommand(cmd);
      return cmd.requiredOption('-p, --portfolio <dir>', 'the portfolio folder');
    };
    exportOptions(
      sub('add')
        .description('add one audit: its report JSON results, its answers files or folder, or its survey export')
        .argument('<inputs...>', 'results.json (report --format json), answers files or folders, or a survey export'),
    )
      .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)')
      .option('--industry <name>', 'segment: industry, such as saas')
      .option('--size <reps>', 'segment: number of salespeople, or a band (1-19, 20-50, 51-100, 101-250, 251-500, 501+)')
      .option('--region <name>', 'segment: region, such as emea')
      .option('--sale <type>', 'segment: sale type, such as transactional or complex')
      .option('--keep-org', 'keep the organization name in the record (left out by default)', false)
      .option('--min-group <n>', `keep a role's scores only where, any one of its people set aside, n others remain (default ${DEFAULT_MIN_GROUP})`, parseMinGroup, DEFAULT_MIN_GROUP)
      .addHelpText('after', '\nExamples:\n  $ sales-audit portfolio add examples/acme/ --portfolio ~/portfolio --industry saas --size 35\n  $ sales-audit portfolio add acme-results.json --portfolio ~/portfolio --region emea\n\nAdding the same audit again changes nothing. Exit codes: 0 added or already there, 1 invalid input, 2 usage error.')
      .action(async (inputs: string[], options) => {
        const { runPortfolioAdd } = await import('./commands/portfolio.js');
        await runPortfolioAdd(ctx, inputs, options);
      });
    sub('list')
      .description('list the audits: id, date, respondents, overall score, rubric version, segment')
      .option('--json', 'print JSON for machines', false)
      .action(async (options) => {
        const { runPortfolioList } = await import('./commands/portfolio.js');
        runPortfolioList(ctx, options);
      });
    sub('stats')
      .description('counts by rubric version, quarter and segment, and what each segment lacks for a benchmark')
      .option('--min-benchmark <n>', `the minimum a benchmark needs (default ${DEFAULT_MIN_BENCHMARK})`, parseMinGroup, DEFAULT_MIN_BENCHMARK)
      .option('--json', 'print JSON for machines', false)
      .action(async (options) => {
        const { runPortfolioStats } = await import('./commands/portfolio.js');
        runPortfolioStats(ctx, options);
      });
    sub('export')
      .description('write a pack to pool with other portfolios: dates cut to the quarter, no organization, small segment cells left out')
      .requiredOption('--pack <file>', 'the pack file to write')
      .option('--min-benchmark <n>', `leave out segment cells with fewer audits (default ${DEFAULT_MIN_BENCHMARK})`, parseMinGroup, DEFAULT_MIN_BENCHMARK)
      .option('--fields <fields>', 'the segment fields the pack keeps, such as industry,size (default all four); cells are cut by these only')
      .option('--force', 'overwrite an existing pack file', false)
      .action(async (options) => {
        const { runPortfolioExport } = await import('./commands/portfolio.js');
        await runPortfolioExport(ctx, options);
      });
    sub('import')
      .description("add a pack's audits to the portfolio (those already in it are skipped)")
      .argument('<pack>', 'a pack written by portfolio export')
      .action(async (pack: string, options) => {
        const { runPortfolioImport } = await import('./commands/portfolio.js');
        runPortfolioImport(ctx, pack, options);
      });
  }

  if (wanted('draft')) {
    const draft = exportOptions(
      command('draft')
        .description("write a readout to start from: headline, findings with figures and quotes, decisions, priorities, a comment slot per imperative")
        .argument('<files...>', 'answers or session files, folders of them, or survey exports (.csv, .xlsx, .json)'),
    )
      .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)')
      .option('-o, --out <file>', 'the readout file, or - for stdout', '-');
    scoringOptions(draft, 'how many priorities to draft')
      .option('--force', 'overwrite an existing file', false)
      .addHelpText(
        'after',
        `
Examples:
  $ sales-audit draft examples/acme/ --out readout.yaml
  $ sales-audit report examples/acme/ --readout readout.yaml --format pdf --out acme.pdf

Exit codes: 0 readout written, 1 invalid answers, 2 usage error.`,
      )
      .action(async (files: string[], options) => {
        const { runDraft } = await import('./commands/draft.js');
        await runDraft(ctx, files, options);
      });
  }

  if (wanted('survey')) {
    command('survey')
      .description('write the questionnaire for a survey tool: SurveyJS, Google Forms (Apps Script), or a CSV/XLSX sheet for any other')
      .addOption(new Option('-f, --format <format>', 'surveyjs, gforms, csv or xlsx').choices(['surveyjs', 'gforms', 'csv', 'xlsx']).makeOptionMandatory())
      .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)')
      .option('--role <role>', 'word every question for one role (default: ask the role first, and branch: each role gets its own wording)')
      .option('--organization <name>', "the client's name, in the form's title and description")
      .option('--by <firm>', 'the firm running the survey, in the description (who sees the answers)')
      .option('--brand <file>', "the firm's brand file (brand.yaml): the firm's name in the form's title and description")
      .option('--collect-emails', 'record respondents\' email addresses (gforms; off by default), so a second submission replaces the first', false)
      .option('-o, --out <file>', 'output file, or - for stdout', '-')
      .option('--force', 'overwrite an existing output file', false)
      .option('--no-notes', 'no free-text evidence question after each question (gforms, csv, xlsx)')
      .option('--no-help-text', "leave out each question's help (shown where the rubric words it for the respondent's role)")
      .option('--ask-name', "add an optional question for the respondent's name", false)
      .option('--ask-organization', "add a question for the respondent's organization", false)
      .addHelpText(
        'after',
        `
Examples:
  $ sales-audit survey --format gforms --out form.gs         paste into script.google.com and run
  $ sales-audit survey --format gforms --organization "Acme Corp" --by "Northwind Advisory" --out form.gs
  $ sales-audit survey --format surveyjs --out survey.json
  $ sales-audit survey --format xlsx --role salesperson --out questionnaire.xlsx

Question titles and choice texts are the same in every format, so \`sales-audit import\` reads the
responses back from any of these tools. See docs/survey.md.`,
      )
      .action(async (options) => {
        const { runSurvey } = await import('./commands/survey.js');
        await runSurvey(ctx, options);
      });
  }

  if (wanted('import')) {
    exportOptions(
      command('import')
        .description("read a survey tool's response export into answers files, one per response")
        .argument('<file>', 'the export: Google Forms CSV, Microsoft Forms .xlsx, Typeform CSV, SurveyJS results JSON, or CSV')
        .requiredOption('-o, --out <folder>', 'folder for the answers files (created if missing; existing files are never overwritten)')
        .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)'),
    )
      .addHelpText(
        'after',
        `
Examples:
  $ sales-audit import responses.csv --out answers/ --organization "Acme Corp"
  $ sales-audit import "Sales survey(1-42).xlsx" --out answers/ --organization "Acme Corp"
  $ sales-audit import results.json --from surveyjs --out answers/ --organization Acme --role salesperson

Exit codes: 0 written, 1 problems in the export (nothing written), 2 usage error.`,
      )
      .action(async (file: string, options) => {
        const { runImport } = await import('./commands/import.js');
        await runImport(ctx, file, options);
      });
  }

  if (wanted('compare')) {
    const compare = exportOptions(
      command('compare')
        .description('compare two audits (files or folders of answers, or survey exports): what moved')
        .argument('<before>', 'answers file or folder, or survey export, from the earlier audit')
        .argument('<after>', 'answers file or folder, or survey export, from the later audit'),
    )
      .option('-r, --rubrics <path>', 'rubric folder or file (default: ./rubrics if it exists, else the built-in set)')
      .option('-o, --out <file>', 'write the comparison to a file, or - for stdout')
      .addOption(new Option('--format <format>', 'output format for --out').choices(['md', 'json', 'html', 'pdf']).default('md'))
      .option('--browser <path>', 'Chromium or Chrome that prints --format pdf (default: CHROME_PATH, then PATH)')
      .option('--brand <file>', "the firm's brand file (brand.yaml): name, logo, colours, footer, prepared by; see docs/report.md")
      .option('--force', 'overwrite an existing output file', false);
    clientOptions(compare)
      .addHelpText(
        'after',
        '\nExamples:\n  $ sales-audit compare audits/2026-03/ audits/2026-09/\n  $ sales-audit compare march.yaml september.yaml --format json --out -\n  $ sales-audit compare march.csv september.csv --organization "Acme Corp"',
      )
      .action(async (before: string, after: string, options) => {
        const { runCompare } = await import('./commands/compare.js');
        await runCompare(ctx, before, after, options);
      });
  }

  return program;
}

export async function runProgram(argv: readonly string[], ctx: CliContext, program: Command = createProgram(ctx, argv)): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message; help and version are successes.
      // `sales-audit` with no command prints help as a usage error (code commander.help): exit 2.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      throw new ExitError(EXIT.usage);
    }
    throw error;
  }
}
