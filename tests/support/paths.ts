// Where the tests find the repository, its fixtures and the shared gold files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');
/** The extraction contract's hand-made gold graphs for the two seeds (copied from the contract). */
export const SEED_GOLD = path.join(FIXTURES, 'seed-gold');
/** Article pairs where a tie changes (or, as a control, does not) between years. */
export const ALLEGIANCE_FIXTURES = path.join(FIXTURES, 'allegiance');
/** The shared development set of real articles, beside the checkout; absent on some machines. */
export const DEV_ARTICLES = path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'dev', 'articles');
