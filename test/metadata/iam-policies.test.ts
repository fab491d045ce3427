/**
 * Least privilege, proven against the code. For each action this test derives, from the source,
 * every AWS request the action can send, and compares that with docs/iam/<action>.json: a request
 * the policy does not allow fails the test (the action would break for users who copied the
 * policy), and so does an allowed IAM action the code never needs (the policy grants more than it
 * must). docs/iam/deploy-workflow.json is checked against the actions .github/workflows/deploy.yml
 * runs.
 *
 * How the requests are derived: start at actions/<name>/main.ts and post.ts, follow every relative
 * import (static, re-exports and dynamic `import()`) transitively, and collect each
 * `new <Name>Command(` in the files reached, with the `@aws-sdk/client-*` package it comes from.
 * One refinement keeps shared adapters from widening every policy: a command built inside a method
 * of an object literal or class (the ports: `createEcsPort(client).describeService`) counts only
 * when some reached file names that method (`.describeService`, `['describeService']` or a
 * destructuring). It is name-based, so it over-approximates (two ports with a method of the same
 * name both count), never under-approximates, except through a port whose methods are called by a
 * computed name; no production code does that.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const POLICY_DIR = join(ROOT, 'docs/iam');

// ---------------------------------------------------------------------------------------------
// From an SDK command to the IAM actions it needs
// ---------------------------------------------------------------------------------------------

/** The IAM service prefix of each AWS SDK client package the project may use. */
const SERVICE_PREFIXES: Readonly<Record<string, string>> = {
  '@aws-sdk/client-application-auto-scaling': 'application-autoscaling',
  '@aws-sdk/client-budgets': 'budgets',
  '@aws-sdk/client-cloudwatch': 'cloudwatch',
  '@aws-sdk/client-cost-explorer': 'ce',
  '@aws-sdk/client-ecr': 'ecr',
  '@aws-sdk/client-ecs': 'ecs',
  '@aws-sdk/client-elastic-load-balancing-v2': 'elasticloadbalancing',
  '@aws-sdk/client-pricing': 'pricing',
  '@aws-sdk/client-rds': 'rds',
  '@aws-sdk/client-s3': 's3',
  '@aws-sdk/client-sns': 'sns',
};

/**
 * Commands whose IAM action is not `<prefix>:<Name>`, or that need more than one, keyed by
 * `<package>/<Command>`. `has(property)` says whether the request object passes that property;
 * when the argument is not an object literal the test cannot see it, and takes the union of the
 * answers with every property present and with none.
 */
const COMMAND_RULES: Readonly<Record<string, (has: (property: string) => boolean) => string[]>> = {
  // S3 authorises object reads and writes by object actions, with a separate *Version action
  // when a request names a version.
  '@aws-sdk/client-s3/HeadObjectCommand': (has) => [has('VersionId') ? 's3:GetObjectVersion' : 's3:GetObject'],
  '@aws-sdk/client-s3/GetObjectCommand': (has) => [has('VersionId') ? 's3:GetObjectVersion' : 's3:GetObject'],
  '@aws-sdk/client-s3/GetObjectTaggingCommand': (has) => [
    has('VersionId') ? 's3:GetObjectVersionTagging' : 's3:GetObjectTagging',
  ],
  '@aws-sdk/client-s3/DeleteObjectCommand': (has) => [has('VersionId') ? 's3:DeleteObjectVersion' : 's3:DeleteObject'],
  // Tags sent with the object (the Tagging header) need PutObjectTagging as well.
  '@aws-sdk/client-s3/PutObjectCommand': (has) => ['s3:PutObject', ...(has('Tagging') ? ['s3:PutObjectTagging'] : [])],
  '@aws-sdk/client-s3/ListObjectsV2Command': () => ['s3:ListBucket'],
  '@aws-sdk/client-s3/ListObjectVersionsCommand': () => ['s3:ListBucketVersions'],
  '@aws-sdk/client-s3/GetBucketReplicationCommand': () => ['s3:GetReplicationConfiguration'],
  // AWS Budgets authorises every read of a budget as ViewBudget.
  '@aws-sdk/client-budgets/DescribeBudgetCommand': () => ['budgets:ViewBudget'],
  '@aws-sdk/client-budgets/DescribeBudgetsCommand': () => ['budgets:ViewBudget'],
  // Tag-on-create: the create call also needs the service's tagging action for the tags it sends.
  '@aws-sdk/client-ecs/RegisterTaskDefinitionCommand': (has) => [
    'ecs:RegisterTaskDefinition',
    ...(has('tags') ? ['ecs:TagResource'] : []),
  ],
  '@aws-sdk/client-ecr/CreateRepositoryCommand': (has) => [
    'ecr:CreateRepository',
    ...(has('tags') ? ['ecr:TagResource'] : []),
  ],
  '@aws-sdk/client-rds/RestoreDBInstanceFromDBSnapshotCommand': (has) => [
    'rds:RestoreDBInstanceFromDBSnapshot',
    ...(has('Tags') ? ['rds:AddTagsToResource'] : []),
  ],
};

