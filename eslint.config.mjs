import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Reuse the exact TypeScript plugin object the office-addins config registers (flat config
// refuses two different objects under one plugin name). Its parser entry is undefined (the
// plugin imports @typescript-eslint/parser's missing default export), so ours supplies it.
const tsConfig = officeAddins.configs.recommended.find(
  (c) => c.plugins && c.plugins["@typescript-eslint"]
);
const tsPlugin = tsConfig.plugins["@typescript-eslint"];
const tsParser = tseslint.parser;

export default [
  { ignores: ["node_modules/", "dist/", "out/", "test-results/", "coverage/", ".tmp/", "**/*.js"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
    },
  },
  {
    // The domain is pure: no Office, ExcelJS, React or browser globals.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "exceljs",
            "jszip",
            "react",
            "react-dom",
            "@fluentui/*",
            "**/workbook/**",
            "**/taskpane/**",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "window", "document"],
    },
  },
  {
    // ExcelJS code never touches Office.js; the office-addins heuristics mistake ExcelJS's
    // getCell()/getRow() results for Excel proxy objects that need load() + sync().
    files: [
      "src/workbook/xlsx/**",
      "src/cli/**",
      "scripts/**",
      "bench/**",
      "test/workbook/xlsx/**",
      "test/cli/**",
      "test/libreoffice/**",
    ],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
