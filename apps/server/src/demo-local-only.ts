import type { Context } from 'hono';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const LOOPBACK_ADDRESS = /^(127\.|::1$|::ffff:127\.)/;

function urlOf(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** A server whose public address is this machine: the local demo, reachable by no one else. */
export function isLocalDemoServer(publicUrl: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(publicUrl).hostname);
}

/**
 * A request of the local demo itself: addressed to a loopback name (a DNS name rebound to this
 * machine is not: its pages would otherwise count as the demo's own), from a page of this very
 * server or from no page at all (a local script), over a loopback connection when the server
 * knows the peer (always, under @hono/node-server).
 */
export function isFromLocalDemo(c: Context): boolean {
  const target = new URL(c.req.url);
  if (!LOOPBACK_HOSTS.has(target.hostname)) return false;
  const origin = c.req.header('Origin');
  if (origin !== undefined) {
    const page = urlOf(origin);
    if (page?.protocol !== target.protocol || page.host !== target.host) return false;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress;
  return peer === undefined || LOOPBACK_ADDRESS.test(peer);
}
