/** Arranges a small ECS estate in moto: a cluster and a service on revision 1 of a family. */
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';

export const CLUSTER = 'trading-prod';
export const SERVICE = 'order-router';
export const FAMILY = 'order-router';

export async function createServiceOnRevisionOne(ecs: ECSClient): Promise<string> {
  await ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
  const registered = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: FAMILY,
      containerDefinitions: [
        {
          name: 'router',
          image: 'registry.example/order-router:1.0.0',
          memory: 512,
          environment: [{ name: 'VENUE', value: 'XNYS' }],
        },
        { name: 'log-router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable', memory: 128 },
      ],
    }),
  );
  const arn = registered.taskDefinition?.taskDefinitionArn ?? '';
  await ecs.send(
    new CreateServiceCommand({ cluster: CLUSTER, serviceName: SERVICE, taskDefinition: arn, desiredCount: 2 }),
  );
  return arn;
}

export async function registeredRevisions(ecs: ECSClient): Promise<string[]> {
  const out = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: FAMILY }));
  return out.taskDefinitionArns ?? [];
}

/** A task-definition file as a team would commit it (YAML), for the order router. */
export const TASK_DEFINITION_YAML = `
family: ${FAMILY}
containerDefinitions:
  - name: router
    image: registry.example/order-router:placeholder
    memory: 512
    essential: true
    environment:
      - name: VENUE
        value: XNYS
  - name: log-router
    image: public.ecr.aws/aws-observability/aws-for-fluent-bit:stable
    memory: 128
`;
