export const id = 788;
export const ids = [788];
export const modules = {

/***/ 5407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgeCompare: () => (/* binding */ judgeCompare)
});

;// CONCATENATED MODULE: ./src/gate/judge/clean.ts
/**
 * Data cleaning before a metric is judged, and the order statistics the judge reports.
 */
/**
 * Multiple of the interquartile range beyond the quartiles at which a point counts as an
 * outlier: Tukey's fences.
 */
const IQR_FENCE = 1.5;
/**
 * Drops non-finite values and, when asked, outliers outside Tukey's fences
 * [Q1 − 1.5·IQR, Q3 + 1.5·IQR] computed on this series alone.
 *
 * The IQR filter is off by default (Kayenta makes it optional too): the Mann–Whitney test and
 * the Hodges–Lehmann estimate are rank-based and already robust to a few wild points, while
 * removing points hides real regressions that show up as a heavier tail. When the IQR is 0 —
 * typical of error rates that are mostly 0 — the filter is skipped, because the fences would
 * then remove every point that is not the most common value, which is exactly the signal.
 */
function cleanSeries(values, removeOutliers) {
    const finite = values.filter((v) => Number.isFinite(v));
    const sorted = Float64Array.from(finite).sort();
    const nonFinite = values.length - finite.length;
    if (!removeOutliers || sorted.length < 4)
        return { sorted, nonFinite, outliers: 0 };
    const q1 = quantileSorted(sorted, 0.25);
    const q3 = quantileSorted(sorted, 0.75);
    const iqr = q3 - q1;
    if (!(iqr > 0))
        return { sorted, nonFinite, outliers: 0 };
    const kept = sorted.filter((v) => v >= q1 - IQR_FENCE * iqr && v <= q3 + IQR_FENCE * iqr);
    return { sorted: kept, nonFinite, outliers: sorted.length - kept.length };
}
/**
 * Quantile of an ascending, non-empty sample by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy).
 */
function quantileSorted(sorted, probability) {
    const position = (sorted.length - 1) * probability;
    const below = Math.floor(position);
    const above = Math.min(below + 1, sorted.length - 1);
    const lowValue = sorted[below];
    return lowValue + (position - below) * (sorted[above] - lowValue);
}
/** Arithmetic mean of a non-empty sample. */
function mean(values) {
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var lib = __webpack_require__(2484);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js
var stats_base_dists_normal_quantile_lib = __webpack_require__(6060);
var stats_base_dists_normal_quantile_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_normal_quantile_lib);
;// CONCATENATED MODULE: ./src/gate/judge/mann-whitney.ts
/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) of a canary series against a baseline series.
 *
 * Conventions used throughout the judge: `canary` is the first sample (size n), `baseline` the
 * second (size m), and U is the canary's statistic, so a large U means the canary runs higher.
 *
 * Hot loops index typed arrays inside their bounds; the non-null assertions there only satisfy
 * `noUncheckedIndexedAccess`.
 */

/**
 * Largest size of either sample for which the exact null distribution of U is used. Up to 25
 * per side the number of rank assignments, C(50, 25) ≈ 1.3e14, is still an exact integer in a
 * double; beyond it the normal approximation is accurate to well under 0.001 in p.
 */
const EXACT_MAX_SIZE = 25;
/**
 * Ranks the combined sample with midranks for ties, in O(n + m) because both inputs are already
 * sorted ascending. Returns the canary's U = R_canary − n(n + 1)/2.
 */
function rankSummary(canary, baseline) {
    const n = canary.length;
    const m = baseline.length;
    let i = 0;
    let j = 0;
    let ranked = 0;
    let canaryRankSum = 0;
    let tieTerm = 0;
    while (i < n || j < m) {
        const value = j >= m || (i < n && canary[i] <= baseline[j]) ? canary[i] : baseline[j];
        let fromCanary = 0;
        while (i < n && canary[i] === value) {
            fromCanary++;
            i++;
        }
        let fromBaseline = 0;
        while (j < m && baseline[j] === value) {
            fromBaseline++;
            j++;
        }
        const t = fromCanary + fromBaseline;
        // The t equal values occupy ranks ranked+1 … ranked+t; each gets their mean.
        canaryRankSum += fromCanary * (ranked + (t + 1) / 2);
        tieTerm += t * t * t - t;
        ranked += t;
    }
    return { u: canaryRankSum - (n * (n + 1)) / 2, tieTerm, hasTies: tieTerm > 0 };
}
/** Whether the exact distribution applies to samples of these sizes. */
function useExactMethod(n, m, hasTies) {
    // The exact distribution counts rank assignments of distinct values; with ties it is wrong.
    return !hasTies && n <= EXACT_MAX_SIZE && m <= EXACT_MAX_SIZE;
}
/**
 * Exact null distribution of U for sample sizes n and m without ties: element u is the number of
 * the C(n + m, n) equally likely rank assignments whose U equals u (u = 0 … n·m).
 *
 * The counts are the coefficients of the Gaussian binomial [n + m choose n]_q, built as
 * Π_{i=1..n} (1 − q^(m+i)) / (1 − q^i). Multiplying then dividing factor by factor keeps every
 * intermediate polynomial equal to [m + i choose i]_q, whose coefficients are integers, so the
 * counts are exact; O(n²m) instead of the O(n²m²) table of the textbook recursion.
 */
