import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { MessageId } from "../../domain/messages";
import type { Problem, Severity } from "../../domain/problems";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { UseRangeForProblem } from "../mapping";

const SEVERITY_LABEL: Record<Severity, MessageId> = {
  error: "PANE_SEVERITY_ERROR",
  warning: "PANE_SEVERITY_WARNING",
  info: "PANE_SEVERITY_INFO",
};

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    width: "100%",
    minWidth: 0,
    alignItems: "flex-start",
  },
  plain: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  if (severity === "error") return <ErrorCircleRegular className={styles.error} aria-hidden />;
  if (severity === "warning") return <WarningRegular className={styles.warning} aria-hidden />;
  return <InfoRegular className={styles.info} aria-hidden />;
}

/** Problems, most serious first; choosing one with a cell selects that cell in the sheet. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const t = useT();
  const styles = useStyles();
  const { port, actions } = usePane();
  if (problems.length === 0) return <Text>{t("PANE_NO_PROBLEMS")}</Text>;
  const order: Severity[] = ["error", "warning", "info"];
  const sorted = [...problems].sort(
    (a, b) => order.indexOf(a.severity) - order.indexOf(b.severity)
  );
  const hasError = sorted.some((p) => p.severity === "error");
  return (
    <div data-testid="problems">
      <h3 className={styles.heading}>{t("PANE_PROBLEMS_TITLE", { count: problems.length })}</h3>
      {port.select && <Text size={200}>{t("PANE_PROBLEMS_HINT")}</Text>}
      <ul className={styles.list}>
        {sorted.map((p, i) => {
          const text = `${t(SEVERITY_LABEL[p.severity])}: ${t(p.code, p.params)}`;
          const cell = p.cell;
          return (
            <li key={`${p.code}-${cell ?? ""}-${i}`}>
              {cell && port.select ? (
                <Button
                  appearance="subtle"
                  className={styles.item}
                  icon={<SeverityIcon severity={p.severity} />}
                  title={t("PANE_GO_TO", { cell })}
                  onClick={() => actions.select(cell)}
                >
                  {text}
                </Button>
              ) : (
                <div className={styles.plain}>
                  <SeverityIcon severity={p.severity} />
                  <Text>{text}</Text>
                </div>
              )}
              <UseRangeForProblem problem={p} />
            </li>
          );
        })}
      </ul>
      {hasError && <Text weight="semibold">{t("PANE_FIX_ERRORS_FIRST")}</Text>}
    </div>
  );
}
