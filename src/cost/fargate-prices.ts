/**
 * The dated Fargate price table used when live prices are not asked for. The us-east-1 figures
 * are AWS's published Linux on-demand list prices on the date below; other regions are expressed
 * as that region's ratio to us-east-1, taken from the same price pages on the same date. Prices
 * change rarely but do change: `live-prices: true` reads the AWS Price List API instead, and the
 * report always names which source it used.
 */
export const PRICE_TABLE_DATE = '2026-01-15';

/** USD per hour for one unit of each billed Fargate dimension. */
export interface FargateRates {
  readonly x86VcpuHour: number;
  readonly x86GbHour: number;
  readonly armVcpuHour: number;
  readonly armGbHour: number;
  /** Per GB-hour of ephemeral storage beyond the 20 GB every task gets free. */
  readonly storageGbHour: number;
}

/** us-east-1, Linux. */
export const US_EAST_1_RATES: FargateRates = {
  x86VcpuHour: 0.04048,
  x86GbHour: 0.004445,
  armVcpuHour: 0.03238,
  armGbHour: 0.00356,
  storageGbHour: 0.000111,
};

/**
 * Regional price relative to us-east-1. A region missing here is priced as us-east-1 with a
 * warning in the report, so a new region never silently reads as free.
 */
export const REGION_FACTORS: Readonly<Record<string, number>> = {
  'us-east-1': 1,
  'us-east-2': 1,
  'us-west-2': 1,
  'us-west-1': 1.15,
  'ca-central-1': 1.1,
  'eu-west-1': 1,
  'eu-west-2': 1.15,
  'eu-west-3': 1.15,
  'eu-central-1': 1.15,
  'eu-north-1': 1.05,
  'eu-south-1': 1.15,
  'ap-south-1': 1.05,
  'ap-northeast-1': 1.25,
  'ap-northeast-2': 1.2,
  'ap-northeast-3': 1.25,
  'ap-southeast-1': 1.25,
  'ap-southeast-2': 1.2,
  'sa-east-1': 1.72,
};

/**
 * Fargate Spot's price floats; AWS advertises "up to 70 % off". The table assumes that discount,
 * and the report says it is an estimate.
 */
export const SPOT_DISCOUNT = 0.7;

/** Free ephemeral storage per task, in GiB. */
export const FREE_EPHEMERAL_GIB = 20;

/** The hours a month is priced at (AWS's own convention: 365 × 24 / 12). */
export const HOURS_PER_MONTH = 730;