function exactUCounts(n, m) {
    if (!Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0) {
        throw new RangeError(`Sample sizes must be non-negative integers, got n=${n}, m=${m}.`);
    }
    const max = n * m;
    const counts = new Float64Array(max + 1);
    counts[0] = 1;
    for (let i = 1; i <= n; i++) {
        const factor = m + i;
        for (let k = max; k >= factor; k--)
            counts[k] -= counts[k - factor];
        for (let k = i; k <= max; k++)
            counts[k] += counts[k - i];
    }
    return counts;
}
/** Cumulative counts: element u is the number of rank assignments with U ≤ u. */
function cumulative(counts) {
    const out = new Float64Array(counts.length);
    let sum = 0;
    for (let u = 0; u < counts.length; u++) {
        sum += counts[u];
        out[u] = sum;
    }
    return out;
}
/**
 * Mann–Whitney U test of two samples that are already sorted ascending and hold only finite
 * numbers (the judge sorts once and shares the arrays with the Hodges–Lehmann estimator).
 * Returns null when either sample is empty: there is nothing to test.
 */
function mannWhitneyUSorted(canary, baseline) {
    const n = canary.length;
    const m = baseline.length;
    if (n === 0 || m === 0)
        return null;
    const { u, tieTerm, hasTies } = rankSummary(canary, baseline);
    const nm = n * m;
    const big = n + m;
    const variance = (nm / 12) * (big + 1 - tieTerm / (big * (big - 1)));
    const sigma = Math.sqrt(Math.max(variance, 0));
    const base = { n, m, u, probabilityCanaryHigher: u / nm, hasTies, sigma };
    if (useExactMethod(n, m, hasTies)) {
        const below = cumulative(exactUCounts(n, m));
        const total = below[nm];
        // Without ties U is an integer; P(U ≥ u) = 1 − P(U ≤ u − 1).
        const lower = below[u] / total;
        const upper = (total - (u > 0 ? below[u - 1] : 0)) / total;
        return { ...base, pValue: Math.min(1, 2 * Math.min(lower, upper)), method: 'exact', z: null };
    }
    // Every value equal: the samples cannot differ, and the variance is zero.
    if (!(sigma > 0))
        return { ...base, pValue: 1, method: 'normal', z: 0 };
    // Continuity correction of ½ towards the mean, as R's wilcox.test(correct = TRUE) does: U moves
    // in steps of ½ or 1, and the correction keeps small-sample p-values from being too small.
    const distance = u - nm / 2;
    const corrected = distance - Math.sign(distance) * 0.5;
    const z = corrected / sigma;
    const pValue = Math.min(1, 2 * lib_default()(-Math.abs(z), 0, 1));
    return { ...base, pValue, method: 'normal', z };
}
/**
 * Mann–Whitney U test of a canary sample against a baseline sample: two-sided, exact for small
 * samples without ties, otherwise the normal approximation with tie and continuity correction.
 * Returns null when either sample is empty. Values must be finite.
 */
function mannWhitneyU(canary, baseline) {
    return mannWhitneyUSorted(mann_whitney_sortedFinite(canary, 'canary'), mann_whitney_sortedFinite(baseline, 'baseline'));
}
/** A sorted copy, refusing NaN and infinities: they have no rank. */
function mann_whitney_sortedFinite(values, name) {
    const sorted = Float64Array.from(values);
    for (const value of sorted) {
        if (!Number.isFinite(value)) {
            throw new RangeError(`The ${name} sample holds ${value}; drop non-finite values before testing.`);
        }
    }
    return sorted.sort();
}

;// CONCATENATED MODULE: ./src/gate/judge/hodges-lehmann.ts
/**
 * Hodges–Lehmann estimate of the shift between a canary and a baseline (the median of all n·m
 * pairwise differences canary_i − baseline_j) and its distribution-free confidence interval,
 * the pair of order statistics of those differences that inverts the Mann–Whitney test.
 *
 * The differences are never materialised: 1,000 points a side would be 10⁶ of them per metric.
 * Order statistics are selected from the two sorted samples instead (see
 * {@link selectDifferences}).
 */



/** Confidence of the interval when none is given, as Kayenta's judge uses. */
const DEFAULT_CONFIDENCE = 0.98;
/**
 * Counts the differences x_i − y_j ≤ d in O(n + m) with two pointers. The differences are
 * compared as computed, fl(x_i − y_j), which is monotone in both arguments, so the count agrees
 * exactly with sorting the materialised differences.
 */
