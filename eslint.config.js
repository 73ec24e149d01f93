// The project's lint: TypeScript and React hooks rules, and the layers of README.md ("Layout") and
// admin-scripts/README.md ("Layers") as import boundaries. `npm run lint` runs it.
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * Each folder of the project, or file for a layer of one file, is an element; a file belongs to
 * the first element whose pattern matches it. Within admin-scripts, the layers run one way:
 * commands, engines, catalogue, resources, resource kit, Keycloak client. Below them all, what is
 * said without words (messages/said.ts: codes and their values; the language's name; a typo's
 * closest names); the words themselves (the catalogue, `t`, commander's wording) are the commands'
 * alone.
 */
const elements = [
  { type: "contract", pattern: "contract/src/**" },
  { type: "theme", pattern: "theme/{src,vite}/**" },
  { type: "theme-build", pattern: "theme/*.ts" },
  { type: "example-app", pattern: "examples/**" },
  { type: "admin-entry", pattern: "admin-scripts/src/index.ts" },
  { type: "admin-commands", pattern: "admin-scripts/src/{cli.ts,commands/**}" },
  // Until their checks move to the server, the two engine files that still word their problems.
  { type: "admin-engines", pattern: "admin-scripts/src/{config,reconcile,users,apps}/**" },
  { type: "admin-catalogue", pattern: "admin-scripts/src/catalogue.ts" },
  { type: "admin-resource-kit", pattern: "admin-scripts/src/resource-kit/**" },
  { type: "admin-keycloak", pattern: "admin-scripts/src/keycloak/**" },
  { type: "admin-said", pattern: "admin-scripts/src/messages/{said,language,similar}.ts" },
  { type: "admin-words", pattern: "admin-scripts/src/messages/**" },
  { type: "admin-resources", pattern: "admin-scripts/src/*/**" },
  { type: "build", pattern: "build/**" },
  { type: "stack", pattern: "stack/**" },
  { type: "testing", pattern: "testing/**" },
  { type: "tests-support", pattern: "tests/{support,setup}/**" },
  { type: "tests", pattern: "tests/**" },
  { type: "bench", pattern: "bench/**" },
  { type: "config", pattern: "*.{ts,js}" },
];

/** The admin scripts' layers below each one, which it may import; all may import what is said without words. */
const adminBelow = {
  "admin-commands": [
    "admin-engines",
    "admin-catalogue",
    "admin-resources",
    "admin-resource-kit",
    "admin-keycloak",
    "admin-words",
  ],
  "admin-engines": ["admin-catalogue", "admin-resources", "admin-resource-kit", "admin-keycloak"],
  "admin-catalogue": ["admin-resources", "admin-resource-kit"],
  "admin-resources": ["admin-resource-kit", "admin-keycloak"],
  "admin-resource-kit": ["admin-keycloak"],
  "admin-keycloak": [],
  "admin-words": [],
  "admin-said": [],
};

/** What each element may import, besides itself and packages from npm. */
const allowed = {
  contract: [],
  theme: ["contract"],
  "theme-build": ["theme", "contract"],
  "example-app": ["admin-entry", "contract"],
  "admin-entry": ["admin-commands", "admin-engines", ...adminBelow["admin-engines"], "admin-said", "contract"],
  ...Object.fromEntries(
    Object.entries(adminBelow).map(([layer, below]) => [layer, [...below, "admin-said", "contract"]]),
  ),
  build: ["contract"],
  stack: ["admin-entry", "build", "contract"],
  testing: ["admin-entry", "stack", "build", "contract"],
  // The CLI's wording, which the tests read from its catalogue, never copy.
  "tests-support": ["testing", "admin-entry", "admin-words", "admin-said", "stack", "build", "contract", "theme"],
  // A test may open what it tests.
  tests: [
    ...Object.keys(adminBelow),
    "admin-entry",
    "admin-commands",
    "tests-support",
    "testing",
    "stack",
    "build",
    "contract",
    "theme",
    "example-app",
  ],
  bench: ["testing", "admin-entry", "stack", "build", "contract"],
  config: ["build", "contract"],
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/dist_keycloak/**",
      ".cache/**",
      "test-results/**",
      "extension/**",
      "theme/src/kc.gen.tsx",
      "theme/public/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // `_name` is how a parameter says it is there for its position only.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["theme/src/**/*.tsx", "examples/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["**/*.{ts,tsx,js}"],
    plugins: { boundaries },
    settings: {
      // Whole paths, files included: three layers are one file each (index.ts, cli.ts,
      // catalogue.ts). Version 7 deprecates `mode` in favour of file descriptors; until it is
      // removed, one list of elements stays the README's table.
      "boundaries/elements": elements.map((element) => ({ ...element, mode: "full" })),
      "boundaries/legacy-warnings": false,
      "import/resolver": {
        typescript: {
          project: ["tsconfig.json", "theme/tsconfig.json", "examples/*/tsconfig.json"],
          noWarnOnMultipleProjects: true,
        },
      },
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            ...Object.entries(allowed).map(([type, types]) => ({
              from: { element: { type } },
              allow: { to: { element: { types: { anyOf: [type, ...types] } } } },
            })),
            // The codes are the catalogue's keys: their type, never its words.
            {
              from: { element: { type: "admin-said" } },
              allow: { to: { element: { type: "admin-words" } }, dependency: { kind: "type" } },
            },
          ],
        },
      ],
    },
  },
);
