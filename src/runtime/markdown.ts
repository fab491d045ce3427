/**
 * Escaping for job summaries. Text that comes from users or AWS (service events, stopped-task
 * reasons, check ids) must not open HTML tags in the summary, and inside a table it must not
 * end the cell or the row.
 */

/** `<` and `>` as entities, so the text cannot inject HTML. */
export function escapeText(value: string): string {
  return value.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escaped text fit for one table cell: pipes escaped, line breaks flattened. */
export function tableCell(value: string): string {
  return escapeText(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
