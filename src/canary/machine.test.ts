import { describe, expect, it } from 'vitest';
import { initialPhase, transition, type Event, type MachineConfig, type Phase } from './machine.js';

const steps = [
  { percent: 5, observeMs: 300_000 },
  { percent: 50, observeMs: 600_000 },
  { percent: 100, observeMs: 900_000 },
];
const config = (overrides: Partial<MachineConfig> = {}): MachineConfig => ({
  steps,
  onInconclusive: 'rollback',
  mode: 'deploy',
  ...overrides,
});
const gate = (verdict: 'pass' | 'fail' | 'inconclusive'): Event => ({ kind: 'gate', verdict, reason: 'r' });

describe('where a run starts', () => {
  it.each<[MachineConfig['mode'], Parameters<typeof initialPhase>[1], Phase['kind'], object]>([
    ['deploy', { kind: 'fresh' }, 'deploy', {}],
    ['deploy', { kind: 'resume', step: 1 }, 'shift', { step: 1 }],
    ['deploy', { kind: 'replace', reason: 'other revision' }, 'restore', { then: 'deploy' }],
    ['promote', { kind: 'fresh' }, 'shift', { step: 2 }],
    ['abort', { kind: 'fresh' }, 'restore', { then: 'scale-in' }],
  ])('mode %s, found %o → %s', (mode, start, kind, fields) => {
    expect(initialPhase(config({ mode }), start)).toMatchObject({ kind, ...fields });
  });
});

