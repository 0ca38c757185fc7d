import { UsageError } from '../usage-error.ts';

export async function runIngest(_args: string[]): Promise<number> {
  throw new UsageError('ingest is not implemented yet');
}
