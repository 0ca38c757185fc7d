// Where the tests find the repository, its fixtures and the shared gold files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');
/** The extraction contract's hand-made gold graphs for the two seeds (copied from the contract). */
export const SEED_GOLD = path.join(FIXTURES, 'seed-gold');
