import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/domain/grid";
import { runPipeline } from "../../src/domain/pipeline";
import type { SheetSpec } from "../../src/domain/spec";
import { realEngine } from "../../src/taskpane/engine/real";
import {
  getReportDetails,
  setReportDetails,
  withField,
} from "../../src/taskpane/report/reportDetails";
import { loadGrids } from "../domain/read/load";
import { memoryPort, renderPane, stubEngine } from "./support";

afterEach(() => setReportDetails({}));

describe("report details in the options step", () => {
  test("the form fills the details the report is rendered with", async () => {
    const user = userEvent.setup();
    renderPane(memoryPort(), stubEngine(), "en");
    await user.click(screen.getByRole("button", { name: "Find score tables" }));
    await screen.findByTestId("found");
    await user.click(await screen.findByRole("button", { name: "Report details" }));
    const names = screen.getAllByRole("textbox", { name: "Name" });
    expect(names).toHaveLength(3);
    await user.type(names[0], "Somjai Jaidee");
    fireEvent.change(screen.getByLabelText("Announcement date (YYYY-MM-DD)"), {
      target: { value: "2025-08-15" },
    });
    expect(getReportDetails()).toEqual({
      announcementDate: "2025-08-15",
      prepared: { name: "Somjai Jaidee" },
    });
  });

  test("the real engine passes them to the report sheet", async () => {
    setReportDetails({ prepared: { name: "นางสาวสมใจ ใจดี" } });
    const grids = loadGrids("seed000-indicators.json");
    const result = await realEngine.run(grids, [], {
      threshold: 85,
      thaiDigits: false,
      lang: "th",
      era: "be",
    });
    if (!result.ok) throw new Error("the seed grid should analyse");
    const report = result.spec.sheets.find((s) => s.key === "report")!;
    const texts = report.rows.flat().map((c) => c?.value);
    expect(texts).toContainEqual(expect.stringContaining("(นางสาวสมใจ ใจดี)"));
  });

  test("blank fields are left out", () => {
    const info = withField(withField({}, "approved.name", "ก"), "approved.name", " ");
    expect(info).toEqual({});
  });

  test("reading the workbook prefills the form from its stored details; edited fields stay", async () => {
    const user = userEvent.setup();
    const grids = [...loadGrids("seed000-indicators.json"), storedDetails()];
    const port = memoryPort();
    port.read.mockImplementation(async () => ({ grids, sheetNames: grids.map((g) => g.sheet) }));
    renderPane(port, realEngine, "en");
    await user.click(screen.getByRole("button", { name: "Find score tables" }));
    await screen.findByTestId("found");
    await user.click(screen.getByRole("button", { name: "Report details" }));
    const names = () => screen.getAllByRole("textbox", { name: "Name" }) as HTMLInputElement[];
    expect(names().map((n) => n.value)).toEqual(["นางสาวสมใจ ใจดี", "", "นายประเสริฐ มั่นคง"]);
    expect(screen.getByLabelText("Announcement date (YYYY-MM-DD)")).toHaveValue("2025-08-15");
    expect(getReportDetails()).toEqual(STORED);
    // The user corrects the approver; reading the workbook again keeps that, refills the rest.
    await user.clear(names()[2]);
    await user.type(names()[2], "Somchai");
    await user.click(screen.getByRole("button", { name: "Find score tables" }));
    await screen.findByTestId("found");
    expect(names().map((n) => n.value)).toEqual(["นางสาวสมใจ ใจดี", "", "Somchai"]);
    expect(getReportDetails()).toEqual({ ...STORED, approved: { name: "Somchai" } });
  });
});

const STORED = {
  announcementDate: "2025-08-15",
  prepared: { name: "นางสาวสมใจ ใจดี", position: "นักวิเคราะห์นโยบายและแผน" },
  approved: { name: "นายประเสริฐ มั่นคง" },
};

/** The hidden details sheet an earlier run left in the workbook, as the pane reads it. */
function storedDetails(): Grid {
  const result = runPipeline(loadGrids("seed000-indicators.json"), {
    render: {
      lang: "th",
      thaiDigits: false,
      era: "be",
      existingSheetNames: [],
      report: { info: STORED },
    },
  });
  if (!result.ok) throw new Error("the seed grid should analyse");
  const sheet: SheetSpec = result.spec.sheets.find((s) => s.key === "details")!;
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values: sheet.rows.map((r) => r.map((c) => (c?.value ?? "") as string | number)),
  };
}
