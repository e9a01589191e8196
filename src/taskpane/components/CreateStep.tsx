import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { DataBarVerticalRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { isStale, optionsValid } from "../hooks/usePaneController";
import { ProblemList } from "./ProblemList";
import { Summary } from "./Summary";
import { RunProgress } from "./RunProgress";

/**
 * Puts focus back on the Create button when the replace dialog closes without a run (Cancel,
 * Escape): the button stays focusable while busy, so focus never falls to the page body.
 */
function useFocusAfterDialog(button: React.RefObject<HTMLButtonElement>, open: boolean) {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open, button]);
}

/** Step 3: run the analysis, show progress (after a second), then the summary with links to the new sheets. */
export function CreateStep() {
  const t = useT();
  const { state, actions } = usePane();
  const ready = state.book !== undefined && optionsValid(state.options);
  const button = useRef<HTMLButtonElement>(null);
  useFocusAfterDialog(button, state.replace !== undefined);
  const stale = state.result !== undefined && isStale(state.result, state.options);
  const warnings = state.result?.warnings ?? [];
  return (
    <>
      <Text as="p">{t(ready ? "PANE_CREATE_HINT" : "PANE_CREATE_NEED_DATA")}</Text>
      <div>
        <Button
          ref={button}
          appearance="primary"
          icon={<DataBarVerticalRegular />}
          disabled={!ready}
          disabledFocusable={ready && state.busy !== null}
          onClick={actions.create}
        >
          {t("PANE_CREATE")}
        </Button>
      </div>
      <RunProgress progress={state.busy === "create" ? state.progress : undefined} />
      {state.blocked && state.busy === null && state.book && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("PANE_RUN_BLOCKED")}</MessageBarBody>
        </MessageBar>
      )}
      {stale && state.result && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody>
            {t("PANE_RESULT_STALE", { threshold: state.result.choice.threshold })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.result && <Summary result={state.result} />}
      {warnings.length > 0 && (
        <details data-testid="run-warnings">
          <summary>{t("PANE_RESULT_WARNINGS", { count: warnings.length })}</summary>
          <ProblemList problems={warnings} testId="run-problems" />
        </details>
      )}
    </>
  );
}
