import { DOC_COLUMNS } from "../../../../src/domain/report/document/layout";

/** Calibri 11 (the Normal font): 7 px a width unit, 5 px padding a column, 96 px an inch. */
const PX_PER_UNIT = 7;
const PADDING = 5;
const MM_PER_PX = 25.4 / 96;
/** A4 portrait less the two 0.5-inch side margins the report prints with. */
const PRINTABLE_MM = 210 - 2 * 12.7;

test("the report's columns fit A4 portrait at 100 %, using most of its width", () => {
  const px = DOC_COLUMNS.reduce((sum, w) => sum + w * PX_PER_UNIT + PADDING, 0);
  const mm = px * MM_PER_PX;
  expect(mm).toBeLessThanOrEqual(PRINTABLE_MM);
  expect(mm).toBeGreaterThan(170);
});
