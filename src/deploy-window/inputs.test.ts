import { describe, expect, it } from 'vitest';
import { loadManifest, manifestUrl, parserDefaults } from '../../test/support/action-manifest.js';
import { ConfigurationError } from '../runtime/errors.js';
import { InputReader } from '../runtime/inputs.js';
import { parseDeployWindowActionInputs, readDeployWindowActionInputs, readDeployWindowInputs } from './inputs.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('the shared deploy-window inputs', () => {
  it('leave deploys unrestricted when no window is set', () => {
    const reader = new InputReader(read({}));
    expect(readDeployWindowInputs(reader)).toEqual({
      policy: undefined,
      onClosedWindow: 'fail',
      overrideReason: undefined,
    });
    expect(reader.problems).toEqual([]);
    expect([...reader.defaults.keys()]).toEqual(['deploy-window', 'on-closed-window', 'override-reason']);
  });

  it('report a policy syntax error with its column, alongside the deploying action’s own problems', () => {
    const reader = new InputReader(
      read({ 'deploy-window': 'outside XNYS reglar', 'on-closed-window': 'continue', 'override-reason': 'hotfix' }),
    );
    readDeployWindowInputs(reader);
    reader.problem('cluster', 'is required.');
    expect(() => reader.throwIfProblems()).toThrow(ConfigurationError);
    const messages = reader.problems.map((p) => `${p.input}: ${p.message}`);
    expect(messages[0]).toBe("on-closed-window: 'continue' is not valid. Valid values are: fail, wait.");
    expect(messages[1]).toMatch(
      /^deploy-window: column 14: expected 'regular', ';' between clauses, or the end of the policy, found 'reglar'\. Examples: /,
    );
    expect(messages[2]).toMatch(/^override-reason: 'hotfix' is too short to explain an emergency deploy\./);
    expect(messages[3]).toBe('cluster: is required.');
  });
});

describe('deploy-window action inputs', () => {
  it('need a policy, and default to failing a closed window, waiting at most 6h', () => {
    expect(() => parseDeployWindowActionInputs(read({}))).toThrow(/deploy-window: is required/);
    const inputs = parseDeployWindowActionInputs(read({ 'deploy-window': 'outside XNYS regular' }));
    expect(inputs).toMatchObject({ onClosedWindow: 'fail', waitTimeoutMs: 6 * 3_600_000, overrideReason: undefined });
    expect(inputs.policy.clauses).toEqual([{ kind: 'outside', exchanges: ['XNYS'] }]);
  });

  it('accept continue, for a workflow that branches on the outputs', () => {
    const inputs = parseDeployWindowActionInputs(
      read({ 'deploy-window': 'never', 'on-closed-window': 'Continue', timeout: '2h' }),
    );
    expect(inputs).toMatchObject({ onClosedWindow: 'continue', waitTimeoutMs: 7_200_000 });
  });
});

describe('deploy-window action.yml agrees with the parser', () => {
  const manifest = loadManifest(manifestUrl('deploy-window'));
  const defaults = parserDefaults((reader) => readDeployWindowActionInputs(reader));

  it('declares exactly the inputs the parser reads', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...defaults.keys()].sort());
  });

  it("declares the parser's defaults", () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect({ name, default: input.default }).toEqual({ name, default: defaults.get(name) });
    }
  });

  it('documents every output it sets', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(
      ['closes-at', 'next-open', 'open', 'override-reason', 'overridden', 'reason'].sort(),
    );
    expect(manifest.runs).toEqual({ using: 'node24', main: '../../dist/deploy-window/index.js' });
  });
});
