import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (pure logic, no server) and `integration` (one real Keycloak and one real
 * SMTP server for the whole run, started by tests/setup/stack.ts). Real-server test files end in
 * `.integration.test.ts`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/**/*.integration.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/**/*.integration.test.ts"],
          globalSetup: ["tests/setup/stack.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
