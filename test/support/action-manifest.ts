/** Reads an action.yml and what an input parser reads, so a test can hold the two together. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InputReader } from '../../src/runtime/inputs.js';

export interface ActionInput {
  readonly description?: string;
  readonly required?: boolean;
  readonly default?: string;
}

export interface ActionManifest {
  readonly name: string;
  readonly description: string;
  readonly inputs: Record<string, ActionInput>;
  readonly outputs: Record<string, { readonly description: string }>;
  readonly branding: Record<string, string>;
  readonly runs: { readonly using: string; readonly main: string };
}

export function manifestUrl(action: string): URL {
  return new URL(`../../actions/${action}/action.yml`, import.meta.url);
}

export function loadManifest(url: URL): ActionManifest {
  return parse(readFileSync(url, 'utf8')) as ActionManifest;
}

/** The inputs a parser reads with everything empty, with the defaults it applies. */
export function parserDefaults(read: (reader: InputReader) => unknown): Map<string, string | undefined> {
  const reader = new InputReader(() => '');
  read(reader);
  return reader.defaults;
}
