export const id = 403;
export const ids = [403];
export const modules = {

/***/ 1403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateHttpCheck: () => (/* binding */ evaluateHttpCheck)
});

// EXTERNAL MODULE: ./src/runtime/duration.ts
var duration = __webpack_require__(1170);
;// CONCATENATED MODULE: ./src/gate/http-probe.ts
/**
 * Probes the HTTP endpoints of a service for the health gate. Every fault (DNS, TLS, refused
 * connection, timeout, wrong status, slow answer, wrong body) becomes a failed probe with a
 * reason; nothing here throws. The I/O (`probeOnce`, `probeCheck`) is a thin shell around pure
 * helpers (`classifyFetchError`, `judgeResponse`, `summariseProbes`) that are tested on their own.
 *
 * Uses the global `fetch` (undici inside Node) rather than importing undici: the bundle stays
 * small, and the error shapes below are the ones Node's built-in fetch produces.
 */

/**
 * How much of the body is searched for `bodyContains`. A health endpoint answers in bytes; a
 * misrouted request can land on a page of megabytes, which must not be buffered every interval.
 */
const BODY_READ_LIMIT_BYTES = 64 * 1024;
const DETAIL_MAX_CHARS = 200;
const EXCERPT_MAX_CHARS = 80;
/** Header values shorter than this are not redacted: they cannot be credentials, and blanking
 * every `1` or `no` in a message would make it unreadable. */
const MIN_SECRET_LENGTH = 4;
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA']);
const CONNECTION_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'ENETUNREACH',
    'ENETDOWN',
    'EADDRNOTAVAIL',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
]);
const TIMEOUT_CODES = new Set([
    'ETIMEDOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
const TLS_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'HOSTNAME_MISMATCH',
]);
/** OpenSSL verification codes start with CERT_; Node's own TLS errors with ERR_TLS_ or ERR_SSL_. */
const TLS_CODE_PREFIXES = ['CERT_', 'ERR_TLS_', 'ERR_SSL_'];
/** Plain words for the codes people meet most; other codes keep the error's own message. */
const CODE_WORDS = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    EPIPE: 'the server closed the connection while the request was being sent',
    UND_ERR_SOCKET: 'the server closed the connection before answering',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'DNS lookup failed (temporary); the resolver did not answer',
    ERR_SSL_WRONG_VERSION_NUMBER: 'the server did not speak TLS (is it plain http?)',
    ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is not valid for this host name',
};
/** The reason a network error code stands for, or undefined when the code says nothing we know. */
function reasonForCode(code) {
    if (TIMEOUT_CODES.has(code))
        return 'timeout';
    if (DNS_CODES.has(code))
        return 'dns';
    if (CONNECTION_CODES.has(code))
        return 'connection';
    if (TLS_CODES.has(code) || TLS_CODE_PREFIXES.some((prefix) => code.startsWith(prefix)))
        return 'tls';
    return undefined;
}
/**
 * The error and everything under it, outermost first: `cause` chains (fetch wraps the real error
 * in `TypeError: fetch failed`) and `errors` lists (Happy Eyeballs connects to several addresses
 * and reports an AggregateError). Cycles and absurd depths are cut off.
 */
function errorNodes(error) {
    const nodes = [];
    const seen = new Set();
    const queue = [error];
    while (queue.length > 0 && nodes.length < 16) {
        const current = queue.shift();
        if (typeof current !== 'object' || current === null || seen.has(current))
            continue;
        seen.add(current);
        const record = current;
        nodes.push({
            name: typeof record.name === 'string' ? record.name : undefined,
            message: typeof record.message === 'string' ? record.message : undefined,
            // A DOMException's `code` is a number (23 for TimeoutError); only string codes mean something here.
            code: typeof record.code === 'string' ? record.code : undefined,
        });
        if ('cause' in record)
            queue.push(record.cause);
        if (Array.isArray(record.errors))
            queue.push(...record.errors);
    }
    return nodes;
}
/**
 * One printable line: control characters and runs of whitespace become single spaces, secrets
 * become `[redacted]`, and long text is cut with an ellipsis.
 */
