/** One thing wrong with one input, phrased so the user can fix it. */
export interface InputProblem {
  /** The input's name as written in action.yml (`task-definition`), or a file path. */
  readonly input: string;
  readonly message: string;
}

/**
 * A mistake the user can fix in their workflow or their AWS set-up. It is reported without a
 * stack trace; anything else that is thrown is treated as a bug in this suite.
 */
export class ConfigurationError extends Error {
  readonly problems: readonly InputProblem[];

  constructor(problems: readonly InputProblem[] | string) {
    const list = typeof problems === 'string' ? [] : problems;
    super(typeof problems === 'string' ? problems : formatProblems(list));
    this.name = 'ConfigurationError';
    this.problems = list;
  }
}

/**
 * The action did its work but the outcome is a failure (a rollout rolled back, a gate failed).
 * The report has already been written; the message says what happened.
 */
export class OutcomeFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutcomeFailedError';
  }
}

function formatProblems(problems: readonly InputProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  const lines = problems.map((p) => `  - ${p.input}: ${p.message}`);
  return [`${problems.length} input ${noun} (nothing was changed in AWS):`, ...lines].join('\n');
}
