import { UsageError } from '../usage-error.ts';

export async function runEval(_args: string[]): Promise<number> {
  throw new UsageError('eval is not implemented yet');
}