function probe(x, y, d) {
    const n = x.length;
    const m = y.length;
    let count = 0;
    let atOrBelow = -Infinity;
    let above = Infinity;
    // p = first baseline index whose difference with the current canary point is ≤ d. Larger
    // canary points make every difference larger, so p never moves back.
    let p = 0;
    for (let i = 0; i < n; i++) {
        const xi = x[i];
        while (p < m && xi - y[p] > d)
            p++;
        count += m - p;
        if (p < m)
            atOrBelow = Math.max(atOrBelow, xi - y[p]);
        if (p > 0)
            above = Math.min(above, xi - y[p - 1]);
    }
    return { count, atOrBelow, above };
}
/**
 * Once this few candidate differences remain for a rank, they are collected and sorted: cheaper
 * than the several more counting passes that bisection would need to isolate one of them.
 */
const ENUMERATION_LIMIT = 256;
/** Every this many probes, bisect instead of interpolating: halving the range bounds the passes. */
const BISECTION_EVERY = 4;
/**
 * Order statistics (1-based ranks) of the n·m differences canary_i − baseline_j, from samples
 * sorted ascending, without building them. Each rank keeps a bracket [low, high] of actual
 * differences around its answer; a counting pass at a value d narrows it to the actual difference
 * on the side d falls, so every pass removes at least one candidate. The probe value is mostly
 * interpolated from the counts (every {@link BISECTION_EVERY}-th is a plain bisection, which
 * bounds the worst case), and when few candidates remain they are enumerated. Every pass narrows
 * the brackets of all ranks, which is why the median and the interval's ends are selected
 * together: for 1,000 points a side that takes about 15–25 passes of O(n + m).
 */
function selectDifferences(canary, baseline, ranks) {
    const n = canary.length;
    const m = baseline.length;
    const brackets = ranks.map((rank) => {
        if (!Number.isInteger(rank) || rank < 1 || rank > n * m) {
            throw new RangeError(`Ranks must be integers from 1 to ${n * m}, got ${rank}.`);
        }
        const low = canary[0] - baseline[m - 1];
        const high = canary[n - 1] - baseline[0];
        return { rank, low, belowLow: 0, high, atOrBelowHigh: n * m };
    });
    for (const bracket of brackets) {
        for (let step = 1; bracket.low < bracket.high; step++) {
            if (bracket.atOrBelowHigh - bracket.belowLow <= ENUMERATION_LIMIT) {
                bracket.low = bracket.high = enumerated(canary, baseline, bracket);
                break;
            }
            let mid = step % BISECTION_EVERY === 0 ? bracket.low / 2 + bracket.high / 2 : interpolated(bracket, step);
            // Adjacent doubles (or rounding) can put mid outside [low, high); probing low still shrinks.
            if (!(mid >= bracket.low && mid < bracket.high))
                mid = bracket.low;
            const found = probe(canary, baseline, mid);
            for (const other of brackets)
                narrow(other, found);
        }
    }
    return brackets.map((bracket) => bracket.high);
}
/**
 * Where the rank would fall if the differences in the bracket were evenly spread, aimed a little
 * (1/128 of the candidates) past it on alternating sides: plain interpolation (regula falsi)
 * tends to move one end of the bracket only, leaving the other far away.
 */
function interpolated(bracket, step) {
    const candidates = bracket.atOrBelowHigh - bracket.belowLow;
    const overshoot = ((step % 2 === 0 ? 1 : -1) * candidates) / 128;
    const share = (bracket.rank - bracket.belowLow - 0.5 + overshoot) / candidates;
    return bracket.low + (bracket.high - bracket.low) * Math.min(1, Math.max(0, share));
}
function narrow(bracket, found) {
    if (found.count >= bracket.rank) {
        if (found.atOrBelow < bracket.high) {
            bracket.high = found.atOrBelow;
            bracket.atOrBelowHigh = found.count;
        }
    }
    else if (found.above > bracket.low) {
        bracket.low = found.above;
        bracket.belowLow = found.count;
    }
}
/** The k-th smallest (1-based) of the n·m differences canary_i − baseline_j; see selectDifferences. */
function kthSmallestDifference(canary, baseline, k) {
    return selectDifferences(canary, baseline, [k])[0];
}
/** The answer of a bracket with few candidates: collect the differences in [low, high], sort. */
function enumerated(x, y, bracket) {
    const candidates = new Float64Array(bracket.atOrBelowHigh - bracket.belowLow);
    let filled = 0;
    // Per row, the differences in [low, high] are the columns from the first one ≤ high up to
    // (excluding) the first one < low; both boundaries only move right as the rows go up.
    let fromColumn = 0;
    let toColumn = 0;
    for (let i = 0; i < x.length; i++) {
        const xi = x[i];
        while (fromColumn < y.length && xi - y[fromColumn] > bracket.high)
            fromColumn++;
        if (toColumn < fromColumn)
            toColumn = fromColumn;
        while (toColumn < y.length && xi - y[toColumn] >= bracket.low)
            toColumn++;
        for (let j = fromColumn; j < toColumn; j++)
            candidates[filled++] = xi - y[j];
    }
    return candidates.sort()[bracket.rank - bracket.belowLow - 1];
}
/** Median of the pairwise differences: the Hodges–Lehmann shift estimate. */
function medianDifference(canary, baseline) {
    const [lowerMiddle, upperMiddle] = selectDifferences(canary, baseline, middleRanks(canary.length * baseline.length));
    return (lowerMiddle + upperMiddle) / 2;
}
/** The rank of the median, twice when the count is odd, else the two middle ranks. */
function middleRanks(total) {
    const half = Math.floor(total / 2);
    return total % 2 === 1 ? [half + 1, half + 1] : [half, half + 1];
}
/**
 * The rank k of the interval [D(k), D(nm + 1 − k)], whose coverage is 1 − 2·P(U ≤ k − 1) under
 * the null distribution of U: the largest k with P(U ≤ k − 1) ≤ (1 − confidence)/2.
 */
