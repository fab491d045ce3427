/**
 * What ecs-deploy's main step saves for its post step (GITHUB_STATE), in one place: the post step
 * acts only when the main step did not finish (cancelled, killed by a timeout, crashed).
 */
export const POST_STATE = {
  /** The native service deployment the main step started or followed. */
  serviceDeploymentArn: 'service-deployment-arn',
  /** The service's lease the main step held, to give up if it could not. */
  leaseArn: 'lease-arn',
  /** 'true' once the main step decided the deployment's fate (any result). */
  finished: 'finished',
} as const;
