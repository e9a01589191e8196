/** Jest: swc transpiles TypeScript (type checking is `npm run typecheck`). */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2020",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.(t|j)sx?$": swc },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.(t|j)sx?$": swc },
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/support/setup-dom.ts"],
    },
  ],
};
