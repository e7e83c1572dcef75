// The topics teams ask about are in the reference and found with the words a user would type.
import { describe, expect, it } from 'vitest';
import { searchSections } from '../src/content';

const QUERIES: Record<string, string[]> = {
  secrets: ['secret', 'ssh key', 'npm token', 'password build arg', 'private git repository'],
  'ci-cache': ['cache-to', 'mode=max', 'ci cache', 'github actions cache', 'cache between runs'],
  'rebuild-pull': ['--pull', 'base image updates', 'security fixes rebuild', 'outdated base'],
  'debug-shell-less': ['distroless debug', 'no shell', 'exec form', 'docker debug', 'ephemeral container'],
  'glibc-match': ['GLIBC not found', 'glibc version', 'libc.so.6', 'bookworm trixie'],
  'trusted-bases': ['hardened images', 'chainguard', 'trusted base images', 'official images'],
  'build-contexts': ['--build-context', 'named context', 'monorepo sibling directory'],
  'test-reports': ['test report', 'junit', 'failing tests report', 'get files out of build'],
};

describe('new reference topics', () => {
  it.each(Object.entries(QUERIES))('%s is found by what a user would type', (id, queries) => {
    for (const query of queries) {
      const hits = searchSections(query)
        .slice(0, 3)
        .map((h) => h.section.id);
      expect(hits, query).toContain(id);
    }
  });
});