function sanitise(text, options = {}) {
    let clean = text;
    for (const secret of options.secrets ?? []) {
        if (secret.length >= MIN_SECRET_LENGTH)
            clean = clean.split(secret).join('[redacted]');
    }
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    clean = clean.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
    const max = options.maxChars ?? DETAIL_MAX_CHARS;
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
/**
 * Classifies whatever `fetch` (or reading the body) threw. Looks through the whole error chain:
 * Node's fetch reports `TypeError: fetch failed` with the real error as `cause`, while a timeout
 * from `AbortSignal.timeout` arrives unwrapped as a DOMException named `TimeoutError`.
 */
function classifyFetchError(error, context) {
    const nodes = errorNodes(error);
    const timeoutDetail = `no response within ${(0,duration/* formatDuration */.a3)(context.timeoutMs)}`;
    for (const node of nodes) {
        // The only signal on the request is the probe's own timeout, so an abort is a timeout too.
        if (node.name === 'TimeoutError' || node.name === 'AbortError')
            return { reason: 'timeout', detail: timeoutDetail };
    }
    for (const node of nodes) {
        if (node.code === undefined)
            continue;
        const reason = reasonForCode(node.code);
        if (reason === undefined)
            continue;
        if (reason === 'timeout')
            return { reason, detail: `${timeoutDetail} (${node.code})`, code: node.code };
        const words = CODE_WORDS[node.code] ?? sanitise(node.message ?? node.code, { secrets: context.secrets });
        return { reason, detail: `${words} (${node.code})`, code: node.code };
    }
    const messages = [...new Set(nodes.map((node) => node.message).filter((message) => message))];
    const code = nodes.find((node) => node.code !== undefined)?.code;
    const text = messages.length > 0 ? messages.join(': ') : String(error);
    return {
        reason: 'other',
        detail: sanitise(code ? `${text} (${code})` : text, { secrets: context.secrets }),
        ...(code ? { code } : {}),
    };
}
/**
 * Decides whether a response is healthy. Status is judged first (the body of a 503 says nothing
 * about health), then the body, then latency: a fast wrong answer is worse news than a slow right one.
 */
function judgeResponse(check, response, secrets = []) {
    if (!check.expectStatus.includes(response.status)) {
        const expected = check.expectStatus.join(', ');
        const redirect = response.status >= 300 && response.status < 400
            ? '; redirects are not followed: point the check at the final URL or accept this status'
            : '';
        return { reason: 'status', detail: `status ${response.status}, expected ${expected}${redirect}` };
    }
    if (check.bodyContains !== undefined) {
        const text = response.body?.text ?? '';
        if (!text.includes(check.bodyContains)) {
            const excerpt = sanitise(text, { secrets, maxChars: EXCERPT_MAX_CHARS });
            const scope = response.body?.truncated ? ` in the first ${BODY_READ_LIMIT_BYTES / 1024} KiB` : '';
            const seen = excerpt ? `body starts "${excerpt}"` : 'body is empty';
            return {
                reason: 'body',
                detail: `body does not contain "${sanitise(check.bodyContains, { maxChars: EXCERPT_MAX_CHARS })}"${scope}; ${seen}`,
            };
        }
    }
    if (check.maxLatencyMs !== undefined && response.latencyMs > check.maxLatencyMs) {
        return { reason: 'latency', detail: `answered in ${response.latencyMs} ms, limit ${check.maxLatencyMs} ms` };
    }
    return undefined;
}
/** Builds the request headers, or says which header is invalid without showing its value. */
function buildHeaders(headers) {
    const built = new Headers();
    for (const [name, value] of Object.entries(headers)) {
        try {
            built.append(name, value);
        }
        catch {
            return {
                reason: 'other',
                detail: `request header "${sanitise(name, { maxChars: 60 })}" has an invalid name or value (the value is not shown)`,
            };
        }
    }
    return built;
}
/** Reads at most `limit` bytes of the body as UTF-8, then lets the rest go. */
async function readBodyPrefix(body, limit) {
    if (body === null)
        return { text: '', truncated: false };
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    try {
        for (;;) {
            const { done, value } = (await reader.read());
            if (done)
                return { text: text + decoder.decode(), truncated: false };
            if (!(value instanceof Uint8Array))
                continue;
            if (bytes + value.byteLength > limit) {
                return { text: text + decoder.decode(value.subarray(0, limit - bytes)), truncated: true };
            }
            bytes += value.byteLength;
            text += decoder.decode(value, { stream: true });
        }
    }
    finally {
        // Stops the download (and frees the socket) when we stopped early; harmless when done.
        await reader.cancel().catch(() => undefined);
    }
}
/** Header values and URL credentials, so that no failure detail can echo a token into a log. */
function secretsOf(check) {
    const secrets = Object.values(check.headers);
    const url = URL.canParse(check.url) ? new URL(check.url) : undefined;
    if (url?.password) {
        secrets.push(url.password);
        try {
            secrets.push(decodeURIComponent(url.password));
        }
        catch {
            // A malformed escape cannot appear decoded in any message either.
        }
    }
    return secrets;
}
/** The URL for reports, with any password replaced (fetch refuses such URLs anyway). */
function redactUrl(url) {
    if (!URL.canParse(url))
        return url;
    const parsed = new URL(url);
    if (!parsed.password)
        return url;
    parsed.password = 'redacted';
    return parsed.toString();
}
/**
 * Sends one request and judges the answer. Never throws: every fault is a failed probe.
 *
 * - Times out after `check.timeoutMs`, covering the body read too.
 * - `latencyMs` runs until the response headers arrive, whether or not the body is read, so the
 *   same endpoint reports the same latency with and without `bodyContains`.
 * - Redirects are not followed (`redirect: 'manual'`): a health endpoint that redirects is almost
 *   always misconfigured (http→https, a login page, a trailing slash), and following it would
 *   report the health of some other URL. A 3xx is judged against `expectStatus` like any status.
 * - The body is read only when `bodyContains` is set, and at most `BODY_READ_LIMIT_BYTES` of it.
 */
async function probeOnce(check, deps) {
    const started = deps.now();
    const elapsed = () => Math.max(0, Math.round(deps.now() - started));
    const secrets = secretsOf(check);
    let status;
    let latencyMs;
    try {
        const headers = buildHeaders(check.headers);
        if (!(headers instanceof Headers))
            return { ok: false, latencyMs: elapsed(), failure: headers };
        const response = await deps.fetch(check.url, {
            method: check.method,
            headers,
            redirect: 'manual',
            signal: AbortSignal.timeout(check.timeoutMs),
        });
        status = response.status;
        latencyMs = elapsed();
        const wantBody = check.bodyContains !== undefined && check.expectStatus.includes(status);
        let body;
        if (wantBody) {
            body = await readBodyPrefix(response.body, BODY_READ_LIMIT_BYTES);
        }
        else {
            await response.body?.cancel().catch(() => undefined);
        }
        const failure = judgeResponse(check, { status, latencyMs, ...(body ? { body } : {}) }, secrets);
        return failure ? { ok: false, status, latencyMs, failure } : { ok: true, status, latencyMs };
    }
    catch (error) {
        return {
            ok: false,
            ...(status !== undefined ? { status } : {}),
            latencyMs: latencyMs ?? elapsed(),
            failure: classifyFetchError(error, { timeoutMs: check.timeoutMs, secrets }),
        };
    }
}
/** The nearest-rank median, in whole milliseconds. */
function median(values) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.ceil(sorted.length / 2) - 1];
}
/** How failures are grouped for the reason line: by status code, by error code, and so on. */
function failureLabel(check, probe, failure) {
    switch (failure.reason) {
        case 'timeout':
            return `timeout (${(0,duration/* formatDuration */.a3)(check.timeoutMs)})`;
        case 'status':
            return `status ${probe.status ?? '?'}`;
        case 'latency':
            return `latency over ${check.maxLatencyMs ?? '?'} ms`;
        case 'body':
            return `body without "${sanitise(check.bodyContains ?? '', { maxChars: 40 })}"`;
        default: {
            // The category alone ("other") says nothing; the detail is already sanitised.
            const detail = sanitise(failure.detail, { maxChars: 80 });
            if (detail)
                return `${failure.reason}: ${detail}`;
            return failure.code ? `${failure.reason} (${failure.code})` : failure.reason;
        }
    }
}
/** What the check requires, for the report's "expected" column: `200 within 250 ms`. */
function describeExpectation(check) {
    const parts = [check.expectStatus.join(' or ')];
    if (check.maxLatencyMs !== undefined)
        parts.push(`within ${check.maxLatencyMs} ms`);
    if (check.bodyContains !== undefined) {
        parts.push(`with body containing "${sanitise(check.bodyContains, { maxChars: 40 })}"`);
    }
    if (check.probes > 1 || check.minSuccessRatio < 1) {
        parts.push(`in at least ${Math.round(check.minSuccessRatio * 100)}% of ${check.probes} probes`);
    }
    return parts.join(' ');
}
/** Adds up the probes of one evaluation. Pure. */
function summariseProbes(check, probes) {
    const succeeded = probes.filter((probe) => probe.ok).length;
    const successRatio = probes.length === 0 ? 0 : succeeded / probes.length;
    // Latency only means something for probes that got an answer; a timeout's "latency" is the timeout.
    const p50 = median(probes.filter((probe) => probe.status !== undefined).map((probe) => probe.latencyMs));
    const observed = `${succeeded}/${probes.length} ok${p50 === undefined ? '' : `, p50 ${p50} ms`}`;
    const counts = new Map();
    for (const probe of probes) {
        if (probe.ok || !probe.failure)
            continue;
        const label = failureLabel(check, probe, probe.failure);
        counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    // Map keeps first-seen order, and sort is stable, so equal counts stay in the order they happened.
    const reason = [...counts]
        .sort(([, a], [, b]) => b - a)
        .map(([label, count]) => `${count} ${label}`)
        .join(', ');
    return {
        id: check.id,
        url: redactUrl(check.url),
        method: check.method,
        probes,
        successRatio,
        status: probes.length > 0 && successRatio >= check.minSuccessRatio ? 'pass' : 'fail',
        observed,
        expected: describeExpectation(check),
        ...(reason ? { reason } : {}),
    };
}
/** Runs the check's probes one after another and summarises them. Never throws. */
async function probeCheck(check, deps) {
    const probes = [];
    const count = Math.max(1, Math.floor(check.probes));
    for (let i = 0; i < count; i++)
        probes.push(await probeOnce(check, deps));
    return summariseProbes(check, probes);
}

;// CONCATENATED MODULE: ./src/gate/http-check.ts

/** Probes one HTTP check and states the result the way every other check does. */
async function evaluateHttpCheck(check, deps) {
    const summary = await probeCheck(check, deps);
    return {
        id: summary.id,
        kind: 'http',
        status: summary.status,
        observed: summary.observed,
        expected: summary.expected,
        reason: summary.reason ?? `every probe met the expectation (${summary.expected}).`,
        evidence: { kind: 'http', url: redactUrl(summary.url), method: summary.method, probes: summary.probes },
    };
}


/***/ })

};

//# sourceMappingURL=403.index.js.map