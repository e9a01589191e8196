import { Button } from "@fluentui/react-components";
import { TableCursorRegular } from "@fluentui/react-icons";
import type { Problem } from "../../domain/problems";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { openFromSelection, useMappingSession } from "./session";

/** Problems the user can settle by showing the reader the table. */
const MAPPABLE = new Set<string>([
  "YEARS_AMBIGUOUS",
  "YEAR_UNKNOWN",
  "ROW_NOT_RECOGNISED",
  "MAPPING_CHANGED",
  "MAPPING_COLUMNS_MISSING",
  "MAPPING_RANGE_EMPTY",
  "MAPPING_WIDTH_MISMATCH",
  "MAPPING_ROW_UNKNOWN",
]);

export function isMappable(p: Problem): boolean {
  return p.cell !== undefined && (MAPPABLE.has(p.code) || /AMBIGU|NOT_RECOGNI[SZ]ED|UNRECOGNI[SZ]ED/.test(p.code));
}

/** Beside a "not recognised" or ambiguity problem: use the selected range for that table. */
export function UseRangeForProblem({ problem }: { problem: Problem }) {
  const t = useT();
  const { port, state } = usePane();
  const session = useMappingSession();
  if (!port.mappings || !isMappable(problem)) return null;
  const cell = problem.cell ?? "";
  return (
    <Button
      size="small"
      appearance="transparent"
      icon={<TableCursorRegular />}
      aria-label={t("mapping.pane.useRangeFor", { cell })}
      disabled={state.busy !== null || session.status === "reading" || session.status === "saving"}
      onClick={() => void openFromSelection(port, state.book, cell)}
    >
      {t("mapping.pane.useRange")}
    </Button>
  );
}
