/**
 * One `checks` document serves every release, whichever colour is live: it names the sides by
 * role, and the rollout fills in the colours it found. `${canary}` and `${baseline}` are the
 * CloudWatch `TargetGroup` dimension values (`targetgroup/name/id`) of the idle and live target
 * groups, which is what ALB metrics and the alb-target-group preset need.
 */
export const PLACEHOLDERS = {
  canary: 'TargetGroup dimension of the side receiving the new version',
  baseline: 'TargetGroup dimension of the live side',
  'load-balancer': 'LoadBalancer dimension (app/name/id) of the load balancer',
  'canary-service': 'ECS service name of the canary side',
  'baseline-service': 'ECS service name of the live side',
  cluster: 'the ECS cluster',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Readonly<Record<PlaceholderName, string>>;

const PLACEHOLDER = /\$\{([A-Za-z0-9_-]+)\}/g;

/** Whether the text names any placeholder at all. */
export function usesPlaceholders(text: string): boolean {
  return [...text.matchAll(PLACEHOLDER)].length > 0;
}

/** Placeholders the text uses that do not exist, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((name) => !(name in PLACEHOLDERS)))];
}

/** The text with every known placeholder replaced; unknown ones are left for the caller to report. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    name in PLACEHOLDERS ? values[name as PlaceholderName] : whole,
  );
}

/** Stand-ins shaped like real values, used to validate a document before the real ones are known. */
export const SAMPLE_VALUES: PlaceholderValues = {
  canary: 'targetgroup/canary/0123456789abcdef',
  baseline: 'targetgroup/baseline/0123456789abcdef',
  'load-balancer': 'app/load-balancer/0123456789abcdef',
  'canary-service': 'canary-service',
  'baseline-service': 'baseline-service',
  cluster: 'cluster',
};
