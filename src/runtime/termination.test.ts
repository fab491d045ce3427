import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { RecordingLogger } from './logger.js';
import { guardTermination, type SignalSource } from './termination.js';

function harness() {
  const emitter = new EventEmitter();
  const signals = emitter as unknown as SignalSource;
  const exits: number[] = [];
  const restores: string[] = [];
  let finishRestore: () => void = () => undefined;
  const logger = new RecordingLogger();
  const guard = guardTermination(
    (signal) => {
      restores.push(signal);
      return new Promise<void>((resolve) => (finishRestore = resolve));
    },
    logger,
    signals,
    (code) => exits.push(code),
  );
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { emitter, exits, restores, logger, guard, settle, finish: () => finishRestore() };
}

describe('restoring when the job is cancelled', () => {
  it('restores on SIGTERM and exits 143 only after the restore finished', async () => {
    const h = harness();
    h.emitter.emit('SIGTERM', 'SIGTERM');
    expect(h.restores).toEqual(['SIGTERM']);
    await h.settle();
    expect(h.exits).toEqual([]);
    h.finish();
    await h.settle();
    expect(h.exits).toEqual([143]);
  });

  it('restores once when the runner follows SIGINT with SIGTERM', async () => {
    const h = harness();
    h.emitter.emit('SIGINT', 'SIGINT');
    h.emitter.emit('SIGTERM', 'SIGTERM');
    h.finish();
    await h.settle();
    expect(h.restores).toEqual(['SIGINT']);
    expect(h.exits).toEqual([130]);
    expect(h.logger.messages('warning').join('\n')).toContain('still restoring');
  });

  it('exits even when the restore fails, and says why', async () => {
    const emitter = new EventEmitter();
    const exits: number[] = [];
    const logger = new RecordingLogger();
    guardTermination(
      () => Promise.reject(new Error('listener unreachable')),
      logger,
      emitter,
      (c) => exits.push(c),
    );
    emitter.emit('SIGTERM', 'SIGTERM');
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([143]);
    expect(logger.messages('error').join('\n')).toContain('listener unreachable');
  });

  it('stops listening once released', () => {
    const h = harness();
    h.guard.release();
    h.emitter.emit('SIGTERM', 'SIGTERM');
    expect(h.restores).toEqual([]);
    expect(h.emitter.listenerCount('SIGTERM')).toBe(0);
  });
});
