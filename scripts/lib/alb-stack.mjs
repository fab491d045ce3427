// @ts-check
// Arranges a blue/green pair in moto the way a platform team would have it in AWS: a VPC with two
// subnets, an ALB with a listener forwarding 100/0 to two target groups, an ECS cluster with one
// task-definition family and two services, each registered in its target group. moto's services
// never start tasks or register targets, so the targets are registered here (moto reports them
// healthy). Used by the canary integration tests, the bundle tests, the demo and the benchmark.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { URLSearchParams } from 'node:url';

export const STACK = {
  cluster: 'trading-prod',
  family: 'order-router',
  container: 'router',
  blueService: 'order-router-blue',
  greenService: 'order-router-green',
};

const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/**
 * @typedef {object} AlbStack
 * @property {string} loadBalancerArn
 * @property {string} listenerArn
 * @property {string} blueTargetGroup
 * @property {string} greenTargetGroup
 * @property {string} taskDefinitionArn  revision 1, which blue runs
 * @property {string} vpcId
 */

/**
 * @param {string} endpoint  moto's URL
 * @param {{ region?: string, desiredCount?: number }} [options]
 * @returns {Promise<AlbStack>}
 */
export async function createAlbStack(endpoint, options = {}) {
  const region = options.region ?? 'us-east-1';
  const desiredCount = options.desiredCount ?? 2;
  const settings = { region, endpoint, credentials: CREDENTIALS, maxAttempts: 1 };
  const elb = new ElasticLoadBalancingV2Client(settings);
  const ecs = new ECSClient(settings);
  try {
    const vpcId = tagValue(await ec2(endpoint, region, { Action: 'CreateVpc', CidrBlock: '10.20.0.0/16' }), 'vpcId');
    const subnets = [];
    for (const [index, zone] of ['a', 'b'].entries()) {
      const created = await ec2(endpoint, region, {
        Action: 'CreateSubnet',
        VpcId: vpcId,
        CidrBlock: `10.20.${index}.0/24`,
        AvailabilityZone: `${region}${zone}`,
      });
      subnets.push(tagValue(created, 'subnetId'));
    }
    const securityGroup = tagValue(
      await ec2(endpoint, region, {
        Action: 'CreateSecurityGroup',
        GroupName: 'order-router',
        GroupDescription: 'order router tasks',
        VpcId: vpcId,
      }),
      'groupId',
    );

    const lb = await elb.send(
      new CreateLoadBalancerCommand({ Name: 'trading-prod', Subnets: subnets, Type: 'application' }),
    );
    const loadBalancerArn = lb.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
    /** @param {string} name */
    const targetGroup = async (name) =>
      (
        await elb.send(
          new CreateTargetGroupCommand({ Name: name, Protocol: 'HTTP', Port: 8080, VpcId: vpcId, TargetType: 'ip' }),
        )
      ).TargetGroups?.[0]?.TargetGroupArn ?? '';
    const blueTargetGroup = await targetGroup('order-router-blue');
    const greenTargetGroup = await targetGroup('order-router-green');
    const listener = await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: loadBalancerArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: blueTargetGroup, Weight: 100 },
                { TargetGroupArn: greenTargetGroup, Weight: 0 },
              ],
            },
          },
        ],
      }),
    );
    const listenerArn = listener.Listeners?.[0]?.ListenerArn ?? '';
    for (const [arn, base] of [
      [blueTargetGroup, 10],
      [greenTargetGroup, 20],
    ]) {
      const Targets = Array.from({ length: desiredCount }, (_, i) => ({
        Id: `10.20.0.${Number(base) + i}`,
        Port: 8080,
      }));
      await elb.send(new RegisterTargetsCommand({ TargetGroupArn: String(arn), Targets }));
    }

    await ecs.send(new CreateClusterCommand({ clusterName: STACK.cluster }));
    const registered = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: STACK.family,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '512',
        memory: '1024',
        containerDefinitions: [
          {
            name: STACK.container,
            image: 'registry.example/order-router:1.0.0',
            memory: 1024,
            portMappings: [{ containerPort: 8080 }],
          },
        ],
      }),
    );
    const taskDefinitionArn = registered.taskDefinition?.taskDefinitionArn ?? '';
    for (const [serviceName, arn, count] of [
      [STACK.blueService, blueTargetGroup, desiredCount],
      [STACK.greenService, greenTargetGroup, 0],
    ]) {
      await ecs.send(
        new CreateServiceCommand({
          cluster: STACK.cluster,
          serviceName: String(serviceName),
          taskDefinition: taskDefinitionArn,
          desiredCount: Number(count),
          launchType: 'FARGATE',
          networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups: [securityGroup] } },
          loadBalancers: [{ targetGroupArn: String(arn), containerName: STACK.container, containerPort: 8080 }],
        }),
      );
    }
    return { loadBalancerArn, listenerArn, blueTargetGroup, greenTargetGroup, taskDefinitionArn, vpcId };
  } finally {
    elb.destroy();
    ecs.destroy();
  }
}

/**
 * One EC2 Query API call. The SDK's EC2 client is not a dependency of this project (no action
 * calls EC2), and moto does not check signatures, so a form POST is enough to arrange a VPC.
 * @param {string} endpoint
 * @param {string} region
 * @param {Record<string, string>} params
 */
async function ec2(endpoint, region, params) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${region}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ ...params, Version: '2016-11-15' }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`EC2 ${params.Action} failed: ${text.slice(0, 300)}`);
  return text;
}

/**
 * @param {string} xml
 * @param {string} tag
 */
function tagValue(xml, tag) {
  const match = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(xml);
  if (!match?.[1]) throw new Error(`no <${tag}> in EC2 response: ${xml.slice(0, 300)}`);
  return match[1];
}
