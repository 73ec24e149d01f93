import { defineConfig } from "vitest/config";

/**
 * What the people who run the portal do a few times a year (upgrade, restore a backup) or watch
 * (metrics), each minutes long on its own servers:
 * `npm run test:operations` (.ci/run calls it after `npm test`), kept out of `npm test`'s 30 minutes.
 */
const OPERATIONS = [
  "tests/cluster/upgrade.integration.test.ts",
  "tests/deploy/backup-restore.integration.test.ts",
  "tests/deploy/metrics.integration.test.ts",
];

/**
 * Three projects: `unit` (pure logic, no server), `integration` (one real Keycloak and one real
 * SMTP server for the whole run, started by tests/setup/stack.ts) and `operations` (the same, for
 * the slow tests of OPERATIONS). Real-server test files end in `.integration.test.ts`.
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
          exclude: OPERATIONS,
          globalSetup: ["tests/setup/stack.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "operations",
          include: OPERATIONS,
          globalSetup: ["tests/setup/stack.ts"],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
