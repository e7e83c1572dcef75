// Ink reads CI once, when it loads, and then draws only the last frame. Both ways into Ink run
// only on a real terminal, so a CI variable there (a developer's shell, CI's tmux) must not count.
export async function importInk(): Promise<typeof import('ink')> {
  const names = ['CI', 'CONTINUOUS_INTEGRATION'] as const;
  const saved = names.map((n) => process.env[n]);
  for (const n of names) delete process.env[n];
  try {
    return await import('ink');
  } finally {
    names.forEach((n, i) => {
      if (saved[i] !== undefined) process.env[n] = saved[i];
    });
  }
}
