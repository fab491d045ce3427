import { describe, expect, test } from 'vitest';
import type { Threshold } from './checks.js';
import { describeThreshold, meetsThreshold, parseThreshold } from './threshold.js';

function threshold(text: string): Threshold {
  const parsed = parseThreshold(text);
  if (parsed === undefined) throw new Error(`test threshold '${text}' does not parse`);
  return parsed;
}

describe('parseThreshold', () => {
  test.each([
    ['< 0.01', '<', 0.01],
    ['<=250', '<=', 250],
    ['> 0', '>', 0],
    ['>= 99.5', '>=', 99.5],
    ['== 0', '==', 0],
    ['!= 1', '!=', 1],
    ['<-3', '<', -3],
    ['> +2', '>', 2],
    ['< 1e-3', '<', 0.001],
    ['<= 2.5E2', '<=', 250],
    ['< .5', '<', 0.5],
    ['>=   7', '>=', 7],
  ] as const)('%j compares with %s against %d', (text, operator, value) => {
    expect(parseThreshold(text)).toEqual({ operator, value, text });
  });

  test('surrounding white space is dropped from the text shown in reports', () => {
    expect(parseThreshold('  < 0.01\n')).toEqual({ operator: '<', value: 0.01, text: '< 0.01' });
  });

  test.each([
    ['<< 0.01', 'a doubled operator'],
    ['0.01', 'a bare number, which says nothing about the direction'],
    ['= 1', 'a single equals sign'],
    ['=< 1', 'an operator written backwards'],
    ['< 1%', 'a percentage'],
    ['<', 'an operator without a number'],
    ['', 'nothing'],
    ['< abc', 'a word instead of a number'],
    ['< 1 2', 'two numbers'],
    ['< 0x10', 'a hexadecimal number'],
    ['< 1e999', 'a number too large to represent'],
    ['≤ 1', 'a typographic operator'],
    ['< 1,5', 'a decimal comma'],
  ])('%j is rejected: %s', (text) => {
    expect(parseThreshold(text)).toBeUndefined();
  });
});

describe('meetsThreshold', () => {
  test.each([
    [0.009, '< 0.01', true],
    [0.01, '< 0.01', false],
    [250, '<= 250', true],
    [250.1, '<= 250', false],
    [0, '> 0', false],
    [1, '> 0', true],
    [99.5, '>= 99.5', true],
    [99.4, '>= 99.5', false],
    [0, '== 0', true],
    [1, '== 0', false],
    [2, '!= 1', true],
    [1, '!= 1', false],
    [-4, '< -3', true],
  ])('%d against %j is %s', (value, text, expected) => {
    expect(meetsThreshold(value, threshold(text))).toBe(expected);
  });

  test.each([NaN, Infinity, -Infinity])('%d meets no threshold, not even != 1, because it is not evidence', (value) => {
    for (const text of ['< 1', '> 1', '!= 1', '<= 1e300', '>= -1e300']) {
      expect(meetsThreshold(value, threshold(text))).toBe(false);
    }
  });
});

describe('describeThreshold', () => {
  test.each([
    ['< 0.01', 'below 0.01'],
    ['<= 250', 'at most 250'],
    ['> 0', 'above 0'],
    ['>= 99.5', 'at least 99.5'],
    ['== 0', 'exactly 0'],
    ['!= 1', 'anything but 1'],
    ['< 1e-3', 'below 0.001'],
  ])('%j reads as "%s" in a report', (text, words) => {
    expect(describeThreshold(threshold(text))).toBe(words);
  });
});
