/**
 * The GitHub Actions runner protocol, as pure functions: workflow commands written to stdout
 * (`::error::…`, `::add-mask::…`, `::group::…`) and the file commands behind GITHUB_OUTPUT.
 *
 * We speak it directly instead of through @actions/core: importing that package evaluates its
 * OIDC client and the HTTP stack under it (undici, about 470 KiB) at start-up even when unused,
 * which measured ~50 ms of every action's cold start on this kind of machine (see the README's
 * figures). What we need of it is these few lines of a documented, stable protocol.
 */

/** Escapes a command's message: %, CR and LF would otherwise end or corrupt the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value, where `:` and `,` are separators too. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,key=value::message` */
export function workflowCommand(
  name: string,
  message: string,
  properties: Readonly<Record<string, string>> = {},
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The environment variable the runner sets for an input: `task-definition` → `INPUT_TASK-DEFINITION`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The environment variable a `post:` step reads a saved state from: `rollout` → `STATE_rollout`. */
export function stateVariable(name: string): string {
  return `STATE_${name}`;
}

/**
 * One `name<<delimiter` entry for GITHUB_OUTPUT (or GITHUB_ENV, GITHUB_STATE). The delimiter is
 * random per entry; a value that contained it could inject further outputs, so that is refused.
 */
export function fileCommandEntry(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output ${name} contains the delimiter ${delimiter}; refusing to write it`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
