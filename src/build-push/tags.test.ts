import { describe, expect, test } from 'vitest';
import { imageLabels } from './labels.js';
import { defaultTags, tagSafe, TAG_PATTERN } from './tags.js';

const SHA = '3f2a9c1d0b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b';

describe('tagSafe', () => {
  test.each([
    ['main', 'main'],
    ['feature/ABC-12', 'feature-abc-12'],
    ['123/merge', '123-merge'],
    ['release/v1.4.0', 'release-v1.4.0'],
    ['.hidden', 'hidden'],
    ['--x', 'x'],
    ['-.-weird', 'weird'],
    ['ümlaut+plus', 'mlaut-plus'],
    ['', ''],
  ])('%j becomes %j', (name, expected) => {
    expect(tagSafe(name)).toBe(expected);
  });

  test('is cut at 128 characters and the result is a valid tag', () => {
    const long = tagSafe(`feature/${'x'.repeat(300)}`);
    expect(long).toHaveLength(128);
    expect(TAG_PATTERN.test(long)).toBe(true);
  });
});

describe('default tags', () => {
  test('the commit SHA and the branch name, never latest', () => {
    expect(defaultTags({ sha: SHA, refName: 'Feature/Risk-Limits', refType: 'branch' }, false)).toEqual({
      tags: [SHA, 'feature-risk-limits'],
      notes: [],
    });
  });

  test('a branch literally named latest does not produce the latest tag', () => {
    const tags = defaultTags({ sha: SHA, refName: 'latest', refType: 'branch' }, false);
    expect(tags.tags).toEqual([SHA]);
    expect(tags.notes[0]).toContain("'latest' is not used");
  });

  test('an immutable repository gets no branch tag (it could be pushed once), but keeps a release tag', () => {
    const branch = defaultTags({ sha: SHA, refName: 'main', refType: 'branch' }, true);
    expect(branch.tags).toEqual([SHA]);
    expect(branch.notes[0]).toContain("branch tag 'main' left out");
    expect(defaultTags({ sha: SHA, refName: 'v1.4.0', refType: 'tag' }, true).tags).toEqual([SHA, 'v1.4.0']);
  });
});

describe('image labels', () => {
  test('the OCI source, revision and created labels come first, then the user labels', () => {
    const labels = imageLabels(
      { serverUrl: 'https://github.com/', repository: 'org/order-router', sha: SHA },
      Date.parse('2026-11-23T14:00:00Z'),
      new Map([['com.example.team', 'execution']]),
    );
    expect([...labels]).toEqual([
      ['org.opencontainers.image.source', 'https://github.com/org/order-router'],
      ['org.opencontainers.image.revision', SHA],
      ['org.opencontainers.image.created', '2026-11-23T14:00:00.000Z'],
      ['com.example.team', 'execution'],
    ]);
  });

  test('outside Actions, missing context leaves its label out instead of writing an empty one', () => {
    const labels = imageLabels({}, 0, new Map());
    expect([...labels.keys()]).toEqual(['org.opencontainers.image.created']);
  });
});
