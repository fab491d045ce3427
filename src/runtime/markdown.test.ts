import { describe, expect, it } from 'vitest';
import { capitalise, escapeText, tableCell } from './markdown.js';

describe('summary escaping', () => {
  it('keeps AWS text from opening HTML tags', () => {
    expect(escapeText('CannotPullContainerError: <script>')).toBe('CannotPullContainerError: &lt;script&gt;');
  });
  it('keeps a table cell one cell', () => {
    expect(tableCell('a | b\r\nc <d>')).toBe('a \\| b c &lt;d&gt;');
  });
  it('capitalises the first letter only', () => {
    expect(capitalise('every step passed')).toBe('Every step passed');
  });
});
