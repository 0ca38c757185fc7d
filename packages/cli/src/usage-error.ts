/** A command line that cannot be run as given; printed with the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}
