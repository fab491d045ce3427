import {
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  AddTagsCommand,
  type ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';

/**
 * Where rollout leases live: one Elastic Load Balancing target group per lease, attached to
 * nothing (it costs nothing and routes nothing). CreateTargetGroup refuses a name that exists with
 * other settings (DuplicateTargetGroupName), so of two runs that create the same lease at once
 * exactly one succeeds: the check and the write are one operation on AWS's side. Every lease's
 * health-check path carries its owner's id, so two owners never ask for "the same settings" (which
 * the API would answer as an idempotent success), while the same owner retrying its own request
 * is answered as one. A lease is removed by its ARN, which no other lease shares, so a run can
 * only ever delete the lease it read.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
 */
export interface LeaseStore {
  /** Creates the lease; `taken` when a lease of that name exists already. */
  create(name: string, ownerId: string, tags: Readonly<Record<string, string>>): Promise<{ arn: string } | 'taken'>;
  /** The lease of that name and its tags, if there is one. */
  find(name: string): Promise<StoredLease | undefined>;
  /** Rewrites the lease's tags; false when the lease no longer exists. */
  update(arn: string, tags: Readonly<Record<string, string>>): Promise<boolean>;
  /** Whether this very lease still exists (a lease of the same name created since is another). */
  exists(arn: string): Promise<boolean>;
  /** Deletes exactly this lease; deleting one that is gone succeeds. */
  remove(arn: string): Promise<void>;
}

export interface StoredLease {
  readonly arn: string;
  /** The owner id written into the lease when it was created. */
  readonly ownerId: string;
  readonly tags: Readonly<Record<string, string>>;
}

const PATH_PREFIX = '/trading-actions/lease/';

export function createLeaseStore(client: ElasticLoadBalancingV2Client): LeaseStore {
  return {
    async create(name, ownerId, tags) {
      try {
        const out = await client.send(
          new CreateTargetGroupCommand({
            Name: name,
            TargetType: 'lambda',
            HealthCheckEnabled: true,
            HealthCheckPath: `${PATH_PREFIX}${ownerId}`,
            Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
          }),
        );
        const arn = out.TargetGroups?.[0]?.TargetGroupArn;
        if (!arn) throw new Error('CreateTargetGroup returned no target group');
        return { arn };
      } catch (error) {
        if (error instanceof Error && error.name === 'DuplicateTargetGroupNameException') return 'taken';
        throw error;
      }
    },

    async find(name) {
      let group;
      try {
        const out = await client.send(new DescribeTargetGroupsCommand({ Names: [name] }));
        group = out.TargetGroups?.[0];
      } catch (error) {
        if (error instanceof Error && error.name === 'TargetGroupNotFoundException') return undefined;
        throw error;
      }
      const arn = group?.TargetGroupArn;
      if (!group || !arn) return undefined;
      const tags = await readTags(client, arn);
      if (!tags) return undefined;
      const path = group.HealthCheckPath ?? '';
      return { arn, ownerId: path.startsWith(PATH_PREFIX) ? path.slice(PATH_PREFIX.length) : '', tags };
    },

    async update(arn, tags) {
      try {
        await client.send(
          new AddTagsCommand({
            ResourceArns: [arn],
            Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof Error && error.name === 'TargetGroupNotFoundException') return false;
        throw error;
      }
    },

    async exists(arn) {
      return (await readTags(client, arn)) !== undefined;
    },

    async remove(arn) {
      try {
        await client.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn }));
      } catch (error) {
        if (error instanceof Error && error.name === 'TargetGroupNotFoundException') return;
        throw error;
      }
    },
  };
}

/** The lease's tags; undefined when it was deleted between the two reads. */
async function readTags(
  client: ElasticLoadBalancingV2Client,
  arn: string,
): Promise<Record<string, string> | undefined> {
  try {
    const out = await client.send(new DescribeTagsCommand({ ResourceArns: [arn] }));
    return Object.fromEntries((out.TagDescriptions?.[0]?.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  } catch (error) {
    if (error instanceof Error && error.name === 'TargetGroupNotFoundException') return undefined;
    throw error;
  }
}
