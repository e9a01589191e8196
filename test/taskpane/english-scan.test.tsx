/**
 * English mode is English: the pane in English, on the sample workbook with the real pipeline
 * (Find, Create, the Measures step), shows no Thai text but the user's own data, and no
 * Buddhist-era year without saying so.
 */
import { FAST_USER } from "./fast-user";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Grid } from "../../src/domain/grid";
import { realEngine } from "../../src/taskpane/engine/real";
import sample from "../fixtures/grids/sample-ita.json";
import { memoryPort, renderPane } from "./support";

/** The sample's own words, which the pane shows as they are: organisation, places, sheet names. */
const USER_DATA = [
  "องค์การบริหารส่วนตำบลตัวอย่าง",
  "เมือง",
  "ขอนแก่น",
  ...sample.sheetNames,
  // The button that switches to Thai is named in Thai, so a Thai reader can find it.
  "ไทย",
];

/** Every text a person or a screen reader meets: text nodes and the labels on elements. */
function paneTexts(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest("style, script")) continue;
    texts.push(n.textContent ?? "");
  }
  for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder]")) {
    for (const attr of ["aria-label", "title", "placeholder"]) {
      const value = el.getAttribute(attr);
      if (value) texts.push(value);
    }
  }
  return texts.filter((s) => s.trim() !== "");
}

const YEARS = String.raw`25[5-9]\d(?:, 25[5-9]\d)*`;
const MARKED_YEARS = new RegExp(`${YEARS} (?:B\\.E\\.|\\(Buddhist era\\))`, "g");
const BARE_YEAR = /\b25[5-9]\d\b/;

/** The text without its years marked Buddhist era ("2568 B.E.", "2567, 2568 B.E."). */
function unmarked(text: string): string {
  return text.replace(MARKED_YEARS, "");
}

function withoutUserData(text: string): string {
  return USER_DATA.reduce((s, word) => s.split(word).join(""), text);
}

test("the pane in English shows no Thai but the user's data, and marks Buddhist-era years", async () => {
  const grids = sample.grids as Grid[];
  const user = userEvent.setup(FAST_USER);
  const port = memoryPort();
  port.sheetNames = [...sample.sheetNames];
  port.read.mockImplementation(async () => ({ grids, sheetNames: [...port.sheetNames] }));
  renderPane(port, realEngine, "en");
  await user.click(screen.getByRole("button", { name: "Find score tables" }));
  await screen.findByTestId("found");
  await user.click(screen.getByRole("button", { name: "Create analysis" }));
  await screen.findByTestId("summary");
  // The Measures step loads with the result: wait for its preview.
  const preview = await screen.findByRole("region", { name: /What will change/ });
  await waitFor(() => expect(preview).not.toHaveAttribute("aria-busy"));

  const texts = paneTexts();
  const thai = texts.map(withoutUserData).filter((s) => /[\u0E00-\u0E7F]/.test(s));
  expect(thai).toEqual([]);
  // A fiscal year of the data (Buddhist era, 2550 onwards) is always marked as one in English.
  const bareYears = texts.map(withoutUserData).filter((s) => BARE_YEAR.test(unmarked(s)));
  expect(bareYears).toEqual([]);
});
