import { UsageError } from '../usage-error.ts';

export async function runRemove(_args: string[]): Promise<number> {
  throw new UsageError('remove is not implemented yet');
}
