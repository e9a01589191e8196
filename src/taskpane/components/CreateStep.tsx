import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import { DataBarVerticalRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { optionsValid } from "../hooks/usePaneController";
import { Summary } from "./Summary";

/** Step 3: run the analysis, show progress, then the summary with links to the new sheets. */
export function CreateStep() {
  const t = useT();
  const { state, actions } = usePane();
  const ready = state.book !== undefined && optionsValid(state.options);
  return (
    <>
      <Text as="p">{t(ready ? "PANE_CREATE_HINT" : "PANE_CREATE_NEED_DATA")}</Text>
      <div>
        <Button
          appearance="primary"
          icon={<DataBarVerticalRegular />}
          disabled={!ready || state.busy !== null}
          onClick={actions.create}
        >
          {t("PANE_CREATE")}
        </Button>
      </div>
      {state.busy === "create" && state.progress && (
        <div data-testid="progress">
          <Text role="status" aria-live="polite">
            {t(state.progress.id)}
          </Text>
          <ProgressBar
            value={state.progress.value}
            thickness="large"
            aria-label={t("PANE_PROGRESS_LABEL")}
            aria-valuetext={t(state.progress.id)}
          />
        </div>
      )}
      {state.blocked && state.busy === null && state.book && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("PANE_RUN_BLOCKED")}</MessageBarBody>
        </MessageBar>
      )}
      {state.result && <Summary result={state.result} />}
    </>
  );
}
