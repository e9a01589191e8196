import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["node_modules/", "dist/", "out/", "test-results/", "coverage/", "**/*.js", "!eslint.config.mjs"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
    },
  },
  {
    // Only the adapters may touch Excel.* / Office.*; the domain is pure.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["exceljs", "react", "react-dom", "@fluentui/*", "**/workbook/**", "**/taskpane/**"] }],
      "no-restricted-globals": ["error", "Excel", "Office", "window", "document"],
    },
  },
];
