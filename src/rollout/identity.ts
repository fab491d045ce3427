/**
 * Who is rolling out, for the lease on the route: a fresh id per run, the workflow run (so a
 * re-run of the same run may take over what an earlier attempt left), and a label for people
 * that says where to look.
 */
export function rolloutIdentity(
  env: Readonly<Record<string, string | undefined>>,
  rolloutId: string,
): { rolloutId: string; run: string; holder: string } {
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) {
    const who = env.USER ?? env.USERNAME ?? 'someone';
    return { rolloutId, run: '', holder: `a local run by ${who}` };
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const attempt = env.GITHUB_RUN_ATTEMPT ? ` attempt ${env.GITHUB_RUN_ATTEMPT}` : '';
  const job = env.GITHUB_WORKFLOW ? ` (${env.GITHUB_WORKFLOW}${env.GITHUB_JOB ? ` / ${env.GITHUB_JOB}` : ''})` : '';
  return {
    rolloutId,
    run: `${repository}/${runId}`,
    holder: `${server}/${repository}/actions/runs/${runId}${attempt}${job}`,
  };
}