function intervalRank(n, m, confidence, method) {
    const tail = (1 - confidence) / 2;
    const nm = n * m;
    if (method === 'exact') {
        const below = cumulative(exactUCounts(n, m));
        const total = below[nm];
        let k = 0;
        while (k < nm && below[k] / total <= tail)
            k++;
        // k is now the count of u values with P(U ≤ u) ≤ tail, i.e. the largest admissible rank.
        if (k === 0)
            return { rank: 1, achievedConfidence: 1 - (2 * below[0]) / total, reachable: false };
        return { rank: k, achievedConfidence: 1 - (2 * below[k - 1]) / total, reachable: true };
    }
    // Normal approximation of the same rule, with a continuity correction of ½. σ is the no-ties
    // value: the interval inverts the test at every candidate shift, where the ties seen at shift 0
    // mostly no longer exist, and the larger σ errs towards a wider, more cautious interval.
    const sigma = Math.sqrt((nm * (n + m + 1)) / 12);
    const z = stats_base_dists_normal_quantile_lib_default()(1 - tail, 0, 1);
    const k = Math.floor(nm / 2 + 0.5 - z * sigma);
    const rank = Math.max(1, k);
    const achievedConfidence = 1 - 2 * lib_default()((rank - 0.5 - nm / 2) / sigma, 0, 1);
    return { rank, achievedConfidence, reachable: k >= 1 };
}
/**
 * Hodges–Lehmann shift estimate and confidence interval from samples sorted ascending, finite,
 * and not empty. The interval's rank comes from the exact distribution of U when the test would
 * use it (small samples, no ties), else from the normal approximation.
 */
function hodgesLehmannSorted(canary, baseline, confidence = DEFAULT_CONFIDENCE) {
    const n = canary.length;
    const m = baseline.length;
    if (n === 0 || m === 0)
        throw new RangeError('The Hodges–Lehmann estimate needs at least one point per sample.');
    if (!(confidence > 0 && confidence < 1)) {
        throw new RangeError(`confidence must be between 0 and 1 (0.98 is 98 %), got ${confidence}.`);
    }
    const method = useExactMethod(n, m, rankSummary(canary, baseline).hasTies) ? 'exact' : 'normal';
    const { rank, achievedConfidence, reachable } = intervalRank(n, m, confidence, method);
    const [middle, lower, upper, otherMiddle] = selectDifferences(canary, baseline, [
        middleRanks(n * m)[0],
        rank,
        n * m + 1 - rank,
        middleRanks(n * m)[1],
    ]);
    return {
        estimate: (middle + otherMiddle) / 2,
        lower: lower,
        upper: upper,
        confidence,
        achievedConfidence,
        rank,
        method,
        confidenceReachable: reachable,
    };
}
/**
 * Hodges–Lehmann estimate of the shift canary − baseline with its confidence interval (default
 * 98 %). Returns null when either sample is empty. Values must be finite.
 */
function hodgesLehmann(canary, baseline, confidence = DEFAULT_CONFIDENCE) {
    if (canary.length === 0 || baseline.length === 0)
        return null;
    return hodgesLehmannSorted(sortedFinite(canary, 'canary'), sortedFinite(baseline, 'baseline'), confidence);
}

