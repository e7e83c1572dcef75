// The day `lint` and `check` judge end-of-life dates against (rule MS023).
// MULTISTAGE_TUTOR_TODAY=YYYY-MM-DD pins it (tests, reproducible CI runs); `off` turns
// date-dependent rules off. Otherwise it is the real date.
export function lintDay(env: NodeJS.ProcessEnv): string | undefined {
  const pinned = env.MULTISTAGE_TUTOR_TODAY?.trim();
  if (pinned === 'off') return undefined;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) && !Number.isNaN(Date.parse(pinned))) return pinned;
  return new Date().toISOString().slice(0, 10);
}
