// Comma-separated query parameters checked against a closed vocabulary.

/** A comma-separated filter checked against a closed vocabulary; names the bad value. */
export function parseList(
  raw: string | undefined,
  allowed: readonly string[],
  param: string,
): string[] | null {
  if (!raw) return null;
  const values = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = values.find((v) => !allowed.includes(v));
  if (bad)
    throw Object.assign(new Error(`querystring/${param}: "${bad}" is not one of ${allowed.join(', ')}`), {
      statusCode: 400,
    });
  return values;
}