;// CONCATENATED MODULE: ./src/gate/judge/reason.ts
/** "38" for 0.38, "4.5" for 0.045: whole percents unless the value is small. */
function formatPercent(fraction) {
    const value = Math.abs(fraction * 100);
    const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
    return String(rounded);
}
function signedPercent(fraction) {
    const text = formatPercent(fraction);
    if (text === '0')
        return '0 %';
    return `${fraction < 0 ? '-' : '+'}${text} %`;
}
/** Three significant digits, without exponent noise for the usual metric magnitudes. */
function formatNumber(value) {
    return String(Number(value.toPrecision(3)));
}
function range(a, b) {
    return a === b ? a : `${a}–${b}`;
}
function spread(a, b) {
    return a === b ? a : `${a} to ${b}`;
}
function consequence(context) {
    return context.mustHaveData ? 'this metric must have data, so it fails' : 'it is not scored';
}
function dropped(context) {
    const nonFinite = context.canary.nonFinite + context.baseline.nonFinite;
    return nonFinite > 0 ? ` after dropping ${nonFinite} non-finite values` : '';
}
/** Too few points on a side. */
function explainNoData(context) {
    const { id, canary, baseline, minPoints } = context;
    return (`no data to judge ${id}: canary has ${canary.points} points and baseline ${baseline.points}` +
        `${dropped(context)}, at least ${minPoints} per side are needed; ${consequence(context)}`);
}
/** Enough points for `minPoints`, too few for any interval to reach the confidence. */
function explainUnreachable(context) {
    const { id, canary, baseline, confidence } = context;
    return (`too few points to judge ${id} at ${formatPercent(confidence)} % confidence: ` +
        `${canary.points} canary and ${baseline.points} baseline points cannot give an interval that sure; ` +
        consequence(context));
}
/** High, Low or Pass, from the shift's interval. */
function explainShift(context, classification, failed, shift) {
    const { id, tolerance, direction } = context;
    const harmless = classification !== 'Pass' && !failed ? `; only ${onlyFailure(direction)} fails this metric` : '';
    const relative = shift.relative;
    if (!relative) {
        if (classification === 'Pass') {
            const interval = spread(formatNumber(shift.lower), formatNumber(shift.upper));
            return `canary ${id} shows no sure change from a baseline that was 0 throughout (shift ${interval})`;
        }
        const bounds = classification === 'High'
            ? range(formatNumber(shift.lower), formatNumber(shift.upper))
            : range(formatNumber(-shift.upper), formatNumber(-shift.lower));
        const way = classification === 'High' ? 'higher' : 'lower';
        return (`canary ${id} is ${bounds} ${way} than a baseline that was 0 throughout ` +
            `(with no baseline level, any sure change counts as beyond tolerance)${harmless}`);
    }
    const level = shift.levelBasis === 'mean-absolute'
        ? ` of the baseline's mean absolute value ${formatNumber(shift.level)}, as its median is 0`
        : '';
    const allowed = `tolerance ${formatPercent(tolerance)} %${level}`;
    if (classification === 'High') {
        const bounds = range(formatPercent(relative.lower), formatPercent(relative.upper));
        return `canary ${id} is ${bounds} % higher than baseline (${allowed})${harmless}`;
    }
    if (classification === 'Low') {
        const bounds = range(formatPercent(-relative.upper), formatPercent(-relative.lower));
        return `canary ${id} is ${bounds} % lower than baseline (${allowed})${harmless}`;
    }
    const interval = spread(signedPercent(relative.lower), signedPercent(relative.upper));
    if (relative.lower >= -tolerance && relative.upper <= tolerance) {
        return `canary ${id} is within tolerance of baseline: shift ${interval} (${allowed})`;
    }
    return `canary ${id} shift of ${interval} is not surely beyond tolerance (${allowed})`;
}
function onlyFailure(direction) {
    return direction === 'increase' ? 'an increase' : 'a decrease';
}

;// CONCATENATED MODULE: ./src/gate/judge/classify.ts
/**
 * Judges one metric of a canary against a fresh baseline, as Kayenta's Mann–Whitney classifier
 * does: a shift is a regression only when the whole confidence interval of the Hodges–Lehmann
 * shift lies beyond the tolerance, so significance alone (a tiny but certain shift) never fails
 * a canary, and neither does a large but uncertain one.
 */




/** Fewest points per side that are judged when the metric does not say. */
const DEFAULT_MIN_POINTS = 10;
/**
 * Judges one metric. Steps, in order:
 * 1. Cleaning: non-finite values are dropped; the IQR outlier filter runs only if asked.
 * 2. NoData when either side has fewer than `minPoints` points, or when the samples are too small
 *    for any interval of the pairwise differences to reach `confidence` (below 5 a side at 98 %).
 * 3. The shift's interval [lower, upper] is divided by the baseline level (see {@link LevelBasis}):
 *    High when lower / level > tolerance, Low when upper / level < −tolerance, else Pass. With an
 *    all-zero baseline there is no level to scale the tolerance by; then High when lower > 0 and
 *    Low when upper < 0: any sure increase over a baseline that never left 0 is beyond tolerance.
 * 4. `failed`: High fails unless direction is `decrease`; Low fails unless it is `increase`.
 */
