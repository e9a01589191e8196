/**
 * The Measures step: proposals grouped by indicator, edited in place; the organisation's units;
 * the sheet layout; a preview of what will change; and one button that writes the units sheet
 * and the measures sheet together (replacing the ones an earlier run wrote).
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IndicatorNo } from "../../domain/ita/types";
import type { Analysis } from "../../domain/model";
import type { Era } from "../../domain/thai/calendar";
import type { Lang } from "../../domain/messages/format";
import type { WorkbookPort } from "../../workbook/port";
import { LangProvider, translator, useT } from "../i18n";
import { LayoutPicker } from "./LayoutPicker";
import "./messages";
import type { Handler, MeasureLayout } from "./model";
import { buildOutput } from "./planBridge";
import { ProposalList } from "./ProposalList";
import { indicatorsOf, selectedCount } from "./view";
import { publishReportPlan } from "./reportPlan";
import { ApplyStatus, PreviewOrProblem } from "./StepMessages";
import { UnitsSection } from "./UnitsSection";
import { useMeasuresState, type MeasuresState, type MeasuresStore } from "./useMeasuresState";
import { useMeasuresWorkflow, type LoadState } from "./useMeasuresWorkflow";

type ReadyLoad = Extract<LoadState, { status: "ready" }>;

export interface MeasuresStepProps {
  /** The analysis the proposals come from; keep it referentially stable (re-plans on change). */
  analysis: Analysis;
  /** Language of the pane. */
  lang: Lang;
  /** Language of the proposals and the sheets; default `lang`. Changing it re-plans. */
  sheetLang?: Lang;
  /** Write Thai digits in the sheets (default false). */
  thaiDigits?: boolean;
  /** Years in the sheets (default Buddhist era). */
  era?: Era;
  port: WorkbookPort;
  /** Default: the organisation the reader found. Picks the default unit list (อบต./เทศบาล). */
  organizationName?: string;
  /** Called with the names of the sheets created, after a successful apply. */
  onApplied?: Handler<string[]>;
  /** The user's work held above the step (so it outlives it); default: the step's own. */
  store?: MeasuresStore;
}

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  /* The primary action stays in reach however long the list: a footer stuck to the pane's bottom. */
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The step in its pane language: every part below translates with `useT`. */
export function MeasuresStep(props: MeasuresStepProps) {
  return (
    <LangProvider lang={props.lang}>
      <StepBody {...props} />
    </LangProvider>
  );
}

function StepBody(props: MeasuresStepProps) {
  const { analysis, lang, port } = props;
  const t = useT();
  const sheetLang = props.sheetLang ?? lang;
  const styles = useStyles();
  const own = useMeasuresState();
  const [state, dispatch] = props.store ?? own;
  const { load, apply, run, dismiss } = useMeasuresWorkflow({
    analysis,
    port,
    lang,
    sheetLang,
    organizationName: props.organizationName,
    dispatch,
  });
  const thaiDigits = props.thaiDigits ?? false;
  const era = props.era ?? "be";
  const organization = props.organizationName;
  const build = useCallback(
    (s: MeasuresState, l: ReadyLoad, context = l.context) =>
      buildOutput({
        analysis,
        shell: l.shell,
        state: s,
        context,
        lang: sheetLang,
        thaiDigits,
        era,
        organization,
      }),
    [analysis, sheetLang, thaiDigits, era, organization]
  );
  // Rendering the sheet for the preview costs milliseconds on a slow PC: it follows the state
  // from a deferred copy, so the user's input is handled first.
  const deferred = useDeferredValue(state);
  const built = useMemo(
    () => (load.status === "ready" ? build(deferred, load) : undefined),
    [build, load, deferred]
  );
  // The report, rendered on the next run, lists the measures as the user shaped them here.
  useEffect(() => {
    if (load.status === "ready") publishReportPlan(load.shell, deferred);
  }, [load, deferred]);
  const indicators = useMemo(() => indicatorsOf(analysis, lang), [analysis, lang]);
  const added = useRef(0);
  const fiscalYear = load.status === "ready" ? load.shell.fiscalYear : 0;
  // Stable, so the list's items (memoised) do not re-render when the step does.
  const onAdd = useCallback(
    (indicator: IndicatorNo) => {
      const key = `custom-new-${++added.current}`;
      dispatch({
        type: "add",
        key,
        indicator,
        title: translator(sheetLang)("measures.pane.newMeasureTitle"),
        units: [],
        timeline: { kind: "fiscalYear", fy: fiscalYear },
      });
      return key;
    },
    [dispatch, sheetLang, fiscalYear]
  );
  const onLayout = useCallback(
    (value: MeasureLayout) => dispatch({ type: "layout", value }),
    [dispatch]
  );

  if (load.status === "loading") return <Spinner size="small" label={t("measures.pane.loading")} />;

  const counts = selectedCount(state);
  const onApply = async () => {
    // Built again from the workbook as it is at the click (see useMeasuresWorkflow's run).
    const created = await run((context) => build(state, load, context));
    if (created) props.onApplied?.(created);
  };

  return (
    <div className={styles.root}>
      <Text>{t("measures.pane.intro")}</Text>
      <Text weight="semibold">
        {t("measures.pane.fiscalYear", { year: load.shell.fiscalYear })}
      </Text>
      {load.readError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("measures.pane.error.read", { detail: load.readError })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Switch
        checked={!state.includeStrengths}
        onChange={(_, d) => dispatch({ type: "includeStrengths", value: !d.checked })}
        label={t("measures.pane.weaknessesOnly")}
      />
      <Text size={200} role="status">
        {t("measures.pane.selectedCount", counts)}
      </Text>
      <ProposalList
        drafts={state.drafts}
        includeStrengths={state.includeStrengths}
        indicators={indicators}
        units={state.units}
        assessedYear={load.shell.assessedYear}
        fiscalYear={load.shell.fiscalYear}
        dispatch={dispatch}
        onAdd={onAdd}
      />
      <UnitsSection state={state} source={load.unitsSource} dispatch={dispatch} />
      <LayoutPicker value={state.layout} onChange={onLayout} />
      {built && (
        <PreviewOrProblem
          built={built}
          state={state}
          busy={deferred !== state}
          dispatch={dispatch}
        />
      )}
      {counts.selected === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("measures.pane.nothingSelected")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions} data-testid="measures-footer">
        {/* Focusable while applying, so focus stays on it (never falls to the page body). */}
        <Button
          appearance="primary"
          disabled={counts.selected === 0 || !built?.ok}
          disabledFocusable={apply.status === "applying"}
          onClick={() => void onApply()}
        >
          {t("measures.pane.apply")}
        </Button>
        {apply.status === "applying" && <Spinner size="tiny" label={t("measures.pane.applying")} />}
        {/* In the footer, so the result is in view where the user clicked. */}
        <ApplyStatus apply={apply} onDismiss={dismiss} />
      </div>
    </div>
  );
}
