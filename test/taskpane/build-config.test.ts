/**
 * Build pieces that need no browser: the manifest URL rewrite, the bundle-size script's
 * reading of the built HTML, and the icon PNG encoder.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { localScripts } from "../../scripts/bundle-size";
import { encodePng } from "../../scripts/make-icons";

interface WebpackConfigModule {
  rewriteManifest(content: Buffer | string, url: string): string;
  productionUrl(): string;
}

const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;
const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

describe("manifest URL rewrite", () => {
  test("every development URL becomes the production URL, AppDomain its origin", () => {
    const out = webpackConfig.rewriteManifest(manifest, "https://ita.example.org/addin/");
    expect(out).not.toContain("https://localhost");
    expect(out).toContain('"https://ita.example.org/addin/taskpane.html"');
    expect(out).toContain('"https://ita.example.org/addin/assets/icon-80.png"');
    expect(out).toContain("<AppDomain>https://ita.example.org</AppDomain>");
  });

  test("ADDIN_URL must be https and gains a trailing slash", () => {
    const saved = process.env.ADDIN_URL;
    try {
      process.env.ADDIN_URL = "https://ita.example.org/addin";
      expect(webpackConfig.productionUrl()).toBe("https://ita.example.org/addin/");
      process.env.ADDIN_URL = "http://insecure.example.org/";
      expect(() => webpackConfig.productionUrl()).toThrow(/https/);
      delete process.env.ADDIN_URL;
      expect(webpackConfig.productionUrl()).toBe("https://localhost:3000/");
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });

  test("the manifest declares ExcelApi 1.7, the Home tab button and Thai labels", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\s*\/>/);
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
    expect(manifest).toContain('<bt:Override Locale="th-TH" Value="วิเคราะห์ ITA"');
    for (const size of [16, 32, 80]) expect(manifest).toContain(`size="${size}"`);
  });
});

describe("bundle-size", () => {
  test("finds local scripts in minified and ordinary HTML, not office.js", () => {
    const html =
      "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>" +
      '<script defer src=vendor.1.js></script><script defer="defer" src="taskpane.2.js"></script>';
    expect(localScripts(html)).toEqual(["vendor.1.js", "taskpane.2.js"]);
  });
});

describe("icon PNG encoder", () => {
  test("writes a valid RGBA PNG whose pixels read back", () => {
    const pixels = Buffer.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 9, 9, 9, 255]);
    const png = encodePng(2, 2, pixels);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    );
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(2);
    const idatAt = png.indexOf("IDAT");
    const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
    // Each row: filter byte 0, then the row's RGBA.
    expect([...raw]).toEqual([0, ...pixels.subarray(0, 8), 0, ...pixels.subarray(8)]);
  });

  test("the committed icons exist at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(__dirname, `../../assets/icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
