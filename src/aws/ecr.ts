import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
  StartImageScanCommand,
  type DescribeImageScanFindingsCommandOutput,
  type ECRClient,
  type EnhancedImageScanFinding,
  type ImageScanFinding,
  type Repository,
} from '@aws-sdk/client-ecr';

/** What `docker login` needs for the account's private registry. */
export interface RegistryLogin {
  /** The registry host, `123456789012.dkr.ecr.us-east-1.amazonaws.com`. */
  readonly registry: string;
  readonly username: string;
  readonly password: string;
  /** The base64 token as AWS returned it; it contains the password, so it is masked too. */
  readonly token: string;
}

/** A repository as this suite needs it; SDK types stop at this adapter. */
export interface RepositoryInfo {
  readonly name: string;
  /** `123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api` */
  readonly uri: string;
  readonly registryId: string;
  /** MUTABLE, IMMUTABLE, or one of the *_WITH_EXCLUSION variants. */
  readonly tagMutability: string;
  readonly scanOnPush: boolean;
}

/** One vulnerability in an image, from basic or enhanced scanning alike. */
export interface Finding {
  /** CVE or other advisory id, `CVE-2026-1234`. */
  readonly id: string;
  /** CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED or (enhanced) UNTRIAGED. */
  readonly severity: string;
  readonly packageName?: string;
  readonly installedVersion?: string;
  readonly fixedVersion?: string;
  readonly uri?: string;
}

/** The findings of a finished scan. */
export interface ScanFindings {
  /** basic: ECR's own scanner; enhanced: Amazon Inspector. */
  readonly kind: 'basic' | 'enhanced';
  /** ECR's counts by severity, which cover every finding even when the list was cut short. */
  readonly counts: Readonly<Record<string, number>>;
  readonly findings: readonly Finding[];
  /** True when more pages existed than this adapter reads. */
  readonly truncated: boolean;
}

/** What DescribeImageScanFindings said about one digest. */
export type ScanObservation =
  | { readonly kind: 'no-scan' }
  | {
      readonly kind: 'status';
      /** ECR's ScanStatus: PENDING, IN_PROGRESS, COMPLETE, ACTIVE, FAILED, UNSUPPORTED_IMAGE, … */
      readonly status: string;
      readonly description?: string;
      /** Present once ECR returned findings (possibly an empty list). */
      readonly findings?: ScanFindings;
    };

/**
 * started: a basic scan was started. already-scanned: ECR allows one basic scan per image a day
 * and this digest had its scan (scan-on-push or an earlier run), so its findings are reused.
 * not-startable: the registry scans continuously (enhanced scanning) and refuses manual scans.
 * unsupported-image: ECR cannot scan this kind of image.
 */
export type StartScanResult = 'started' | 'already-scanned' | 'not-startable' | 'unsupported-image';

/** The ECR calls build-push makes. */
export interface EcrPort {
  getLogin(): Promise<RegistryLogin>;
  /** undefined when the repository does not exist. */
  findRepository(name: string): Promise<RepositoryInfo | undefined>;
  /** Creates a repository with immutable tags, scan-on-push and AES-256 encryption. */
  createRepository(name: string): Promise<RepositoryInfo>;
  /** Which of `tags` already exist in the repository, with the digest each points at. */
  findTags(repository: string, tags: readonly string[]): Promise<ReadonlyMap<string, string>>;
  describeScan(repository: string, digest: string): Promise<ScanObservation>;
  startScan(repository: string, digest: string): Promise<StartScanResult>;
}

/** At most this many findings pages (1000 each) are read; the counts still cover all of them. */
export const MAX_FINDINGS_PAGES = 10;