describe('transitions', () => {
  const rows: [string, Phase, Event, Partial<MachineConfig>, Phase | { kind: Phase['kind']; [k: string]: unknown }][] =
    [
      ['ready canary gets its first share', { kind: 'deploy' }, { kind: 'ready' }, {}, { kind: 'shift', step: 0 }],
      [
        'unready canary is rolled back',
        { kind: 'deploy' },
        { kind: 'not-ready', reason: 'tasks crash' },
        {},
        { kind: 'restore', then: 'scale-in' },
      ],
      [
        'a verified shift is observed',
        { kind: 'shift', step: 1 },
        { kind: 'shifted' },
        {},
        { kind: 'observe', step: 1 },
      ],
      [
        'a shift that did not stick rolls back',
        { kind: 'shift', step: 1 },
        { kind: 'shift-failed', reason: 'x' },
        {},
        { kind: 'restore' },
      ],
      ['a pass moves to the next step', { kind: 'observe', step: 0 }, gate('pass'), {}, { kind: 'shift', step: 1 }],
      ['a pass at the last step promotes', { kind: 'observe', step: 2 }, gate('pass'), {}, { kind: 'keep-previous' }],
      ['a failure rolls back', { kind: 'observe', step: 1 }, gate('fail'), {}, { kind: 'restore', then: 'scale-in' }],
      [
        'inconclusive rolls back by default',
        { kind: 'observe', step: 0 },
        gate('inconclusive'),
        {},
        { kind: 'restore' },
      ],
      [
        'inconclusive holds when asked',
        { kind: 'observe', step: 0 },
        gate('inconclusive'),
        { onInconclusive: 'hold' },
        { kind: 'done', result: 'held' },
      ],
      [
        'inconclusive continues when asked',
        { kind: 'observe', step: 0 },
        gate('inconclusive'),
        { onInconclusive: 'continue' },
        { kind: 'shift', step: 1 },
      ],
      [
        'a closed window holds',
        { kind: 'shift', step: 1 },
        { kind: 'paused', reason: 'XNYS opens', action: 'hold' },
        {},
        { kind: 'done', result: 'held' },
      ],
      [
        'a closed window can roll back',
        { kind: 'shift', step: 1 },
        { kind: 'paused', reason: 'XNYS opens', action: 'rollback' },
        {},
        { kind: 'restore' },
      ],
      [
        'promote skips observing the final share',
        { kind: 'shift', step: 2 },
        { kind: 'shifted' },
        { mode: 'promote' },
        { kind: 'keep-previous' },
      ],
      [
        'after keeping the previous side it is retired',
        { kind: 'keep-previous' },
        { kind: 'kept' },
        {},
        { kind: 'retire' },
      ],
      ['retired: promoted', { kind: 'retire' }, { kind: 'retired' }, {}, { kind: 'done', result: 'promoted' }],
      [
        'retire failure is still a promotion',
        { kind: 'retire' },
        { kind: 'retire-failed', reason: 'throttled' },
        {},
        { kind: 'done', result: 'promoted' },
      ],
      [
        'restored traffic then scales the canary in',
        { kind: 'restore', reason: 'gate', then: 'scale-in' },
        { kind: 'restored' },
        {},
        { kind: 'scale-in' },
      ],
      [
        'restored traffic then deploys when replacing',
        { kind: 'restore', reason: 'stale', then: 'deploy' },
        { kind: 'restored' },
        {},
        { kind: 'deploy' },
      ],
      [
        'a failed restore fails loudly',
        { kind: 'restore', reason: 'gate', then: 'scale-in' },
        { kind: 'restore-failed', reason: 'AccessDenied' },
        {},
        { kind: 'done', result: 'failed' },
      ],
      [
        'scaled in: rolled back',
        { kind: 'scale-in', reason: 'gate' },
        { kind: 'scaled-in' },
        {},
        { kind: 'done', result: 'rolled-back' },
      ],
      [
        'scale-in failure is still a rollback',
        { kind: 'scale-in', reason: 'gate' },
        { kind: 'scale-in-failed', reason: 'x' },
        {},
        { kind: 'done', result: 'rolled-back' },
      ],
    ];
  it.each(rows)('%s', (_name, phase, event, overrides, expected) => {
    expect(transition(phase, event, config(overrides))).toMatchObject(expected);
  });

  it('says why a rollback happened, naming the step and its share', () => {
    const next = transition(
      { kind: 'observe', step: 1 },
      { kind: 'gate', verdict: 'fail', reason: 'error-rate 0.2' },
      config(),
    );
    expect(next).toEqual({
      kind: 'restore',
      then: 'scale-in',
      reason: 'the gate failed at step 2 (50%): error-rate 0.2',
    });
  });

  it('a failed restore tells the user to check the listener', () => {
    const next = transition(
      { kind: 'restore', reason: 'gate failed', then: 'scale-in' },
      { kind: 'restore-failed', reason: 'AccessDenied' },
      config(),
    );
    expect(next).toMatchObject({
      result: 'failed',
      reason: expect.stringContaining('Check the listener now') as unknown,
    });
  });

  it.each<[Phase, Event]>([
    [{ kind: 'deploy' }, gate('pass')],
    [{ kind: 'observe', step: 0 }, { kind: 'ready' }],
    [{ kind: 'done', result: 'promoted', reason: '' }, { kind: 'ready' }],
  ])('rejects an event that cannot happen: %o + %o', (phase, event) => {
    expect(() => transition(phase, event, config())).toThrow(/cannot happen/);
  });

  it('walks a whole healthy plan to promotion', () => {
    let phase: Phase = initialPhase(config(), { kind: 'fresh' });
    const seen: string[] = [phase.kind];
    const answer = (p: Phase): Event =>
      p.kind === 'deploy'
        ? { kind: 'ready' }
        : p.kind === 'shift'
          ? { kind: 'shifted' }
          : p.kind === 'observe'
            ? gate('pass')
            : p.kind === 'keep-previous'
              ? { kind: 'kept' }
              : { kind: 'retired' };
    while (phase.kind !== 'done') {
      phase = transition(phase, answer(phase), config());
      seen.push(phase.kind === 'shift' || phase.kind === 'observe' ? `${phase.kind}${phase.step}` : phase.kind);
    }
    expect(seen).toEqual([
      'deploy',
      'shift0',
      'observe0',
      'shift1',
      'observe1',
      'shift2',
      'observe2',
      'keep-previous',
      'retire',
      'done',
    ]);
  });
});
