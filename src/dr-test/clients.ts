// Builds the SDK clients and ports of both regions, once, for the main and the post step (the
// two entry points of the action share it; nothing in the domain imports it).
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import type { AwsClientSettings } from '../aws/client-config.js';
import { createCloudWatchPort } from '../aws/cloudwatch.js';
import { createEcrReplicationPort } from '../aws/ecr-replication.js';
import { createStandbyPort } from '../aws/ecs-standby.js';
import { createRdsPort } from '../aws/rds.js';
import { createS3Port } from '../aws/s3.js';
import type { DrillDeps } from './drill.js';

/** The AWS ports of a drill, both regions. */
export type RegionPorts = Pick<DrillDeps, 'primary' | 'recovery'>;

export function createRegionPorts(primary: AwsClientSettings, recovery: AwsClientSettings): RegionPorts {
  return {
    primary: {
      rds: createRdsPort(new RDSClient(primary)),
      s3: createS3Port(new S3Client(primary)),
      ecr: createEcrReplicationPort(new ECRClient(primary)),
      cloudwatch: createCloudWatchPort(new CloudWatchClient(primary)),
    },
    recovery: {
      rds: createRdsPort(new RDSClient(recovery)),
      s3: createS3Port(new S3Client(recovery)),
      ecr: createEcrReplicationPort(new ECRClient(recovery)),
      standby: createStandbyPort(new ECSClient(recovery), new ElasticLoadBalancingV2Client(recovery)),
    },
  };
}