export function createEcrPort(client: ECRClient): EcrPort {
  return {
    async getLogin() {
      const response = await client.send(new GetAuthorizationTokenCommand({}));
      const data = response.authorizationData?.[0];
      if (!data?.authorizationToken || !data.proxyEndpoint) {
        throw new Error('GetAuthorizationToken returned no token or endpoint');
      }
      const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon === -1) throw new Error('GetAuthorizationToken returned a token that is not user:password');
      return {
        registry: new URL(data.proxyEndpoint).host,
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        token: data.authorizationToken,
      };
    },

    async findRepository(name) {
      try {
        const response = await client.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
        const repository = response.repositories?.[0];
        return repository ? toRepositoryInfo(repository) : undefined;
      } catch (error) {
        if (errorName(error) === 'RepositoryNotFoundException') return undefined;
        throw error;
      }
    },

    async createRepository(name) {
      const response = await client.send(
        new CreateRepositoryCommand({
          repositoryName: name,
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: 'AES256' },
        }),
      );
      if (!response.repository) throw new Error(`CreateRepository returned no repository for ${name}`);
      return toRepositoryInfo(response.repository);
    },

    async findTags(repository, tags) {
      const found = new Map<string, string>();
      // BatchGetImage takes up to 100 ids and reports missing ones as failures, not as an error.
      for (let i = 0; i < tags.length; i += 100) {
        const response = await client.send(
          new BatchGetImageCommand({
            repositoryName: repository,
            imageIds: tags.slice(i, i + 100).map((imageTag) => ({ imageTag })),
          }),
        );
        for (const image of response.images ?? []) {
          const tag = image.imageId?.imageTag;
          if (tag && image.imageId?.imageDigest) found.set(tag, image.imageId.imageDigest);
        }
      }
      return found;
    },

    async describeScan(repository, digest) {
      let first: DescribeImageScanFindingsCommandOutput;
      try {
        first = await client.send(describeFindings(repository, digest));
      } catch (error) {
        if (errorName(error) === 'ScanNotFoundException') return { kind: 'no-scan' };
        throw error;
      }
      const status = first.imageScanStatus?.status ?? 'UNKNOWN';
      const description = first.imageScanStatus?.description;
      if (!first.imageScanFindings) return { kind: 'status', status, description };

      const pages = [first];
      let next = first.nextToken;
      while (next && pages.length < MAX_FINDINGS_PAGES) {
        const page = await client.send(describeFindings(repository, digest, next));
        pages.push(page);
        next = page.nextToken;
      }
      return { kind: 'status', status, description, findings: toScanFindings(pages, next !== undefined) };
    },

    async startScan(repository, digest) {
      try {
        await client.send(new StartImageScanCommand({ repositoryName: repository, imageId: { imageDigest: digest } }));
        return 'started';
      } catch (error) {
        switch (errorName(error)) {
          case 'LimitExceededException':
            return 'already-scanned';
          case 'UnsupportedImageTypeException':
            return 'unsupported-image';
          // Registries on enhanced scanning scan continuously and reject manual scans.
          case 'ValidationException':
            return 'not-startable';
          default:
            throw error;
        }
      }
    },
  };
}

function describeFindings(repository: string, digest: string, nextToken?: string): DescribeImageScanFindingsCommand {
  return new DescribeImageScanFindingsCommand({
    repositoryName: repository,
    imageId: { imageDigest: digest },
    maxResults: 1000,
    nextToken,
  });
}

function toRepositoryInfo(repository: Repository): RepositoryInfo {
  return {
    name: repository.repositoryName ?? '',
    uri: repository.repositoryUri ?? '',
    registryId: repository.registryId ?? '',
    tagMutability: repository.imageTagMutability ?? 'MUTABLE',
    scanOnPush: repository.imageScanningConfiguration?.scanOnPush ?? false,
  };
}

function toScanFindings(pages: readonly DescribeImageScanFindingsCommandOutput[], truncated: boolean): ScanFindings {
  const basic = pages.flatMap((page) => page.imageScanFindings?.findings ?? []);
  const enhanced = pages.flatMap((page) => page.imageScanFindings?.enhancedFindings ?? []);
  const counts = Object.fromEntries(
    Object.entries(pages[0]?.imageScanFindings?.findingSeverityCounts ?? {}).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
  return {
    kind: enhanced.length > 0 ? 'enhanced' : 'basic',
    counts,
    findings: [
      ...basic.map(fromBasicFinding),
      // Inspector keeps closed and suppressed findings; they no longer describe the image.
      ...enhanced.filter((f) => f.status !== 'CLOSED' && f.status !== 'SUPPRESSED').map(fromEnhancedFinding),
    ],
    truncated,
  };
}

function fromBasicFinding(finding: ImageScanFinding): Finding {
  const attribute = (key: string) => finding.attributes?.find((a) => a.key === key)?.value;
  return withoutUndefined({
    id: finding.name ?? 'unnamed finding',
    severity: finding.severity ?? 'UNDEFINED',
    packageName: attribute('package_name'),
    installedVersion: attribute('package_version'),
    uri: finding.uri,
  });
}

function fromEnhancedFinding(finding: EnhancedImageScanFinding): Finding {
  const details = finding.packageVulnerabilityDetails;
  const packages = details?.vulnerablePackages ?? [];
  const joined = (values: (string | undefined)[]) => {
    const present = values.filter((v): v is string => !!v);
    return present.length > 0 ? [...new Set(present)].join(', ') : undefined;
  };
  return withoutUndefined({
    id: details?.vulnerabilityId ?? finding.title ?? 'unnamed finding',
    severity: finding.severity ?? 'UNTRIAGED',
    packageName: joined(packages.map((p) => p.name)),
    installedVersion: joined(packages.map((p) => p.version)),
    fixedVersion: joined(packages.map((p) => p.fixedInVersion)),
    uri: details?.sourceUrl,
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
