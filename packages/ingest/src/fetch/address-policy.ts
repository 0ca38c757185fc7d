// Which network addresses a fetch may reach: public unicast only, unless the caller allows
// private ones (the CLI's --allow-private-urls) or names exact origins (a test's own server).
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export interface UrlAccess {
  /** Loopback, private, link-local and other non-public addresses are allowed (CLI only). */
  allowPrivate?: boolean;
  /** Exact origins (`http://127.0.0.1:8080`) allowed whatever their address; for tests. */
  allowOrigins?: string[];
}

/** Only ipaddr.js's `unicast` range is public; everything else (loopback, private, CGNAT…) is not. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

function describe(address: string): string {
  try {
    return ipaddr.process(address).range();
  } catch {
    return 'invalid';
  }
}

/**
 * Resolves a host to every address it has and refuses it when any is not public: a name that
 * resolves to both a public and a private address could be pointed at either.
 */
export async function resolvePublicHost(
  hostname: string,
  access: UrlAccess = {},
): Promise<{ address: string; family: number }[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(bare)
    ? [{ address: bare, family: bare.includes(':') ? 6 : 4 }]
    : await lookup(bare, { all: true, verbatim: true }).catch((err: NodeJS.ErrnoException) => {
        throw new BlockedAddressError(`cannot resolve host "${bare}" (${err.code ?? err.message})`);
      });
  if (access.allowPrivate) return addresses;
  const blocked = addresses.find((a) => !isPublicAddress(a.address));
  if (blocked) {
    const what = `${blocked.address} is a ${describe(blocked.address)} address, not a public one`;
    throw new BlockedAddressError(
      `refused: ${blocked.address === bare ? what : `"${bare}" resolves to ${what}`}; ` +
        'only the CLI may fetch private addresses, with --allow-private-urls',
    );
  }
  return addresses;
}

export function originAllowed(url: URL, access: UrlAccess): boolean {
  return access.allowOrigins?.includes(url.origin) ?? false;
}
