/**
 * Builds the task pane and the ribbon command page into dist/.
 *
 * - `npm run build` (production) works offline: no dev certificates, no network.
 * - `ADDIN_URL=https://example.org/ita/ npm run build` writes that URL into dist/manifest.xml in
 *   place of the development URL https://localhost:3000/.
 * - `npm run dev-server` serves https://localhost:3000 with office-addin-dev-certs.
 */
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// URL, got: ${url}`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest's AppDomain is an origin (no trailing slash, no path). */
function rewriteManifest(content, url) {
  const origin = new URL(url).origin;
  return content
    .toString()
    .replaceAll(DEV_URL, url)
    .replaceAll(
      "<AppDomain>https://localhost:3000</AppDomain>",
      `<AppDomain>${origin}</AppDomain>`
    );
}

/** Icons, the support page and the manifest (with the production URL written in). */
function staticFiles(url) {
  return [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/support.html", to: "support.html" },
    { from: "manifest.xml", to: "manifest.xml", transform: (c) => rewriteManifest(c, url) },
  ];
}

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

const config = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const url = dev ? DEV_URL : productionUrl();

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            // Transpile only: type checking is `npm run typecheck`.
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: {
                jsx: dev ? "react-jsxdev" : "react-jsx",
                target: "ES2020",
                noEmit: false,
              },
            },
          },
        },
      ],
    },
    optimization: {
      // React, Fluent and the domain pipeline go in their own chunks so the pane's own code can
      // change without busting the (large, stable) vendor cache.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({ patterns: staticFiles(url) }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};

module.exports = config;
// For tests of the URL rewrite (test/taskpane/build-config.test.ts).
module.exports.rewriteManifest = rewriteManifest;
module.exports.productionUrl = productionUrl;
