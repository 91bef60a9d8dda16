import { readdirSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file behind an embedded `file:` URL, or null for a libSQL server or `:memory:`. */
export function embeddedDatabasePath(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
  const withoutQuery = path.split('?')[0] ?? '';
  if (withoutQuery === '' || withoutQuery === ':memory:') return null;
  return resolve(withoutQuery);
}

/**
 * Ids of the other processes that hold the file open (Linux /proc; empty elsewhere). A running
 * server keeps its database open even when idle, which no SQLite lock would reveal.
 */
export function processesHoldingFile(path: string): number[] {
  const holders: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return holders;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (holdsFile(pid, path)) holders.push(pid);
  }
  return holders;
}

function holdsFile(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    // Another user's process, or gone meanwhile.
    return false;
  }
}
