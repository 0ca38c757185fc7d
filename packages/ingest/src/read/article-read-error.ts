/** An article file or URL that cannot be read; names it and the reason (and the fix, when there is one). */
export class ArticleReadError extends Error {
  override name = 'ArticleReadError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}
