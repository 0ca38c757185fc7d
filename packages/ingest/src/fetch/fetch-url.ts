// Fetches one http(s) URL for ingest: redirects followed by hand (at most 5, each hop's host
// checked again), a time limit over the whole exchange, a byte limit while reading, and the
// content type checked against what the caller can read. Every failure names the URL.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, request } from 'undici';
import { ArticleReadError } from '../read/article-read-error.ts';
import {
  BlockedAddressError,
  isPublicAddress,
  originAllowed,
  resolvePublicHost,
  type UrlAccess,
} from './address-policy.ts';

export interface FetchOptions extends UrlAccess {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Content types (without parameters) the caller can read. */
  accept: readonly string[];
}

export interface FetchedUrl {
  /** The URL asked for. */
  url: string;
  /** Where the last redirect led. */
  finalUrl: string;
  contentType: string;
  charset: string | null;
  bytes: Uint8Array;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);

/** Parses a URL an article or feed was given as; only http(s), no credentials. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ArticleReadError(raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ArticleReadError(raw, `only http and https URLs can be fetched, not ${url.protocol}`);
  if (url.username || url.password)
    throw new ArticleReadError(raw, 'URLs with a user name or password are refused');
  return url;
}

/** The connect-time lookup: re-checks the addresses undici is about to dial (DNS may change). */
function guardedLookup(access: UrlAccess) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number },
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = access.allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (bad)
        return callback(
          new BlockedAddressError(`"${hostname}" resolved to ${bad.address}, not a public address`),
          [],
        );
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), []);
      callback(null, first.address, first.family);
    });
  };
}

function mediaType(header: string | string[] | undefined): { type: string; charset: string | null } {
  const value = Array.isArray(header) ? (header[0] ?? '') : (header ?? '');
  const [type = '', ...params] = value.split(';').map((s) => s.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.replace(/^charset=["']?|["']$/gi, '') ?? null;
  return { type: type.toLowerCase(), charset };
}

export async function fetchUrl(raw: string, options: FetchOptions): Promise<FetchedUrl> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parseHttpUrl(raw);
  let redirected = false;
  // After a redirect the reason names where it happened, too.
  const fail = (reason: string): never => {
    throw new ArticleReadError(raw, redirected ? `${reason} (at ${url.href})` : reason);
  };

  for (let hop = 0; ; hop++) {
    const access: UrlAccess = originAllowed(url, options) ? { allowPrivate: true } : options;
    try {
      await resolvePublicHost(url.hostname, access);
    } catch (err) {
      if (err instanceof BlockedAddressError) fail(err.message);
      throw err;
    }
    const agent = new Agent({ connect: { lookup: guardedLookup(access) as never, timeout: timeoutMs } });
    try {
      const res = await request(url, {
        method: 'GET',
        dispatcher: agent,
        signal,
        headers: {
          'user-agent': 'Caucus/1.0 (union-politics article reader)',
          accept: `${options.accept.join(', ')};q=0.9, */*;q=0.1`,
        },
      }).catch((err: Error) => {
        const cause = (err as { cause?: Error }).cause;
        if (signal.aborted) return fail(`no answer within ${timeoutMs / 1000}s`);
        if (err instanceof BlockedAddressError || cause instanceof BlockedAddressError)
          return fail(`refused: ${(cause ?? err).message}`);
        return fail(`cannot connect (${(err as NodeJS.ErrnoException).code ?? err.message})`);
      });
      if (REDIRECT_CODES.has(res.statusCode)) {
        await res.body.dump();
        const location = res.headers.location;
        if (typeof location !== 'string') fail(`HTTP ${res.statusCode} redirect without a Location header`);
        if (hop >= maxRedirects) fail(`more than ${maxRedirects} redirects`);
        try {
          url = parseHttpUrl(new URL(location as string, url).href);
          redirected = true;
        } catch (err) {
          fail(`redirect to a URL that cannot be fetched: ${(err as ArticleReadError).reason ?? err}`);
        }
        continue;
      }
      if (res.statusCode < 200 || res.statusCode > 299) {
        await res.body.dump();
        fail(`HTTP ${res.statusCode}`);
      }
      const { type, charset } = mediaType(res.headers['content-type']);
      if (!options.accept.includes(type)) {
        await res.body.dump();
        fail(`content type "${type || 'none'}" is not one of ${options.accept.join(', ')}`);
      }
      const declared = Number(res.headers['content-length'] ?? Number.NaN);
      if (declared > maxBytes) {
        await res.body.dump();
        fail(`too large (${declared} bytes > limit ${maxBytes}); raise --max-bytes to allow it`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res.body) {
          size += (chunk as Buffer).length;
          if (size > maxBytes) {
            res.body.destroy();
            fail(`too large (over the limit of ${maxBytes} bytes); raise --max-bytes to allow it`);
          }
          chunks.push(chunk as Buffer);
        }
      } catch (err) {
        if (err instanceof ArticleReadError) throw err;
        if (signal.aborted) fail(`no complete answer within ${timeoutMs / 1000}s`);
        fail(`reading the answer failed (${(err as Error).message})`);
      }
      if (size === 0) fail('empty answer');
      return { url: raw, finalUrl: url.href, contentType: type, charset, bytes: Buffer.concat(chunks) };
    } finally {
      void agent.close();
    }
  }
}