function judgeMetric(input) {
    const settings = validate(input);
    const canary = cleanSeries(input.canary, input.removeOutliers ?? false);
    const baseline = cleanSeries(input.baseline, input.removeOutliers ?? false);
    const test = mannWhitneyUSorted(canary.sorted, baseline.sorted);
    const common = {
        id: input.id,
        group: input.group ?? input.id,
        direction: input.direction,
        tolerance: input.tolerance,
        confidence: settings.confidence,
        minPoints: settings.minPoints,
        critical: input.critical,
        mustHaveData: input.mustHaveData,
        canary: summarise(canary),
        baseline: summarise(baseline),
        test: test && {
            u: test.u,
            pValue: test.pValue,
            probabilityCanaryHigher: test.probabilityCanaryHigher,
            method: test.method,
        },
    };
    const noData = (reason) => ({
        ...common,
        classification: 'NoData',
        failed: input.mustHaveData,
        shift: null,
        reason,
    });
    if (canary.sorted.length < settings.minPoints || baseline.sorted.length < settings.minPoints) {
        return noData(explainNoData(common));
    }
    const hl = hodgesLehmannSorted(canary.sorted, baseline.sorted, settings.confidence);
    if (!hl.confidenceReachable)
        return noData(explainUnreachable(common));
    const { level, levelBasis } = baselineLevel(baseline.sorted);
    const relative = level > 0 ? { estimate: hl.estimate / level, lower: hl.lower / level, upper: hl.upper / level } : null;
    const high = relative ? relative.lower > input.tolerance : hl.lower > 0;
    const low = relative ? relative.upper < -input.tolerance : hl.upper < 0;
    const classification = high ? 'High' : low ? 'Low' : 'Pass';
    const shift = {
        estimate: hl.estimate,
        lower: hl.lower,
        upper: hl.upper,
        relative,
        level,
        levelBasis,
        achievedConfidence: hl.achievedConfidence,
        method: hl.method,
    };
    const failed = isFailure(classification, input.direction);
    return { ...common, classification, failed, shift, reason: explainShift(common, classification, failed, shift) };
}
/** Whether `direction` counts this classification as a regression. */
function isFailure(classification, direction) {
    if (classification === 'High')
        return direction !== 'decrease';
    if (classification === 'Low')
        return direction !== 'increase';
    return false;
}
/**
 * The baseline level the tolerance is a fraction of. The median is the level Kayenta uses. When
 * it is 0 but the baseline is not all zeros (sparse errors, or a signed metric centred on 0) the
 * mean absolute value is a level that still scales with the data, so the tolerance keeps its
 * meaning; falling straight back to "any sure shift fails" would there fail canaries for shifts
 * that are certain but tiny. Only an all-zero baseline has no scale at all.
 */
function baselineLevel(sorted) {
    const median = quantileSorted(sorted, 0.5);
    if (median !== 0)
        return { level: Math.abs(median), levelBasis: 'median' };
    const meanAbsolute = mean(sorted.map(Math.abs));
    if (meanAbsolute > 0)
        return { level: meanAbsolute, levelBasis: 'mean-absolute' };
    return { level: 0, levelBasis: 'all-zero' };
}
function summarise(series) {
    const empty = series.sorted.length === 0;
    return {
        points: series.sorted.length,
        nonFinite: series.nonFinite,
        outliers: series.outliers,
        median: empty ? null : quantileSorted(series.sorted, 0.5),
        mean: empty ? null : mean(series.sorted),
    };
}
function validate(input) {
    const problems = [];
    const confidence = input.confidence ?? DEFAULT_CONFIDENCE;
    const minPoints = input.minPoints ?? DEFAULT_MIN_POINTS;
    if (!(Number.isFinite(input.tolerance) && input.tolerance >= 0)) {
        problems.push(`tolerance must be a fraction ≥ 0 (0.25 is 25 %), got ${input.tolerance}`);
    }
    if (!(confidence > 0 && confidence < 1)) {
        problems.push(`confidence must be between 0 and 1 (0.98 is 98 %), got ${confidence}`);
    }
    if (!(Number.isInteger(minPoints) && minPoints >= 1)) {
        problems.push(`minPoints must be a whole number ≥ 1, got ${minPoints}`);
    }
    if (problems.length > 0)
        throw new RangeError(`Metric '${input.id}': ${problems.join('; ')}.`);
    return { confidence, minPoints };
}

;// CONCATENATED MODULE: ./src/gate/judge/score.ts
/** Score at or above which the canary passes, when not given. */
const DEFAULT_PASS_THRESHOLD = 95;
/** Score below which the canary fails, when not given. */
const DEFAULT_MARGINAL_THRESHOLD = 75;
/**
 * Scores judged metrics. A metric is scored unless it is NoData without mustHaveData; a scored
 * metric counts as passed unless it `failed` (so High on a `decrease`-only metric passes). Group
 * score = passed / scored × 100; the total is the weighted mean over groups with a scored metric.
 * Verdict: any failed critical metric → score 0, `fail`; nothing scored → `inconclusive`;
 * score ≥ pass → `pass`; score ≥ marginal → `marginal`; else `fail`.
 */
