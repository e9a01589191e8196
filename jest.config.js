/**
 * Jest with ts-jest in transpile-only mode (tsconfig has isolatedModules): type checking is the
 * separate `npm run typecheck`, so tests stay fast.
 */
const ts = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true } }];

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": ts },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": ts },
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/support/setup-dom.ts"],
    },
  ],
};
