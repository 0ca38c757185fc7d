// `caucus eval --gold DIR --pred DIR`: SPEC §3 scores; the last line is `entityF1=… relationF1=…`.
import { parseArgs } from 'node:util';
import { evaluateDirectories, formatReport } from '@caucus/ingest';
import { UsageError } from '../usage-error.ts';

export async function runEval(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { gold: { type: 'string' }, pred: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
  });
  if (!values.gold || !values.pred) throw new UsageError('eval needs --gold DIR and --pred DIR');
  console.log(formatReport(evaluateDirectories(values.gold, values.pred), values.verbose));
  return 0;
}
