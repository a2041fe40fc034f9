/**
 * Matching sample requests to routes. No imports: the extension bundles this too, to pick the sample request
 * that belongs to the operation being previewed.
 */

/** `/pets/{petId}` matches `/pets/42` (and `{proxy+}` any rest); returns the path parameters, or undefined. */
export function matchResourcePath(resourcePath: string, path: string): Record<string, string> | undefined {
  if (resourcePath === path) return {};
  return paramsOf(resourcePath, path);
}

function paramsOf(resourcePath: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = resourcePath
    .split(/(\{[^{}]+\})/)
    .map((part) => {
      const m = /^\{([^{}+]+)(\+?)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return m[2] ? '(.+)' : '([^/]+)';
    })
    .join('');
  const match = new RegExp(`^${source}/?$`).exec(path);
  if (!match) return undefined;
  const out: Record<string, string> = {};
  names.forEach((n, i) => (out[n] = decodeURIComponentSafe(match[i + 1])));
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether a sample request is meant for an operation: its method (or ANY) and its resource path or path. */
export function sampleMatchesRoute(sample: { httpMethod?: string; path?: string; resourcePath?: string }, route: { method?: string; path?: string }): boolean {
  if (!route.path) return false;
  const method = sample.httpMethod?.toUpperCase();
  if (method && route.method && route.method !== 'ANY' && route.method !== method) return false;
  if (sample.resourcePath) return sample.resourcePath === route.path;
  return sample.path !== undefined && matchResourcePath(route.path, sample.path) !== undefined;
}
