// Where the repository keeps what the commands serve and ingest by default.
import path from 'node:path';
import { REPO_ROOT } from '@caucus/neo4j-local';

export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const VIEWER_DIST = path.join(REPO_ROOT, 'packages', 'viewer', 'dist');
