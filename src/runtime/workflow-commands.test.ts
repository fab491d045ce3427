import { describe, expect, it } from 'vitest';
import { parseOutputFile } from '../../scripts/lib/run-action.mjs';
import { escapeData, fileCommandEntry, inputVariable, workflowCommand } from './workflow-commands.js';

describe('the runner protocol', () => {
  it('keeps a multi-line message in one command, so the annotation shows all of it', () => {
    expect(workflowCommand('error', '2 input problems:\n  - timeout: 100% wrong\r')).toBe(
      '::error::2 input problems:%0A  - timeout: 100%25 wrong%0D',
    );
  });

  it('escapes property separators so a file name cannot break the command', () => {
    expect(workflowCommand('warning', 'x', { file: 'a:b,c.ts', line: '3' })).toBe(
      '::warning file=a%3Ab%2Cc.ts,line=3::x',
    );
  });

  it('masks a secret exactly as given', () => {
    expect(workflowCommand('add-mask', 'Bearer s3cr%t')).toBe(`::add-mask::${escapeData('Bearer s3cr%t')}`);
  });

  it('names input variables as the runner does', () => {
    expect(inputVariable('task-definition')).toBe('INPUT_TASK-DEFINITION');
    expect(inputVariable('dry run')).toBe('INPUT_DRY_RUN');
  });

  it('writes outputs that the runner reads back whole, multi-line JSON included', () => {
    const report = JSON.stringify({ a: 'line1\nline2' }, null, 2);
    const file =
      fileCommandEntry('report', report, 'ghadelimiter_1') + fileCommandEntry('result', 'deployed', 'ghadelimiter_2');
    expect(parseOutputFile(file)).toEqual({ report, result: 'deployed' });
  });

  it('refuses a value that would close its own delimiter and inject outputs', () => {
    expect(() => fileCommandEntry('x', 'a\nghadelimiter_1\ninjected<<y', 'ghadelimiter_1')).toThrow(/refusing/);
  });
});
