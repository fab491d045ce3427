import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  ECRServiceException,
  GetAuthorizationTokenCommand,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEcrPort } from './ecr.js';

const ecrMock = mockClient(ECRClient);
const port = () => createEcrPort(new ECRClient({ region: 'us-east-1' }));
const DIGEST = `sha256:${'c'.repeat(64)}`;

/** An error as the SDK throws it for an ECR error code. */
const awsError = (name: string, message = name) =>
  new ECRServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode: 400 } });

beforeEach(() => ecrMock.reset());

describe('the ECR adapter', () => {
  it('decodes the authorization token into user, password and registry host', async () => {
    const token = Buffer.from('AWS:eyJwYXlsb2FkIjoi').toString('base64');
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        { authorizationToken: token, proxyEndpoint: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
      ],
    });
    expect(await port().getLogin()).toEqual({
      registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      username: 'AWS',
      password: 'eyJwYXlsb2FkIjoi',
      token,
    });
  });

  it('a missing repository is undefined, other errors are thrown', async () => {
    ecrMock
      .on(DescribeRepositoriesCommand)
      .rejectsOnce(awsError('RepositoryNotFoundException'))
      .rejectsOnce(awsError('AccessDeniedException'));
    expect(await port().findRepository('orders-api')).toBeUndefined();
    await expect(port().findRepository('orders-api')).rejects.toThrow('AccessDeniedException');
  });

  it('creates repositories with immutable tags, scan-on-push and encryption', async () => {
    ecrMock.on(CreateRepositoryCommand).resolves({
      repository: {
        repositoryName: 'orders-api',
        repositoryUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api',
        registryId: '123456789012',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
      },
    });
    const created = await port().createRepository('orders-api');
    expect(ecrMock.commandCalls(CreateRepositoryCommand)[0]?.args[0].input).toEqual({
      repositoryName: 'orders-api',
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(created).toMatchObject({ tagMutability: 'IMMUTABLE', scanOnPush: true });
  });

  it('finds which tags exist, treating missing ones as absent rather than as an error', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [{ imageId: { imageTag: 'abc', imageDigest: DIGEST } }],
      failures: [{ imageId: { imageTag: 'main' }, failureCode: 'ImageNotFound' }],
    });
    expect([...(await port().findTags('orders-api', ['abc', 'main']))]).toEqual([['abc', DIGEST]]);
  });

  describe('scans', () => {
    it('no scan yet is its own observation', async () => {
      ecrMock.on(DescribeImageScanFindingsCommand).rejects(awsError('ScanNotFoundException'));
      expect(await port().describeScan('orders-api', DIGEST)).toEqual({ kind: 'no-scan' });
    });

    it('enhanced scanning: ACTIVE with Inspector findings, closed and suppressed ones left out', async () => {
      ecrMock.on(DescribeImageScanFindingsCommand).resolves({
        imageScanStatus: { status: 'ACTIVE', description: 'Continuous scan is selected for image.' },
        imageScanFindings: {
          // UNTRIAGED is on the wire although the SDK's enum lacks it.
          findingSeverityCounts: { CRITICAL: 1, UNTRIAGED: 1 } as Record<string, number>,
          enhancedFindings: [
            {
              severity: 'CRITICAL',
              status: 'ACTIVE',
              title: 'CVE-2026-1000 - openssl',
              packageVulnerabilityDetails: {
                vulnerabilityId: 'CVE-2026-1000',
                sourceUrl: 'https://nvd.nist.gov/vuln/detail/CVE-2026-1000',
                vulnerablePackages: [
                  { name: 'openssl', version: '3.0.1', fixedInVersion: '3.0.2' },
                  { name: 'libssl3', version: '3.0.1', fixedInVersion: '3.0.2' },
                ],
              },
            },
            {
              severity: 'UNTRIAGED',
              status: 'ACTIVE',
              packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2026-3000', vulnerablePackages: [] },
            },
            { severity: 'HIGH', status: 'SUPPRESSED', packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2026-9' } },
          ],
        },
      });
      expect(await port().describeScan('orders-api', DIGEST)).toEqual({
        kind: 'status',
        status: 'ACTIVE',
        description: 'Continuous scan is selected for image.',
        findings: {
          kind: 'enhanced',
          counts: { CRITICAL: 1, UNTRIAGED: 1 },
          truncated: false,
          findings: [
            {
              id: 'CVE-2026-1000',
              severity: 'CRITICAL',
              packageName: 'openssl, libssl3',
              installedVersion: '3.0.1',
              fixedVersion: '3.0.2',
              uri: 'https://nvd.nist.gov/vuln/detail/CVE-2026-1000',
            },
            { id: 'CVE-2026-3000', severity: 'UNTRIAGED' },
          ],
        },
      });
      expect(ecrMock.commandCalls(DescribeImageScanFindingsCommand)[0]?.args[0].input).toMatchObject({
        repositoryName: 'orders-api',
        imageId: { imageDigest: DIGEST },
      });
    });

    it('enhanced scanning that has not produced findings yet is ACTIVE without findings', async () => {
      ecrMock.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'ACTIVE' } });
      expect(await port().describeScan('orders-api', DIGEST)).toEqual({
        kind: 'status',
        status: 'ACTIVE',
        description: undefined,
      });
    });

    it('basic scanning: every page is read, with the package from the attributes', async () => {
      ecrMock
        .on(DescribeImageScanFindingsCommand)
        .resolvesOnce({
          imageScanStatus: { status: 'COMPLETE' },
          imageScanFindings: {
            findingSeverityCounts: { HIGH: 2 },
            findings: [
              {
                name: 'CVE-2026-2000',
                severity: 'HIGH',
                attributes: [
                  { key: 'package_name', value: 'zlib' },
                  { key: 'package_version', value: '1.2.11' },
                ],
              },
            ],
          },
          nextToken: 'page-2',
        })
        .resolvesOnce({
          imageScanStatus: { status: 'COMPLETE' },
          imageScanFindings: { findings: [{ name: 'CVE-2026-2001', severity: 'HIGH' }] },
        });
      const observation = await port().describeScan('orders-api', DIGEST);
      expect(observation.kind === 'status' && observation.findings?.findings.map((f) => f.id)).toEqual([
        'CVE-2026-2000',
        'CVE-2026-2001',
      ]);
      expect(observation.kind === 'status' && observation.findings?.findings[0]).toEqual({
        id: 'CVE-2026-2000',
        severity: 'HIGH',
        packageName: 'zlib',
        installedVersion: '1.2.11',
      });
      expect(ecrMock.commandCalls(DescribeImageScanFindingsCommand)[1]?.args[0].input.nextToken).toBe('page-2');
    });

    it.each([
      ['LimitExceededException', 'already-scanned'],
      ['UnsupportedImageTypeException', 'unsupported-image'],
      ['ValidationException', 'not-startable'],
    ])('StartImageScan refused with %s means %s', async (name, expected) => {
      ecrMock
        .on(StartImageScanCommand)
        .rejects(awsError(name, 'The scan quota per image has been exceeded. Wait and then try again.'));
      expect(await port().startScan('orders-api', DIGEST)).toBe(expected);
    });

    it('a started scan asks for exactly the pushed digest', async () => {
      ecrMock.on(StartImageScanCommand).resolves({ imageScanStatus: { status: 'IN_PROGRESS' } });
      expect(await port().startScan('orders-api', DIGEST)).toBe('started');
      expect(ecrMock.commandCalls(StartImageScanCommand)[0]?.args[0].input).toEqual({
        repositoryName: 'orders-api',
        imageId: { imageDigest: DIGEST },
      });
    });

    it('other StartImageScan errors are thrown', async () => {
      ecrMock.on(StartImageScanCommand).rejects(awsError('AccessDeniedException'));
      await expect(port().startScan('orders-api', DIGEST)).rejects.toThrow('AccessDeniedException');
    });
  });
});
