import { useEffect, useRef } from "react";
import {
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { OpenRegular } from "@fluentui/react-icons";
import { hasPaneMessage as hasMessage } from "../../domain/messages/pane-catalogue";
import { TOOLS } from "../../domain/ita/types";
import { fixed2 } from "../../domain/numbers";
import { LEVEL_GLOSS_EN } from "../../domain/ita/levels";
import type { Analysis, Provenance } from "../../domain/model";
import type { Year } from "../../domain/ita/types";
import { useLang, useT, type Translate } from "../i18n";
import { joinList } from "../../domain/thai/lists";
import type { Lang } from "../../domain/messages/format";
import { usePane } from "../hooks/paneContext";
import type { CreateResult } from "../hooks/usePaneController";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
});


function changeLine(t: Translate, a: Analysis): string | undefined {
  const { overall, from } = a;
  if (from === undefined || overall.diff === undefined) return undefined;
  const params = {
    diff: fixed2(Math.abs(overall.diff)),
    pct: fixed2(Math.abs(overall.pctChange ?? 0)),
    from: t("PANE_YEAR", { year: from }),
  };
  if (overall.direction === "up") return t("PANE_SUMMARY_UP", params);
  if (overall.direction === "down") return t("PANE_SUMMARY_DOWN", params);
  return t("PANE_SUMMARY_SAME", params);
}

function WeakestList({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const items = TOOLS.flatMap((tool) => {
    const no = analysis.weakest.byTool[tool];
    const ind = analysis.indicators.find((i) => i.no === no);
    if (!ind) return [];
    const name = lang === "th" ? ind.name : ind.nameEn;
    return [
      {
        tool,
        text: t("PANE_SUMMARY_WEAKEST_ITEM", { tool, no: ind.no, name, score: fixed2(ind.to ?? 0) }),
      },
    ];
  });
  if (items.length === 0) return null;
  return (
    <>
      <h4 className={styles.subheading}>{t("PANE_SUMMARY_WEAKEST")}</h4>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.tool}>{item.text}</li>
        ))}
      </ul>
    </>
  );
}

const isComputed = (p: Provenance | undefined) => p?.kind === "computed";

/**
 * Whether the overall score shown for `year` was computed from the indicators rather than read
 * (its level then follows from a computed score, so it is not the announced level either).
 */
function overallComputed(a: Analysis, year: Year | undefined): boolean {
  if (year === undefined || a.overall.scores[year] === undefined) return false;
  const level = a.overall.levelSources[year];
  return (
    isComputed(a.overall.sources[year]) ||
    (level?.kind === "computed" && level.note === "levelOnComputedOverall")
  );
}

/** A short note beside a figure the engine computed, as every generated sheet has one. */
function ComputedNote({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.note} data-testid="computed-note">
      {children}
    </Text>
  );
}

/** After a run: the overall change, the weakest indicator per tool, and the new sheets. */
export function Summary({ result }: { result: CreateResult }) {
  const t = useT();
  const styles = useStyles();
  const { port, actions } = usePane();
  const a = result.analysis;
  const thaiLevel = a.overall.level[a.to] ?? "";
  // English mode is English: the NACC's Thai level name becomes its English gloss.
  const lang = useLang();
  const level = lang === "en" ? (LEVEL_GLOSS_EN[thaiLevel] ?? thaiLevel) : thaiLevel;
  const change = changeLine(t, a);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the result so keyboard and screen-reader users learn the run has finished.
  useEffect(() => headingRef.current?.focus(), [result]);
  return (
    <section className={styles.root} aria-labelledby="summary-title" data-testid="summary">
      <h3 id="summary-title" ref={headingRef} className={styles.heading} tabIndex={-1}>
        {t("PANE_SUMMARY_TITLE")}
      </h3>
      {a.organization.name && (
        <Text>
          {t("PANE_SUMMARY_ORG", {
            name: a.organization.name,
            year: t("PANE_YEAR", { year: a.to }),
          })}
        </Text>
      )}
      {a.overall.to !== undefined && (
        <Text className={styles.big}>
          {t("PANE_SUMMARY_SCORE", { score: fixed2(a.overall.to), level })}
        </Text>
      )}
      {a.overall.to !== undefined && overallComputed(a, a.to) && (
        <ComputedNote>{t("PANE_SUMMARY_COMPUTED")}</ComputedNote>
      )}
      {change && <Text>{change}</Text>}
      {change && a.from !== undefined && overallComputed(a, a.from) && (
        <ComputedNote>
          {t("PANE_SUMMARY_COMPUTED_FROM", { from: t("PANE_YEAR", { year: a.from }) })}
        </ComputedNote>
      )}
      {a.from !== undefined && <Text>{countsText(t, a.counts, lang)}</Text>}
      <Text>
        {t("PANE_SUMMARY_BELOW", { threshold: a.threshold, count: a.belowThreshold.length })}
      </Text>
      <WeakestList analysis={a} />
      <h4 className={styles.subheading}>{t("PANE_SHEETS_CREATED")}</h4>
      <ul className={styles.list}>
        {result.created.map((sheet) => (
          <li key={sheet}>
            {port.activate ? (
              <Link
                as="button"
                aria-label={t("PANE_OPEN_SHEET", { sheet })}
                onClick={() => actions.activate(sheet)}
              >
                {sheet} <OpenRegular aria-hidden />
              </Link>
            ) : (
              <Text>{sheet}</Text>
            )}
          </li>
        ))}
      </ul>
      {result.skipped.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("PANE_SKIPPED_TITLE")}{" "}
            {result.skipped
              .map((id) => (hasMessage(id) ? t(id) : t("PANE_SKIPPED_UNKNOWN")))
              .join("; ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** How many indicators rose, held and fell, naming only the counts above zero. */
export function countsText(
  t: Translate,
  counts: { up: number; same: number; down: number },
  lang: Lang
): string {
  const parts = [
    t("PANE_SUMMARY_COUNT_UP", { count: counts.up }),
    t("PANE_SUMMARY_COUNT_SAME", { count: counts.same }),
    t("PANE_SUMMARY_COUNT_DOWN", { count: counts.down }),
  ].filter((_, i) => [counts.up, counts.same, counts.down][i] > 0);
  return t("PANE_SUMMARY_COUNTS", { list: joinList(parts, lang) });
}
