import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    hookTimeout: 60000,
    // Tests judge end-of-life dates only where they pin a day (MULTISTAGE_TUTOR_TODAY), so CI never breaks because a day passed.
    env: { MULTISTAGE_TUTOR_TODAY: 'off' },
  },
});
