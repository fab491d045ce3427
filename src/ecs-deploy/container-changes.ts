import type { ContainerDefinition, RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { InputProblem } from '../runtime/errors.js';

export interface ContainerChanges {
  readonly image: string | undefined;
  readonly containerName: string | undefined;
  readonly environment: ReadonlyMap<string, string>;
}

export type AppliedChanges =
  | {
      readonly ok: true;
      readonly definition: RegisterTaskDefinitionCommandInput;
      readonly containerName: string | undefined;
    }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/**
 * Puts `image` into the chosen container and merges `environment` into its variables (a
 * given key replaces the existing value). Without `container-name` the only container is
 * chosen; with several, the error lists their names. Returns a new definition.
 */
export function applyContainerChanges(
  definition: RegisterTaskDefinitionCommandInput,
  changes: ContainerChanges,
): AppliedChanges {
  const containers = definition.containerDefinitions ?? [];
  const names = containers.map((c) => c.name ?? '');
  if (changes.containerName !== undefined && !names.includes(changes.containerName)) {
    return fail(
      'container-name',
      `no container named '${changes.containerName}'. Containers in this task definition: ${names.join(', ')}.`,
    );
  }
  const wantsChange = changes.image !== undefined || changes.environment.size > 0;
  if (!wantsChange) {
    const missingImage = containers.find((c) => !c.image);
    if (missingImage) {
      return fail(
        'image',
        `container '${missingImage.name}' has no image in the task definition; set the image input or add "image" to the file.`,
      );
    }
    return { ok: true, definition, containerName: undefined };
  }

  const target =
    changes.containerName !== undefined
      ? containers.find((c) => c.name === changes.containerName)
      : containers.length === 1
        ? containers[0]
        : undefined;
  if (!target) {
    return fail(
      'container-name',
      `is required because the task definition has ${containers.length} containers: ${names.join(', ')}.`,
    );
  }

  const secretNames = new Set((target.secrets ?? []).map((s) => s.name));
  const clashes = [...changes.environment.keys()].filter((key) => secretNames.has(key));
  if (clashes.length > 0) {
    return fail(
      'environment',
      `${clashes.join(', ')} ${clashes.length === 1 ? 'is' : 'are'} already a secret of container '${target.name}'; ECS rejects a name that is both. Remove ${clashes.length === 1 ? 'it' : 'them'} from environment.`,
    );
  }

  const patched: ContainerDefinition = { ...target };
  if (changes.image !== undefined) patched.image = changes.image;
  if (changes.environment.size > 0) {
    const merged = new Map((target.environment ?? []).map((e) => [e.name ?? '', e.value ?? '']));
    for (const [key, value] of changes.environment) merged.set(key, value);
    patched.environment = [...merged].map(([name, value]) => ({ name, value }));
  }
  if (!patched.image) {
    return fail('image', `container '${target.name}' has no image in the task definition; set the image input.`);
  }
  const others = containers.filter((c) => c !== target);
  const otherWithoutImage = others.find((c) => !c.image);
  if (otherWithoutImage) {
    return fail('task-definition', `container '${otherWithoutImage.name}' has no image.`);
  }

  return {
    ok: true,
    definition: { ...definition, containerDefinitions: containers.map((c) => (c === target ? patched : c)) },
    containerName: target.name,
  };
}

function fail(input: string, message: string): AppliedChanges {
  return { ok: false, problems: [{ input, message }] };
}