/**
 * Permissions an action needs although no SDK command in our code asks for them, each with the
 * reason. Everything else in a policy must come from a command the code sends.
 */
const NEEDED_WITHOUT_A_COMMAND: Readonly<Record<string, readonly { action: string; why: string }[]>> = {
  'build-push': [
    // `docker buildx build --push` talks to the registry with the GetAuthorizationToken login;
    // ECR authorises each registry call of a push as one of these actions.
    { action: 'ecr:BatchCheckLayerAvailability', why: 'docker push: which layers the registry has' },
    { action: 'ecr:InitiateLayerUpload', why: 'docker push: start a layer upload' },
    { action: 'ecr:UploadLayerPart', why: 'docker push: upload a layer' },
    { action: 'ecr:CompleteLayerUpload', why: 'docker push: finish a layer upload' },
    { action: 'ecr:PutImage', why: 'docker push: write the manifest and its tags' },
  ],
  'ecs-deploy': [
    {
      action: 'iam:PassRole',
      why: 'RegisterTaskDefinition passes the task and execution roles to ECS tasks; a native UpdateService re-sends the service lifecycle hooks and their roles',
    },
  ],
  canary: [{ action: 'iam:PassRole', why: 'RegisterTaskDefinition passes the task and execution roles to ECS tasks' }],
};

/** Actions with no AWS call at all; they have no policy file, and the README says so. */
const WITHOUT_AWS = new Set(['deploy-window']);

// ---------------------------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------------------------

/** One place in the code that builds an AWS SDK command. */
interface CommandSite {
  readonly file: string;
  readonly line: number;
  readonly pkg: string;
  readonly command: string;
  readonly iamActions: readonly string[];
}

interface Analysis {
  readonly files: readonly string[];
  readonly sites: readonly CommandSite[];
  /** IAM action → where the code needs it. */
  readonly actions: ReadonlyMap<string, readonly string[]>;
  /** Anything the analysis cannot account for; must be empty for the result to be trusted. */
  readonly problems: readonly string[];
}

interface ParsedFile {
  readonly path: string;
  readonly source: ts.SourceFile;
  /** Relative modules this file loads at run time. */
  readonly imports: readonly string[];
  /** local name → package, for values imported from `@aws-sdk/client-*` packages. */
  readonly sdkBindings: ReadonlyMap<string, { pkg: string; imported: string }>;
  /** namespace name → package (`import * as ecs from '@aws-sdk/client-ecs'`). */
  readonly sdkNamespaces: ReadonlyMap<string, string>;
  /** Every `@aws-sdk/client-*` package the file loads, statically or dynamically. */
  readonly sdkPackages: ReadonlySet<string>;
  /** Member names the file reads (`x.name`, `x['name']`, `{ name } = x`). */
  readonly memberReads: ReadonlySet<string>;
}

