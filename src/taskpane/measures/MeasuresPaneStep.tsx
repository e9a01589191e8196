/**
 * The Measures step as a pane step (a component without props, like the other steps): takes the
 * analysis, languages and port from the pane's context.
 */
import { Text } from "@fluentui/react-components";
import { usePane } from "../hooks/paneContext";
import { MeasuresStep } from "./MeasuresStep";
import { useMeasuresStore } from "./MeasuresStoreContext";
import { useT } from "../i18n";
import "./messages";

export function MeasuresPaneStep() {
  const { state, port } = usePane();
  const t = useT();
  const store = useMeasuresStore() ?? undefined;
  const analysis = state.result?.analysis;
  if (!analysis) return <Text>{t("measures.pane.needAnalysis")}</Text>;
  return (
    <MeasuresStep
      analysis={analysis}
      lang={state.lang}
      sheetLang={state.options.outputLang}
      thaiDigits={state.options.thaiDigits}
      era={state.options.era}
      port={port}
      store={store}
    />
  );
}
