import { render, screen } from "@testing-library/react";
import { NotInOffice } from "../../src/taskpane/components/NotInOffice";
import { detectHost, isDarkColour, langFromLocale } from "../../src/taskpane/office-env";

type OfficeGlobal = { Office?: unknown };

function setOffice(value: unknown) {
  (globalThis as OfficeGlobal).Office = value;
}

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

describe("host detection", () => {
  test("outside Office the page says to open it in Excel, in Thai and English", () => {
    render(<NotInOffice />);
    expect(screen.getByRole("heading", { name: "เปิดหน้านี้ใน Excel" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Open this in Excel" })).toBeInTheDocument();
  });

  test("office.js absent -> not in Office", async () => {
    expect((await detectHost()).inOffice).toBe(false);
  });

  test("office.js in a plain browser (onReady without a host) -> not in Office", async () => {
    setOffice({ onReady: async () => ({ host: null, platform: null }) });
    expect((await detectHost()).inOffice).toBe(false);
  });

  test("inside Excel: language and theme come from Office", async () => {
    setOffice({
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626" } },
    });
    expect(await detectHost()).toEqual({ inOffice: true, lang: "en", dark: true });
    setOffice({
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "th-TH", officeTheme: { bodyBackgroundColor: "#FFFFFF" } },
    });
    expect(await detectHost()).toEqual({ inOffice: true, lang: "th", dark: false });
  });

  test("locale and colour helpers", () => {
    expect(langFromLocale("th-TH")).toBe("th");
    expect(langFromLocale("TH")).toBe("th");
    expect(langFromLocale("en-GB")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
    expect(isDarkColour("#000000")).toBe(true);
    expect(isDarkColour("#f3f3f3")).toBe(false);
    expect(isDarkColour("not a colour")).toBe(false);
  });
});