function parseFile(path: string): ParsedFile {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: string[] = [];
  const sdkBindings = new Map<string, { pkg: string; imported: string }>();
  const sdkNamespaces = new Map<string, string>();
  const sdkPackages = new Set<string>();
  const memberReads = new Set<string>();

  const noteModule = (specifier: string) => {
    if (specifier.startsWith('.')) imports.push(specifier);
    else if (specifier.startsWith('@aws-sdk/client-')) sdkPackages.add(specifier);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const specifier = node.moduleSpecifier.text;
      // `import type` and imports of nothing but types load no code.
      const named = clause?.namedBindings;
      const onlyTypes =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) {
        noteModule(specifier);
        if (specifier.startsWith('@aws-sdk/client-') && named) {
          if (ts.isNamespaceImport(named)) sdkNamespaces.set(named.name.text, specifier);
          else
            for (const element of named.elements) {
              if (element.isTypeOnly) continue;
              sdkBindings.set(element.name.text, {
                pkg: specifier,
                imported: (element.propertyName ?? element.name).text,
              });
            }
        }
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) noteModule(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      noteModule(node.arguments[0].text);
    } else if (ts.isPropertyAccessExpression(node)) {
      memberReads.add(node.name.text);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      memberReads.add(node.argumentExpression.text);
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = node.propertyName ?? node.name;
      if (ts.isIdentifier(name) || ts.isStringLiteral(name)) memberReads.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { path, source, imports, sdkBindings, sdkNamespaces, sdkPackages, memberReads };
}

/** `./x.js` from a TypeScript file means `./x.ts` (NodeNext); a folder means its index. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    base,
    `${base}.ts`,
    join(base, 'index.ts'),
  ];
  return candidates.find((candidate) => existsSync(candidate) && /\.(m?ts|m?js)$/.test(candidate));
}

/** The method (or function-valued property) names a node is nested in, innermost first. */
function enclosingMembers(node: ts.Node): string[] {
  const names: string[] = [];
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    let name: ts.PropertyName | undefined;
    if (ts.isMethodDeclaration(at) || ts.isGetAccessorDeclaration(at)) name = at.name;
    else if (
      (ts.isArrowFunction(at) || ts.isFunctionExpression(at)) &&
      (ts.isPropertyAssignment(at.parent) || ts.isPropertyDeclaration(at.parent)) &&
      at.parent.initializer === at
    )
      name = at.parent.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.push(name.text);
  }
  return names;
}

/** Property names of an object-literal argument, or undefined when they cannot be seen. */
function argumentProperties(call: ts.NewExpression): ReadonlySet<string> | undefined {
  const argument = call.arguments?.[0];
  if (!argument) return new Set();
  if (!ts.isObjectLiteralExpression(argument)) return undefined;
  const names = new Set<string>();
  for (const property of argument.properties) {
    if (ts.isSpreadAssignment(property)) return undefined;
    const name = property.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.add(name.text);
    else return undefined;
  }
  return names;
}

/** The IAM actions one command needs, given what its request carries. */
function iamActionsOf(pkg: string, command: string, properties: ReadonlySet<string> | undefined): string[] {
  const rule = COMMAND_RULES[`${pkg}/${command}`];
  const prefix = SERVICE_PREFIXES[pkg] ?? '?';
  if (!rule) return [`${prefix}:${command.replace(/Command$/, '')}`];
  if (properties) return rule((property) => properties.has(property));
  return [...new Set([...rule(() => true), ...rule(() => false)])];
}

/** Whether `pkg` defines `name` as an operation (its dist-types/commands/<name>.d.ts). */
function packageHasCommand(pkg: string, name: string): boolean {
  return existsSync(join(ROOT, 'node_modules', pkg, 'dist-types/commands', `${name}.d.ts`));
}

/**
 * SDK values that send requests without a `new XCommand(` in our code: waiters, paginators and
 * the aggregated clients (`new ECS().describeServices()`). The analysis cannot see those.
 */
function isHiddenSender(pkg: string, name: string): boolean {
  if (/^(waitUntil|waitFor|paginate)[A-Z]/.test(name)) return true;
  return !name.endsWith('Client') && existsSync(join(ROOT, 'node_modules', pkg, 'dist-types', `${name}.d.ts`));
}

