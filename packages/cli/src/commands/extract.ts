import { UsageError } from '../usage-error.ts';

export async function runExtract(_args: string[]): Promise<number> {
  throw new UsageError('extract is not implemented yet');
}
