/**
 * The signature block: prepared by and reviewed by side by side, approved by centred below.
 * Names, positions and dates come from the report details; a blank leaves a dotted line to fill
 * in by hand, as printed forms do.
 */
import { longDate, say, type DocContext } from "./context";
import type { Signer, SignerRole } from "./info";
import { STYLES } from "./layout";

const ROLE_IDS = {
  prepared: "DOC_SIGN_PREPARED",
  reviewed: "DOC_SIGN_REVIEWED",
  approved: "DOC_SIGN_APPROVED",
} as const;

export function signerLines(c: DocContext, role: SignerRole): string[] {
  const s: Signer = c.info[role] ?? {};
  const blankDate = c.options.era === "ce" ? "DOC_SIGN_DATE_BLANK_CE" : "DOC_SIGN_DATE_BLANK";
  return [
    say(c, "DOC_SIGN_LINE", { role: say(c, ROLE_IDS[role]) }),
    s.name ? say(c, "DOC_SIGN_NAME", { name: s.name }) : say(c, "DOC_SIGN_NAME_BLANK"),
    s.position
      ? say(c, "DOC_SIGN_POSITION", { position: s.position })
      : say(c, "DOC_SIGN_POSITION_BLANK"),
    s.date ? say(c, "DOC_SIGN_DATE", { date: longDate(c, s.date) }) : say(c, blankDate),
  ];
}

/** Signers side by side on one row, each block one merged cell of four lines. */
function band(c: DocContext, blocks: { role: SignerRole; col: number; span: number }[]): void {
  const { w } = c;
  const row = w.row++;
  for (const { role, col, span } of blocks)
    w.at(row, col, span, signerLines(c, role).join("\n"), STYLES.signature);
}

export function renderSignatures(c: DocContext): void {
  // The block never stands alone on a page: it keeps the last row above it company when the two
  // fit on one page, else it keeps together by itself.
  const from = Math.max(0, c.w.row - 1);
  c.w.gap();
  band(c, [
    { role: "prepared", col: 0, span: 6 },
    { role: "reviewed", col: 6, span: 4 },
  ]);
  c.w.gap();
  band(c, [{ role: "approved", col: 3, span: 5 }]);
  c.w.keepTogether(from, c.w.row - 1);
  c.w.keepTogether(from + 1, c.w.row - 1);
}