function scoreJudgements(judgements, options = {}) {
    const thresholds = validateThresholds(options);
    const groups = scoreGroups(judgements, options.groupWeights ?? {});
    const failed = judgements.filter((j) => j.failed).map((j) => j.id);
    const criticalFailures = judgements.filter((j) => j.failed && j.critical).map((j) => j.id);
    const notScored = judgements.filter((j) => !isScored(j)).map((j) => j.id);
    const base = { thresholds, groups, failed, criticalFailures, notScored };
    const leftOut = notScored.length > 0 ? `; not scored for lack of data: ${notScored.join(', ')}` : '';
    if (criticalFailures.length > 0) {
        const reasons = judgements.filter((j) => j.failed && j.critical).map((j) => j.reason);
        const which = criticalFailures.length === 1 ? 'critical metric' : 'critical metrics';
        return {
            ...base,
            score: 0,
            verdict: 'fail',
            reason: `${which} ${criticalFailures.join(', ')} failed: ${reasons.join('; ')}`,
        };
    }
    const weighted = groups.filter((g) => g.score !== null && g.weight > 0);
    const totalWeight = weighted.reduce((sum, g) => sum + g.weight, 0);
    if (weighted.length === 0 || !(totalWeight > 0)) {
        const why = judgements.length === 0
            ? 'no metric was judged'
            : groups.some((g) => g.score !== null)
                ? 'every group with a scored metric has weight 0'
                : `no metric could be scored: ${judgements.map((j) => `${j.id} (${j.reason})`).join('; ')}`;
        return { ...base, score: null, verdict: 'inconclusive', reason: why };
    }
    const raw = weighted.reduce((sum, g) => sum + g.weight * (g.score ?? 0), 0) / totalWeight;
    // Rounded so that a score of exactly 95 is not lost to floating-point noise (94.99999999).
    const score = Math.round(raw * 100) / 100;
    const scored = judgements.length - notScored.length;
    const tally = `${scored - failed.length} of ${scored} scored metrics passed`;
    const failures = failed.length > 0 ? `; failed: ${failed.join(', ')}` : '';
    const details = `${tally}${failures}${leftOut}`;
    if (score >= thresholds.pass) {
        return { ...base, score, verdict: 'pass', reason: `score ${score} reaches pass ${thresholds.pass}: ${details}` };
    }
    if (score >= thresholds.marginal) {
        const reason = `score ${score} is below pass ${thresholds.pass} but reaches marginal ${thresholds.marginal}: ${details}`;
        return { ...base, score, verdict: 'marginal', reason };
    }
    return {
        ...base,
        score,
        verdict: 'fail',
        reason: `score ${score} is below marginal ${thresholds.marginal}: ${details}`,
    };
}
function isScored(judgement) {
    return judgement.classification !== 'NoData' || judgement.mustHaveData;
}
function scoreGroups(judgements, weights) {
    const names = [...new Set(judgements.map((j) => j.group))];
    const explicit = Object.keys(weights).length > 0;
    const problems = [];
    for (const [group, weight] of Object.entries(weights)) {
        if (!(Number.isFinite(weight) && weight >= 0))
            problems.push(`group '${group}' has weight ${weight}`);
    }
    const missing = explicit ? names.filter((name) => !Object.hasOwn(weights, name)) : [];
    if (missing.length > 0) {
        problems.push(`no weight for group ${missing.map((m) => `'${m}'`).join(', ')} (weighted: ${Object.keys(weights).join(', ')})`);
    }
    if (problems.length > 0) {
        throw new RangeError(`Invalid group weights: ${problems.join('; ')}. Weights must be finite numbers ≥ 0.`);
    }
    return names.map((group) => {
        const members = judgements.filter((j) => j.group === group);
        const scored = members.filter(isScored);
        const passed = scored.filter((j) => !j.failed).map((j) => j.id);
        return {
            group,
            weight: explicit ? (weights[group] ?? 0) : 1,
            score: scored.length === 0 ? null : (passed.length * 100) / scored.length,
            passed,
            failed: scored.filter((j) => j.failed).map((j) => j.id),
            notScored: members.filter((j) => !isScored(j)).map((j) => j.id),
        };
    });
}
function validateThresholds(options) {
    const pass = options.pass ?? DEFAULT_PASS_THRESHOLD;
    const marginal = options.marginal ?? DEFAULT_MARGINAL_THRESHOLD;
    if (!(marginal >= 0 && marginal <= pass && pass <= 100)) {
        throw new RangeError(`Thresholds must satisfy 0 ≤ marginal ≤ pass ≤ 100, got marginal ${marginal} and pass ${pass}.`);
    }
    return { pass, marginal };
}

;// CONCATENATED MODULE: ./src/gate/judge/index.ts
/**
 * The statistical judge of the health gate: compares a canary's metric series with a fresh
 * baseline's (Mann–Whitney U test, Hodges–Lehmann shift interval) and scores the canary the way
 * Kayenta does. Pure functions: no I/O, no clock.
 */





