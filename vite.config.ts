import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/ui/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Day maths follows the local zone; tests that need a zone set it themselves.
    env: { TZ: 'UTC' },
    restoreMocks: true,
  },
});
