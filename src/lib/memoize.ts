/**
 * A function of one argument that computes each result once. Used for Intl formatters:
 * building one costs far more than using it, and a large site formats thousands of values.
 */
export function memoize<K, V>(create: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, create(key));
    return results.get(key)!;
  };
}

/**
 * The same for a function of an object (the site, a route): each result is kept as long as its
 * object lives, so a build's lookups are made once without keeping the site of a previous build.
 */
export function memoizePerObject<K extends object, V>(create: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, create(key));
    return results.get(key)!;
  };
}