// EXTERNAL MODULE: ./src/gate/metric-check.ts
var metric_check = __webpack_require__(9766);
;// CONCATENATED MODULE: ./src/gate/compare-check.ts


/**
 * Judges the canary against its baseline, metric by metric, and scores the result as Kayenta
 * does. Below `marginal` fails at any evaluation; between marginal and pass is tolerated until
 * the final evaluation, which must reach `pass`. Nothing scored is inconclusive, never a pass.
 */
function judgeCompare(check, series, final) {
    const rows = check.metrics.map((metric) => {
        const canary = series.get(`compare:${metric.id}:canary`);
        const baseline = series.get(`compare:${metric.id}:baseline`);
        const judgement = judgeMetric({
            id: metric.id,
            group: metric.group,
            canary: (canary?.points ?? []).map((p) => p.value),
            baseline: (baseline?.points ?? []).map((p) => p.value),
            direction: metric.direction,
            tolerance: metric.tolerance,
            mustHaveData: metric.mustHaveData,
            critical: metric.critical,
        });
        return {
            id: metric.id,
            classification: judgement.failed ? `${judgement.classification} ❌` : judgement.classification,
            canary: describeSide(judgement.canary),
            baseline: describeSide(judgement.baseline),
            reason: judgement.reason,
            query: { canary: canary?.query ?? '', baseline: baseline?.query ?? '' },
            judgement,
        };
    });
    const score = scoreJudgements(rows.map((r) => r.judgement), { pass: check.pass, marginal: check.marginal, groupWeights: check.groupWeights });
    const status = score.verdict === 'pass'
        ? 'pass'
        : score.verdict === 'inconclusive'
            ? 'inconclusive'
            : score.verdict === 'marginal' && !final
                ? 'pass'
                : 'fail';
    const tolerated = score.verdict === 'marginal' && !final
        ? ` Marginal is tolerated until the final evaluation, which must reach ${check.pass}.`
        : '';
    return {
        id: check.id,
        kind: 'compare',
        status,
        observed: score.score === null ? 'no data' : `score ${(0,metric_check/* formatNumber */.ZV)(score.score)}`,
        expected: `≥ ${check.pass} (fails below ${check.marginal})`,
        reason: `${score.reason}${tolerated}`,
        evidence: { kind: 'compare', score: score.score ?? undefined, verdict: score.verdict, metrics: rows },
    };
}
function describeSide(side) {
    return side.median === null
        ? `no data (${side.points} points)`
        : `median ${(0,metric_check/* formatNumber */.ZV)(side.median)} (${side.points} points)`;
}


/***/ }),

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ evaluateMetricCheck),
/* harmony export */   ZV: () => (/* binding */ formatNumber)
/* harmony export */ });
/* unused harmony export reduce */
/* harmony import */ var _threshold_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4744);

/** Judges one threshold check from its series. No datapoints is never a pass. */
function evaluateMetricCheck(check, series) {
    const points = series?.points ?? [];
    const base = {
        id: check.id,
        kind: 'metric',
        expected: check.threshold.text,
    };
    const evidence = { kind: 'metric', query: series?.query ?? '', points };
    if (points.length === 0) {
        const status = check.mustHaveData ? 'fail' : 'inconclusive';
        return {
            ...base,
            status,
            observed: 'no data',
            reason: series?.error
                ? `${series.error}; a metric CloudWatch could not read is never a pass.`
                : `no datapoints in the last ${check.lookbackSeconds}s${check.mustHaveData ? ' (must-have-data is set)' : ''}; a metric without data is never a pass.`,
            evidence,
        };
    }
    const value = reduce(points, check.reduce);
    const ok = (0,_threshold_js__WEBPACK_IMPORTED_MODULE_0__/* .meetsThreshold */ .M0)(value, check.threshold);
    const shown = formatNumber(value);
    const note = series?.note ? ` ${series.note}` : '';
    return {
        ...base,
        status: ok ? 'pass' : 'fail',
        observed: shown,
        reason: `${check.reduce} of ${points.length} datapoints is ${shown}, ${ok ? 'within' : 'outside'} ${check.threshold.text}.${note}`,
        evidence: { ...evidence, value },
    };
}
function reduce(points, how) {
    const values = points.map((p) => p.value);
    switch (how) {
        case 'latest':
            return values[values.length - 1] ?? NaN;
        case 'max':
            return Math.max(...values);
        case 'min':
            return Math.min(...values);
        case 'sum':
            return values.reduce((a, b) => a + b, 0);
        case 'average':
            return values.reduce((a, b) => a + b, 0) / values.length;
    }
}
/** Up to four significant digits, without exponent noise for everyday magnitudes. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e9)
        return String(Number(value.toPrecision(4)));
    return value.toExponential(3);
}


/***/ })

};

//# sourceMappingURL=788.index.js.map