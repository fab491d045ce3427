import type { ChecksDocument } from './checks.js';

/** Header values shorter than this are not secrets; masking `1` would blank every "1" in the log. */
const MIN_SECRET_LENGTH = 4;

/**
 * Header values of the HTTP checks may be credentials: each is handed to `setSecret` (the
 * runner's mask) before any log line could show it. (A URL with a password in it is refused by
 * the checks schema, so none reaches here.)
 */
export function maskCheckSecrets(checks: ChecksDocument, setSecret: (value: string) => void): void {
  for (const check of checks.http) {
    for (const value of Object.values(check.headers)) if (value.length >= MIN_SECRET_LENGTH) setSecret(value);
  }
}
