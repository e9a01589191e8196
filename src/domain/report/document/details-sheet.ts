/**
 * The hidden "ข้อมูลรายงาน" sheet: the report details as key / label / value rows, so the
 * workbook carries them and a later run (pane or command line) starts from them. A cell sheet
 * rather than document properties because both adapters and every Excel version read cells the
 * same way, and staff can unhide it and correct a name by hand. The reader skips it (marker).
 */
import type { Grid } from "../../grid";
import type { MessageId } from "../../messages";
import type { SheetSpec } from "../../spec";
import { SheetBuilder, block } from "../builder";
import { footerText } from "../common";
import { parseMarker } from "../marker";
import type { RenderOptions } from "../options";
import { HEADER_STYLE, a4Landscape } from "../styles";
import { msg } from "../text";
import { INFO_KEYS, infoFromPairs, infoValue, type InfoKey, type ReportInfo } from "./info";

const LABELS: Record<InfoKey, MessageId> = {
  announcementDate: "DOC_FIELD_ANNOUNCED",
  introduction: "DOC_FIELD_INTRODUCTION",
  "prepared.name": "DOC_FIELD_PREPARED_NAME",
  "prepared.position": "DOC_FIELD_PREPARED_POSITION",
  "prepared.date": "DOC_FIELD_PREPARED_DATE",
  "reviewed.name": "DOC_FIELD_REVIEWED_NAME",
  "reviewed.position": "DOC_FIELD_REVIEWED_POSITION",
  "reviewed.date": "DOC_FIELD_REVIEWED_DATE",
  "approved.name": "DOC_FIELD_APPROVED_NAME",
  "approved.position": "DOC_FIELD_APPROVED_POSITION",
  "approved.date": "DOC_FIELD_APPROVED_DATE",
};

const FIRST_FIELD_ROW = 2;

export function renderDetailsSheet(
  info: ReportInfo,
  options: RenderOptions,
  name: string
): SheetSpec {
  const b = new SheetBuilder();
  b.text(0, 0, msg({ ...options, thaiDigits: false }, "DOC_DETAILS_TITLE"));
  b.texts(1, 0, [
    msg(options, "DOC_DETAILS_COL_KEY"),
    msg(options, "DOC_DETAILS_COL_FIELD"),
    msg(options, "DOC_DETAILS_COL_VALUE"),
  ]);
  b.styleBlock(1, 0, 1, 2, HEADER_STYLE);
  INFO_KEYS.forEach((key, i) => {
    const row = FIRST_FIELD_ROW + i;
    b.texts(row, 0, [
      key,
      msg({ ...options, thaiDigits: false }, LABELS[key]),
      infoValue(info, key),
    ]);
  });
  b.style(block(FIRST_FIELD_ROW, 2, FIRST_FIELD_ROW + INFO_KEYS.length - 1, 2), {
    wrap: true,
    vertical: "top",
  });
  // The key column fits its longest key ("approved.position") at 16 pt, so a user who unhides
  // the sheet sees whole keys, not keys cut off by the labels beside them.
  return b.finish(
    // The label column fits the longest label ("Announcement date (YYYY-MM-DD)").
    { key: "details", name, columnWidths: [30, 54, 70], print: a4Landscape(), hidden: true },
    footerText(options)
  );
}

/** The details stored by an earlier run, from the grids of the workbook; {} when none. */
export function readStoredInfo(grids: readonly Grid[]): ReportInfo {
  const grid = grids.find((g) =>
    g.values.some((row) => row.some((v) => parseMarker(v)?.key === "details"))
  );
  if (!grid) return {};
  const pairs: [string, unknown][] = [];
  for (const row of grid.values) {
    const [key, , value] = row;
    if (typeof key === "string" && (INFO_KEYS as readonly string[]).includes(key))
      pairs.push([key, value === "" ? undefined : value]);
  }
  // A value the user mistyped in the sheet (an impossible date) is dropped, not fatal.
  const fields = pairs.filter(([k, v]) => infoFromPairs([[k, v]]).ok);
  const result = infoFromPairs(fields);
  return result.ok ? result.info : {};
}
