import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { TOOLS } from "../../domain/ita/types";
import { fixed2 } from "../../domain/numbers";
import type { ScoreBook } from "../../domain/model";
import type { Problem } from "../../domain/problems";
import { useT } from "../i18n";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

const fmt = (n: number | undefined) => (n === undefined ? "–" : fixed2(n));

/** The figures a mapping yields, per year, and what the checks found — before anything is saved. */
export function Preview({ book, problems }: { book: ScoreBook; problems: readonly Problem[] }) {
  const t = useT();
  const styles = useStyles();
  const order = ["error", "warning", "info"];
  const sorted = [...problems].sort(
    (a, b) => order.indexOf(a.severity) - order.indexOf(b.severity)
  );
  return (
    <div data-testid="mapping-preview" aria-live="polite">
      <h4 className={styles.heading}>{t("mapping.pane.previewTitle")}</h4>
      {book.years.length === 0 && book.benchmarks.length === 0 ? (
        <Text>{t("mapping.pane.previewNone")}</Text>
      ) : (
        <ul className={styles.list}>
          {book.years.map((y) => {
            const tools = TOOLS.filter((tool) => y.tools[tool]).map(
              (tool) => `${tool} ${fmt(y.tools[tool]?.value)}`
            );
            const indicators = Object.entries(y.indicators).map(
              ([no, c]) => `${no}: ${fmt(c?.value)}`
            );
            return (
              <li key={y.year}>
                <Text>
                  {t("mapping.pane.previewYear", {
                    year: y.year,
                    score: fmt(y.overall?.value),
                    tools: tools.join(" · ") || "–",
                    count: indicators.length,
                  })}
                </Text>
                {indicators.length > 0 && (
                  <>
                    <br />
                    <Text size={200}>
                      {t("mapping.pane.previewItems", { items: indicators.join(", ") })}
                    </Text>
                  </>
                )}
                {y.questions.length > 0 && (
                  <>
                    <br />
                    <Text size={200}>
                      {t("mapping.pane.previewQuestions", { count: y.questions.length })}
                    </Text>
                  </>
                )}
              </li>
            );
          })}
          {book.benchmarks.map((b) => (
            <li key={`${b.kind}-${b.label}-${b.year}`}>
              <Text>
                {t("mapping.pane.previewBenchmark", {
                  label: b.label,
                  year: b.year,
                  score: fmt(b.overall?.value),
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {sorted.length > 0 && (
        <>
          <h4 className={styles.heading}>
            {t("mapping.pane.checksTitle", { count: sorted.length })}
          </h4>
          <ul className={styles.list} data-testid="mapping-checks">
            {sorted.map((p, i) => (
              <li key={`${p.code}-${p.cell ?? ""}-${i}`} className={styles[p.severity]}>
                <Text>{t(p.code, p.params)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
