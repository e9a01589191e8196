import { Suspense, lazy, useEffect, useMemo } from "react";
import { FluentProvider, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/messages";
import type { WorkbookPort } from "../../workbook/port";
import { LangProvider, useT } from "../i18n";
import { paneTheme } from "../theme";
import { loadEngine as loadRealEngine } from "../engine/load";
import type { EngineLoader } from "../engine/types";
import { PaneContext, usePane } from "../hooks/paneContext";
import { usePaneController } from "../hooks/usePaneController";
import { ErrorBar } from "./ErrorBar";
import { Header } from "./Header";
import { Step } from "./Step";
import { PANE_STEPS, type StepDefinition } from "./steps";
import type { DraftStore } from "../measures/draftStore";
import { MeasuresStoreProvider } from "../measures/MeasuresStoreContext";

export interface AppProps {
  port: WorkbookPort;
  initialLang: Lang;
  dark?: boolean;
  /** Tests hand in a stand-in; the real pipeline is loaded lazily. */
  loadEngine?: EngineLoader;
  steps?: readonly StepDefinition[];
  /** Where the Measures step's work is kept between sessions (the workbook's settings). */
  drafts?: DraftStore;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "280px",
    maxWidth: "720px",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** The replace dialog is only needed on a re-run: it loads when first asked for. */
const ReplaceDialog = lazy(() =>
  import(/* webpackChunkName: "replace-dialog", webpackPrefetch: true */ "./ReplaceDialog").then(
    (m) => ({ default: m.ReplaceDialog })
  )
);

function Steps({ steps }: { steps: readonly StepDefinition[] }) {
  const t = useT();
  return (
    <main aria-label={t("PANE_STEPS_LABEL")}>
      {steps.map(({ id, title, Component }, i) => (
        <Step key={id} id={id} n={i + 1} title={t(title)}>
          <Suspense fallback={<Spinner size="tiny" label={t("PANE_STEP_LOADING")} />}>
            <Component />
          </Suspense>
        </Step>
      ))}
    </main>
  );
}

function Dialogs() {
  const { state } = usePane();
  if (state.replace === undefined) return null;
  return (
    <Suspense fallback={null}>
      <ReplaceDialog />
    </Suspense>
  );
}

/** Keeps <html lang> in step with the pane, so screen readers pick the right voice. */
function DocumentLang() {
  const { state } = usePane();
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);
  return null;
}

export function App({
  port,
  initialLang,
  dark = false,
  loadEngine = loadRealEngine,
  steps = PANE_STEPS,
  drafts,
}: AppProps) {
  const styles = useStyles();
  const [state, actions] = usePaneController(port, loadEngine, initialLang);
  const theme = useMemo(() => paneTheme(dark), [dark]);
  return (
    <FluentProvider theme={theme}>
      <LangProvider lang={state.lang}>
        <PaneContext.Provider value={{ state, actions, port }}>
          <MeasuresStoreProvider store={drafts}>
            <DocumentLang />
            <div className={styles.root} lang={state.lang}>
              <Header />
              <ErrorBar />
              <Steps steps={steps} />
              <Dialogs />
            </div>
          </MeasuresStoreProvider>
        </PaneContext.Provider>
      </LangProvider>
    </FluentProvider>
  );
}