/** Derives every IAM action the code reachable from `entries` can need. */
function analyse(entries: readonly string[], root = ROOT): Analysis {
  const parsed = new Map<string, ParsedFile>();
  const queue = entries.filter((entry) => existsSync(entry));
  const problems: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (parsed.has(path)) continue;
    const file = parseFile(path);
    parsed.set(path, file);
    for (const specifier of file.imports) {
      const target = resolveRelative(path, specifier);
      if (target) queue.push(target);
      else problems.push(`${relative(root, path)}: cannot resolve import '${specifier}'`);
    }
  }

  const memberReads = new Set<string>();
  for (const file of parsed.values()) for (const name of file.memberReads) memberReads.add(name);

  const sites: CommandSite[] = [];
  for (const file of parsed.values()) {
    const where = relative(root, file.path);
    for (const pkg of file.sdkPackages) {
      if (!(pkg in SERVICE_PREFIXES)) problems.push(`${where}: no IAM service prefix known for ${pkg}`);
    }
    for (const [local, { pkg, imported }] of file.sdkBindings) {
      if (isHiddenSender(pkg, imported)) {
        problems.push(
          `${where}: ${local} from ${pkg} sends requests this test cannot see; use client.send(new …Command())`,
        );
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node)) {
        const callee = node.expression;
        let name: string | undefined;
        let pkg: string | undefined;
        if (ts.isIdentifier(callee) && callee.text.endsWith('Command')) {
          name = callee.text;
          const binding = file.sdkBindings.get(name);
          if (binding) {
            pkg = binding.pkg;
            name = binding.imported;
          } else {
            // Destructured from a dynamic import: the package that defines the operation.
            const owners = [...file.sdkPackages].filter((candidate) => packageHasCommand(candidate, callee.text));
            if (owners.length === 1) pkg = owners[0];
            else if (owners.length > 1) problems.push(`${where}: ${callee.text} is defined by ${owners.join(' and ')}`);
          }
        } else if (
          ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.name.text.endsWith('Command')
        ) {
          pkg = file.sdkNamespaces.get(callee.expression.text);
          name = callee.name.text;
        }
        if (name && pkg) {
          const live = enclosingMembers(node).every((member) => memberReads.has(member));
          if (live) {
            const line = file.source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            sites.push({
              file: where,
              line,
              pkg,
              command: name,
              iamActions: iamActionsOf(pkg, name, argumentProperties(node)),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file.source);
  }

  const actions = new Map<string, string[]>();
  for (const site of sites) {
    for (const action of site.iamActions) {
      actions.set(action, [...(actions.get(action) ?? []), `${site.file}:${site.line} ${site.command}`]);
    }
  }
  return { files: [...parsed.keys()].map((path) => relative(root, path)), sites, actions, problems };
}

function entriesOf(actionDir: string): string[] {
  return ['main.ts', 'post.ts'].map((name) => join(actionDir, name)).filter((path) => existsSync(path));
}

// ---------------------------------------------------------------------------------------------
// The policies
// ---------------------------------------------------------------------------------------------

interface Statement {
  readonly Sid?: unknown;
  readonly Effect?: unknown;
  readonly Action?: unknown;
  readonly NotAction?: unknown;
  readonly Resource?: unknown;
  readonly NotResource?: unknown;
  readonly Condition?: unknown;
}

interface PolicyDocument {
  readonly Version?: unknown;
  readonly Statement?: unknown;
}

/** One permission a policy grants: an action on a resource under a condition (canonical JSON). */
interface Grant {
  readonly action: string;
  readonly resource: string;
  readonly condition: string;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value]);

/** JSON with object keys sorted, so two equal conditions compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The problems that would make a document an invalid or an unreviewable least-privilege policy. */
function policyProblems(document: PolicyDocument): string[] {
  const problems: string[] = [];
  if (document.Version !== '2012-10-17') problems.push('Version must be 2012-10-17');
  const statements = Array.isArray(document.Statement) ? (document.Statement as Statement[]) : [];
  if (statements.length === 0) problems.push('Statement must be a non-empty list');
  const sids = new Set<string>();
  for (const [index, statement] of statements.entries()) {
    const at = `Statement[${index}]`;
    if (typeof statement.Sid !== 'string' || !/^[A-Za-z0-9]+$/.test(statement.Sid)) {
      problems.push(`${at}: Sid must be alphanumeric; it says why the statement exists`);
    } else if (sids.has(statement.Sid)) problems.push(`${at}: duplicate Sid ${statement.Sid}`);
    else sids.add(statement.Sid);
    if (statement.Effect !== 'Allow') problems.push(`${at}: Effect must be Allow`);
    if (statement.NotAction !== undefined || statement.NotResource !== undefined) {
      problems.push(`${at}: NotAction/NotResource grant everything else`);
    }
    for (const action of asList(statement.Action)) {
      if (typeof action !== 'string' || !/^[a-z0-9-]+:[A-Za-z0-9]+$/.test(action)) {
        problems.push(`${at}: Action ${String(action)} must be one exact action, without wildcards`);
      }
    }
    const resources = asList(statement.Resource);
    if (resources.length === 0 || resources.some((r) => typeof r !== 'string' || r === '')) {
      problems.push(`${at}: Resource must be a string or a non-empty list of strings`);
    }
  }
  // Managed policies hold at most 6,144 characters, whitespace not counted.
  const size = JSON.stringify(document).length;
  if (size > 6144) problems.push(`${size} characters: above the 6,144 of a managed policy`);
  return problems;
}

function grantsOf(document: PolicyDocument): Grant[] {
  const statements = Array.isArray(document.Statement) ? (document.Statement as Statement[]) : [];
  return statements.flatMap((statement) =>
    asList(statement.Action).flatMap((action) =>
      asList(statement.Resource).map((resource) => ({
        action: String(action),
        resource: String(resource),
        condition: canonical(statement.Condition ?? null),
      })),
    ),
  );
}

const actionsOf = (document: PolicyDocument): Set<string> => new Set(grantsOf(document).map((g) => g.action));

function readPolicy(name: string): PolicyDocument {
  return JSON.parse(readFileSync(join(POLICY_DIR, `${name}.json`), 'utf8')) as PolicyDocument;
}

/** What the code needs and the policy lacks, and what the policy grants that nothing needs. */
function comparePolicy(
  needed: ReadonlyMap<string, readonly string[]>,
  extras: readonly { action: string }[],
  granted: ReadonlySet<string>,
): { missing: string[]; unused: string[] } {
  const required = new Set([...needed.keys(), ...extras.map((e) => e.action)]);
  return {
    missing: [...required]
      .filter((action) => !granted.has(action))
      .sort()
      .map((action) => `${action} (${(needed.get(action) ?? ['allow-list']).join(', ')})`),
    unused: [...granted].filter((action) => !required.has(action)).sort(),
  };
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

const ACTIONS = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const analyses = new Map(ACTIONS.map((name) => [name, analyse(entriesOf(join(ROOT, 'actions', name)))]));
const analysisOf = (name: string): Analysis => {
  const found = analyses.get(name);
  if (!found) throw new Error(`no action ${name}`);
  return found;
};
const WITH_AWS = ACTIONS.filter((name) => !WITHOUT_AWS.has(name));
const policyReadme = readFileSync(join(POLICY_DIR, 'README.md'), 'utf8');

describe('the code-derived AWS requests', () => {
  it('covers every action, each reached from its entry files', () => {
    expect(ACTIONS).toEqual(expect.arrayContaining(['build-push', 'canary', 'ecs-deploy', 'health-gate']));
    for (const name of ACTIONS) expect(analysisOf(name).files).toContain(`actions/${name}/main.ts`);
  });

  it.each(ACTIONS)('%s: every AWS SDK use is one the analysis understands', (name) => {
    expect(analysisOf(name).problems).toEqual([]);
  });

  it.each(WITH_AWS)('%s sends AWS requests (the comparison below is not vacuous)', (name) => {
    expect(analysisOf(name).sites.length).toBeGreaterThan(0);
  });

  it.each([...WITHOUT_AWS])('%s makes no AWS call, has no policy file, and docs/iam/README.md says so', (name) => {
    expect(analysisOf(name).sites).toEqual([]);
    expect(existsSync(join(POLICY_DIR, `${name}.json`))).toBe(false);
    expect(policyReadme).toMatch(new RegExp(`\`${name}\`[^\\n]*no AWS call`));
  });

  it('knows every command named in its rules', () => {
    for (const key of Object.keys(COMMAND_RULES)) {
      const [scope, pkgName, command] = key.split('/');
      const pkg = `${scope}/${pkgName}`;
      expect(SERVICE_PREFIXES[pkg], key).toBeDefined();
      expect(packageHasCommand(pkg, command ?? ''), key).toBe(true);
    }
  });

  it.each(Object.entries(NEEDED_WITHOUT_A_COMMAND))(
    '%s: the allow-list names only permissions no command in the code already needs',
    (name, extras) => {
      for (const { action, why } of extras) {
        expect(analysisOf(name).actions.has(action), `${action}: ${why}`).toBe(false);
        expect(why.length).toBeGreaterThan(10);
      }
    },
  );
});

describe('docs/iam/<action>.json', () => {
  it.each(WITH_AWS)('%s is a well-formed least-privilege policy document', (name) => {
    expect(policyProblems(readPolicy(name))).toEqual([]);
  });

  it.each(WITH_AWS)('%s allows exactly what its code can send, plus its commented allow-list', (name) => {
    const result = comparePolicy(
      analysisOf(name).actions,
      NEEDED_WITHOUT_A_COMMAND[name] ?? [],
      actionsOf(readPolicy(name)),
    );
    expect(result.missing, 'the code can send these; the policy must allow them').toEqual([]);
    expect(
      result.unused,
      'the policy allows these; no command needs them and the allow-list does not explain them',
    ).toEqual([]);
  });

  it('has a file for each action and no file for an action that does not exist', () => {
    const files = readdirSync(POLICY_DIR).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual([...WITH_AWS.map((name) => `${name}.json`), 'deploy-workflow.json'].sort());
  });

  it('documents every placeholder it uses in docs/iam/README.md', () => {
    const used = new Set<string>();
    for (const file of readdirSync(POLICY_DIR).filter((f) => f.endsWith('.json'))) {
      for (const match of readFileSync(join(POLICY_DIR, file), 'utf8').matchAll(/\$\{([A-Za-z]+)\}/g)) {
        used.add(match[1] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(5);
    for (const placeholder of used) expect(policyReadme, placeholder).toContain(`| \`\${${placeholder}}\``);
  });
});

describe('docs/iam/deploy-workflow.json', () => {
  const workflowPath = join(ROOT, '.github/workflows/deploy.yml');
  const workflow = existsSync(workflowPath)
    ? (parse(readFileSync(workflowPath, 'utf8')) as { jobs?: Record<string, { steps?: { uses?: string }[] }> })
    : {};
  /** Our actions the workflow's steps use, by folder name. */
  const members = [
    ...new Set(
      Object.values(workflow.jobs ?? {})
        .flatMap((job) => job.steps ?? [])
        .map((step) => /^(?:org\/trading-actions\/actions\/|\.\/actions\/)([a-z0-9-]+)/.exec(step.uses ?? '')?.[1])
        .filter((name): name is string => name !== undefined),
    ),
  ].sort();
  const combined = readPolicy('deploy-workflow');

  it('is built from the actions deploy.yml runs', () => {
    expect(existsSync(workflowPath)).toBe(true);
    expect(members).toEqual(expect.arrayContaining(['ecs-deploy', 'health-gate']));
    for (const name of members) expect(ACTIONS).toContain(name);
  });

  it('is a well-formed policy document within the managed-policy size limit', () => {
    expect(policyProblems(combined)).toEqual([]);
  });

  it('allows exactly what those actions can send', () => {
    const needed = new Map<string, string[]>();
    for (const name of members) {
      for (const [action, where] of analysisOf(name).actions)
        needed.set(action, [...(needed.get(action) ?? []), ...where]);
    }
    const extras = members.flatMap((name) => NEEDED_WITHOUT_A_COMMAND[name] ?? []);
    const result = comparePolicy(needed, extras, actionsOf(combined));
    expect(result.missing, 'the workflow can send these; the policy must allow them').toEqual([]);
    expect(result.unused, 'the policy allows these; no action of the workflow needs them').toEqual([]);
  });

  it('grants each action on exactly the resources and conditions the action policies grant it', () => {
    const key = (g: Grant) => `${g.action} on ${g.resource} if ${g.condition}`;
    const expected = new Set(
      members.filter((name) => !WITHOUT_AWS.has(name)).flatMap((name) => grantsOf(readPolicy(name)).map(key)),
    );
    const actual = new Set(grantsOf(combined).map(key));
    expect(
      [...expected].filter((grant) => !actual.has(grant)),
      'granted by an action policy only',
    ).toEqual([]);
    expect(
      [...actual].filter((grant) => !expected.has(grant)),
      'granted by deploy-workflow.json only',
    ).toEqual([]);
  });
});

describe('README: Setup: AWS credentials and least privilege', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /## Setup: AWS credentials and least privilege\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

  it('links each action to its policy', () => {
    for (const name of [...WITH_AWS, 'deploy-workflow']) expect(section).toContain(`(docs/iam/${name}.json)`);
  });

  it('shows a trust policy that only this repository and one environment can assume, for STS only', () => {
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '{}';
    const trust = JSON.parse(json) as {
      Statement: {
        Action: string;
        Principal: { Federated: string };
        Condition: Record<string, Record<string, string>>;
      }[];
    };
    const statement = trust.Statement[0];
    expect(statement?.Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(statement?.Principal.Federated).toMatch(/:oidc-provider\/token\.actions\.githubusercontent\.com$/);
    const equals = statement?.Condition.StringEquals ?? {};
    expect(equals['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com');
    // StringEquals, not StringLike: no wildcard can widen it to other repositories or branches.
    expect(equals['token.actions.githubusercontent.com:sub']).toMatch(/^repo:[\w.-]+\/[\w.-]+:environment:[\w.-]+$/);
    expect(section).toContain(
      'aws-actions/configure-aws-credentials@b47578312673ae6fa5b5096b330d9fbac3d116df # v4.2.1',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The check itself must be able to fail
// ---------------------------------------------------------------------------------------------

describe('the analysis on a synthetic source tree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iam-policies-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (path: string, text: string): string => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };

  const entry = write(
    'actions/demo/main.ts',
    `import { createPort } from '../../src/aws/port.js';
     import type { Unused } from '../../src/aws/types-only.js';
     const port = createPort(client);
     await port.upload('b', 'k');
     const { ListBucketsCommand } = await import('@aws-sdk/client-s3');
     await client.send(new ListBucketsCommand({}));
     const later = await import('../../src/aws/lazy.js');
     later.go();`,
  );
  write(
    'src/aws/port.ts',
    `import { PutObjectCommand, DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
     export function createPort(client: S3Client) {
       return {
         async upload(bucket: string, key: string) {
           await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Tagging: 'a=b' }));
         },
         // Never called by the demo action: must not count.
         async remove(bucket: string, key: string) {
           await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
         },
       };
     }`,
  );
  write('src/aws/types-only.ts', `import { PublishCommand } from '@aws-sdk/client-sns';\nnew PublishCommand({});`);
  write(
    'src/aws/lazy.ts',
    `import * as ecs from '@aws-sdk/client-ecs';
     export const go = () => client.send(new ecs.UpdateServiceCommand({ service: 's' }));`,
  );
  const analysis = analyse([entry], dir);
  const policy = new Set(['s3:PutObject', 's3:PutObjectTagging', 's3:ListAllMyBuckets', 'ecs:UpdateService']);

  it('follows static, dynamic and namespace imports, skips type-only ones and unused port methods', () => {
    expect(analysis.problems).toEqual([]);
    expect([...analysis.actions.keys()].sort()).toEqual([
      'ecs:UpdateService',
      's3:ListBuckets',
      's3:PutObject',
      's3:PutObjectTagging',
    ]);
  });

  it('reports a command the policy lacks', () => {
    const result = comparePolicy(analysis.actions, [], policy);
    expect(result.missing).toEqual([expect.stringMatching(/^s3:ListBuckets \(actions\/demo\/main\.ts:6 /)]);
  });

  it('reports a permission the code never needs', () => {
    const result = comparePolicy(analysis.actions, [], new Set([...policy, 's3:ListBuckets', 'sns:Publish']));
    expect(result).toEqual({ missing: [], unused: ['s3:ListAllMyBuckets', 'sns:Publish'] });
  });

  it('counts a port method once some reached file calls it', () => {
    const caller = write(
      'actions/demo/post.ts',
      `import { createPort } from '../../src/aws/port.js';\ncreatePort(c).remove('b', 'k');`,
    );
    expect(analyse([caller], dir).actions.has('s3:DeleteObject')).toBe(true);
  });

  it('reports SDK helpers that send requests it cannot see, and clients it has no prefix for', () => {
    const hidden = write(
      'actions/hidden/main.ts',
      `import { waitUntilServicesStable } from '@aws-sdk/client-ecs';
       import { SendMessageCommand } from '@aws-sdk/client-sqs';
       await waitUntilServicesStable({ client, maxWaitTime: 60 }, { services: ['s'] });
       await client.send(new SendMessageCommand({}));`,
    );
    expect(analyse([hidden], dir).problems).toEqual([
      expect.stringContaining('no IAM service prefix known for @aws-sdk/client-sqs'),
      expect.stringContaining('waitUntilServicesStable from @aws-sdk/client-ecs sends requests'),
    ]);
  });

  it('rejects wildcards and NotAction in a policy', () => {
    expect(
      policyProblems({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'All', Effect: 'Allow', Action: 'ecs:*', Resource: '*' },
          { Sid: 'All', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
        ],
      }),
    ).toEqual([
      'Statement[0]: Action ecs:* must be one exact action, without wildcards',
      'Statement[1]: duplicate Sid All',
      'Statement[1]: NotAction/NotResource grant everything else',
      'Statement[1]: Action undefined must be one exact action, without wildcards',
    ]);
  });
});
