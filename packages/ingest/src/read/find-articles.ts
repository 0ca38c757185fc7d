// Expands FILE_OR_DIR arguments into article files (directories recursively, sorted for determinism);
// URL arguments pass through as they are, to be fetched.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from './read-article.ts';

export interface FoundArticles {
  files: string[];
  /** Arguments that named nothing usable, with the reason. */
  problems: { path: string; reason: string }[];
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase()))
      out.push(full);
  }
}

export function findArticles(args: string[]): FoundArticles {
  const files: string[] = [];
  const problems: FoundArticles['problems'] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      if (seen.has(arg)) problems.push({ path: arg, reason: 'given more than once; read once' });
      else files.push(arg);
      seen.add(arg);
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(arg);
    } catch {
      problems.push({ path: arg, reason: 'no such file or directory' });
      continue;
    }
    const found: string[] = [];
    if (stat.isDirectory()) walk(arg, found);
    else found.push(arg);
    for (const file of found) {
      const key = path.resolve(file);
      if (seen.has(key)) {
        problems.push({ path: file, reason: 'given more than once; read once' });
        continue;
      }
      seen.add(key);
      files.push(file);
    }
  }
  return { files, problems };
}
