import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
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
    await user.click(screen.getByRole("button", { name: "Report details" }));
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

  test("the real engine passes them to the report sheet", () => {
    setReportDetails({ prepared: { name: "นางสาวสมใจ ใจดี" } });
    const grids = loadGrids("seed000-indicators.json");
    const result = realEngine.run(grids, [], { threshold: 85, thaiDigits: false, lang: "th" });
    if (!result.ok) throw new Error("the seed grid should analyse");
    const report = result.spec.sheets.find((s) => s.key === "report")!;
    const texts = report.rows.flat().map((c) => c?.value);
    expect(texts).toContainEqual(expect.stringContaining("(นางสาวสมใจ ใจดี)"));
  });

  test("blank fields are left out", () => {
    const info = withField(withField({}, "approved.name", "ก"), "approved.name", " ");
    expect(info).toEqual({});
  });
});
