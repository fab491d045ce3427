/**
 * Every action.yml and workflow in the repo is checked with GitHub's own tooling, so a typo that
 * GitHub would reject at run time (or a script-injection hole actionlint knows about) fails CI here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionConventionFindings,
  discoverGitHubYaml,
  formatFindings,
  lintWorkflow,
  parseActionManifest,
  parseWorkflowFindings,
  REPO_ROOT,
} from '../support/github-yaml.js';

const { actions, workflows } = discoverGitHubYaml();

function read(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), 'utf8');
}

/** One test per file; an empty list fails, so a discovery mistake cannot pass silently. */
function forEachFile(files: readonly string[], check: (file: string) => void | Promise<void>) {
  if (files.length === 0) {
    it('(files expected)', () => expect.fail(`no files found under ${REPO_ROOT}`));
    return;
  }
  for (const file of files) it(file, () => check(file));
}

it('the repo ships at least one action.yml, so nothing below passes vacuously', () => {
  expect(actions, `no action.yml found in ${REPO_ROOT} or ${REPO_ROOT}/actions/*`).not.toEqual([]);
});

describe('every action.yml is a manifest GitHub accepts', () => {
  forEachFile(actions, (file) => {
    const { findings } = parseActionManifest(file, read(file));
    expect(formatFindings(findings), 'GitHub rejected this action.yml').toBe('');
  });
});

describe('every action runs on node24 from an existing bundle and documents its inputs and outputs', () => {
  forEachFile(actions, (file) => {
    const { findings, template } = parseActionManifest(file, read(file));
    expect(template, `fix the manifest first:\n${formatFindings(findings)}`).toBeDefined();
    if (template === undefined) return;
    const problems = actionConventionFindings(file, template);
    expect(formatFindings(problems), 'action.yml breaks a repo convention').toBe('');
  });
});

describe("every workflow parses with GitHub's own parser", () => {
  forEachFile(workflows, async (file) => {
    const findings = await parseWorkflowFindings(file, read(file));
    expect(formatFindings(findings), 'GitHub would refuse to run this workflow').toBe('');
  });
});

describe('actionlint finds nothing to fix in any workflow', () => {
  forEachFile(workflows, async (file) => {
    const findings = await lintWorkflow(file, read(file));
    expect(formatFindings(findings), 'actionlint reported problems').toBe('');
  });
});

// These prove each check is wired up: if a tool silently stopped reporting, the suite above would
// keep passing, so feed each one a known-bad document and insist it complains.
describe('the checks really catch mistakes', () => {
  it("GitHub's parser rejects a workflow step with a misspelled key", async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uzes: actions/checkout@v4',
    ].join('\n');
    const report = formatFindings(await parseWorkflowFindings('bad.yml', workflow));
    expect(report).toContain("bad.yml:6:9 Unexpected value 'uzes' (workflow-parser)");
  });

  it("GitHub's parser rejects a workflow without an `on` trigger", async () => {
    const workflow = ['jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - run: echo hi'].join(
      '\n',
    );
    const report = formatFindings(await parseWorkflowFindings('no-on.yml', workflow));
    expect(report).toMatch(/Required property is missing: on/);
  });

  it("GitHub's parser rejects an action.yml with an unknown runtime and no description", () => {
    const manifest = ['name: broken', 'runs:', '  using: node99', '  main: dist/index.js'].join('\n');
    const { findings, template } = parseActionManifest('action.yml', manifest);
    const report = formatFindings(findings);
    expect(report).toContain("Unexpected value 'node99'");
    expect(report).toContain('Required property is missing: description');
    expect(template).toBeUndefined();
  });

  it('the convention check flags a missing bundle and an undocumented input', () => {
    const { template } = parseActionManifest(
      'actions/fake/action.yml',
      [
        'name: fake',
        'description: d',
        'inputs:',
        '  region: {}',
        'runs:',
        '  using: node24',
        '  main: no-such-bundle.js',
      ].join('\n'),
    );
    expect(template).toBeDefined();
    if (template === undefined) return;
    const report = formatFindings(actionConventionFindings('actions/fake/action.yml', template));
    expect(report).toContain("runs.main 'no-such-bundle.js' does not exist");
    expect(report).toContain("input 'region' has no description");
  });

  it('actionlint flags script injection and a misspelled runs-on', async () => {
    const workflow = [
      'on: issues',
      'jobs:',
      '  greet:',
      '    runs-onn: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.issue.title }}"',
    ].join('\n');
    const findings = await lintWorkflow('bad.yml', workflow);
    const report = formatFindings(findings);
    expect(report).toMatch(/^bad\.yml:4:5 unexpected key "runs-onn" for "job" section.* \(syntax-check\)$/m);
    expect(report).toMatch(/^bad\.yml:6:\d+ "github\.event\.issue\.title" is potentially untrusted.* \(expression\)$/m);
  });
});
