// @ts-check
// The fake `docker` for build-push tests. It does what the action relies on and nothing more:
//   docker login --username U --password-stdin REGISTRY
//     reads the password from stdin and records that one arrived (its SHA-256, never the value);
//   docker buildx build … --metadata-file F [--push] CONTEXT
//     records the arguments; with --push it refuses a registry it has no login for, then "pushes"
//     a small manifest per tag with ECR's PutImage (moto, through AWS_ENDPOINT_URL), so the digest
//     really exists for the scan; it writes F with the `containerimage.digest` buildx would write.
// Environment:
//   FAKE_DOCKER_LOG          JSON-lines file; one line per invocation ({ argv, stdin? }).
//   FAKE_DOCKER_SCAN_RESULT  JSON { imageScanStatus, imageScanFindings } queued in moto for the
//                            pushed digest, as ECR's scanner would produce it.
//   FAKE_DOCKER_BUILD_EXIT   make `buildx build` fail with this exit code.
import { ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const log = process.env.FAKE_DOCKER_LOG;
const loginsFile = log ? `${log}.logins.json` : undefined;
const sha256 = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');

/** @param {Record<string, unknown>} entry */
function record(entry) {
  if (log) appendFileSync(log, `${JSON.stringify({ argv, ...entry })}\n`);
}

/** @returns {Record<string, string>} registry → SHA-256 of the password it was given */
function logins() {
  return loginsFile && existsSync(loginsFile) ? JSON.parse(readFileSync(loginsFile, 'utf8')) : {};
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

/** @param {string} name */
function option(name) {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

/** @param {string} name */
function options(name) {
  return argv.flatMap((arg, i) => (arg === name && argv[i + 1] !== undefined ? [argv[i + 1] ?? ''] : []));
}

/** @param {string} message */
function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function login() {
  if (!argv.includes('--password-stdin')) fail('fake docker: only --password-stdin logins are supported');
  const registry = argv[argv.length - 1] ?? '';
  const password = (await readStdin()).replace(/\r?\n$/, '');
  if (!password) fail('Error: Cannot perform an interactive login from a non TTY device');
  record({ stdin: { received: true, sha256: sha256(password) } });
  if (loginsFile) writeFileSync(loginsFile, JSON.stringify({ ...logins(), [registry]: sha256(password) }));
  process.stdout.write('Login Succeeded\n');
}

async function build() {
  record({});
  const metadataFile = option('--metadata-file');
  const refs = options('--tag');
  const push = argv.includes('--push');
  process.stdout.write(
    '#0 building with "default" instance using docker driver\n#1 [internal] load build definition\n',
  );
  const exit = Number(process.env.FAKE_DOCKER_BUILD_EXIT ?? 0);
  if (exit) fail('ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2', exit);

  // The "image": a manifest whose layer stands for everything that shaped the build, so two
  // different builds get different digests (moto derives the digest from the layer digests).
  const shapedBy = `sha256:${sha256(JSON.stringify(argv.filter((arg) => arg !== metadataFile)))}`;
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 2, digest: shapedBy },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 32, digest: shapedBy }],
  });
  let digest = `sha256:${sha256(manifest)}`;

  if (push) {
    const ecr = new ECRClient({ maxAttempts: 1 });
    for (const ref of refs) {
      const slash = ref.indexOf('/');
      const colon = ref.lastIndexOf(':');
      const registry = ref.slice(0, slash);
      const repositoryName = ref.slice(slash + 1, colon);
      const imageTag = ref.slice(colon + 1);
      if (!logins()[registry])
        fail(
          `ERROR: failed to push ${ref}: unexpected status from HEAD request: 401 Unauthorized: no basic auth credentials`,
        );
      try {
        const response = await ecr.send(new PutImageCommand({ repositoryName, imageManifest: manifest, imageTag }));
        digest = response.image?.imageId?.imageDigest ?? digest;
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (name === 'ImageAlreadyExistsException' || name === 'ImageTagAlreadyExistsException')
          fail(
            `ERROR: failed to solve: failed to push ${ref}: tag invalid: The image tag '${imageTag}' already exists in the '${repositoryName}' repository and cannot be overwritten because the repository is immutable.`,
          );
        fail(`ERROR: failed to push ${ref}: ${error instanceof Error ? `${name}: ${error.message}` : String(error)}`);
      }
      process.stdout.write(`#9 pushing manifest for ${ref}@${digest} done\n`);
    }
    ecr.destroy();
    const result = process.env.FAKE_DOCKER_SCAN_RESULT;
    const first = refs[0];
    if (result && first) {
      const repositoryName = first.slice(first.indexOf('/') + 1, first.lastIndexOf(':'));
      const region = process.env.AWS_REGION ?? 'us-east-1';
      const response = await fetch(`${process.env.AWS_ENDPOINT_URL}/moto-api/static/ecr/scan-finding-results`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          region,
          results: [
            { registryId: '123456789012', repositoryName, imageId: { imageDigest: digest }, ...JSON.parse(result) },
          ],
        }),
      });
      if (!response.ok) fail(`fake docker: queueing scan findings in moto failed: HTTP ${response.status}`);
    }
  }
  if (metadataFile) {
    writeFileSync(
      metadataFile,
      JSON.stringify({
        'buildx.build.ref': 'default/default/fake',
        'containerimage.descriptor': { mediaType: 'application/vnd.docker.distribution.manifest.v2+json', digest },
        'containerimage.digest': digest,
        'image.name': refs.join(','),
      }),
    );
  }
}

if (argv[0] === 'login') await login();
else if (argv[0] === 'buildx' && argv[1] === 'build') await build();
else {
  record({});
  fail(`fake docker: unsupported command: docker ${argv.join(' ')}`);
}
