/**
 * Where an element finds the API. The CDN serves the bundles under `<base>/widgets/…` (entry
 * files at the top, shared chunks in sub-folders), so the base is whatever precedes `/widgets/`
 * in the URL of the running script. Bundled copies (npm users) have no such URL: they fall back
 * to the page's origin, and an `api-base` attribute overrides both.
 */
export interface ApiBaseSources {
  /** The `api-base` attribute, if any (absolute, or relative to the page). */
  attribute?: string | null | undefined;
  /** `import.meta.url` of the module that runs the element. */
  scriptUrl?: string | undefined;
  /** The page's URL (`location.href`): fallback origin and base for a relative attribute. */
  pageUrl: string;
}

/** Returns the API base URL without a trailing slash, e.g. `https://vae.example.org/sub`. */
export function resolveApiBase({ attribute, scriptUrl, pageUrl }: ApiBaseSources): string {
  const explicit = attribute?.trim();
  if (explicit) {
    const url = parseUrl(explicit, pageUrl);
    if (url) return withoutTrailingSlash(url.origin + url.pathname);
  }
  const fromScript = scriptUrl ? apiBaseFromScriptUrl(scriptUrl) : undefined;
  return fromScript ?? new URL(pageUrl).origin;
}

/** `https://h.example/sub/widgets/chunks/x.js` → `https://h.example/sub`; undefined if not a CDN URL. */
export function apiBaseFromScriptUrl(scriptUrl: string): string | undefined {
  const url = parseUrl(scriptUrl);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const index = url.pathname.indexOf('/widgets/');
  if (index < 0) return undefined;
  return url.origin + url.pathname.slice(0, index);
}

function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

function withoutTrailingSlash(value: string): string {
  return value.replace(/\/+$/, '');
}
