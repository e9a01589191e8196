import { useEffect, useState } from "react";
import { ProgressBar, Text } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { PaneState } from "../hooks/usePaneController";
import { PROGRESS_DELAY_MS } from "./progressDelay";

/** True once `active` has held for `delay` ms; false again as soon as it ends. */
function useShownAfter(active: boolean, delay: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [active, delay]);
  return active && shown;
}

/**
 * The stage of a long run (reading the workbook, analysing, writing the sheets) with a progress
 * bar, shown only once the run has taken a second. The status region is always in the page, so
 * screen readers announce each stage as its text changes; focus stays where the user left it
 * (on the Create button, which stays focusable while busy).
 */
export function RunProgress({ progress }: { progress: PaneState["progress"] }) {
  const t = useT();
  const shown = useShownAfter(progress !== undefined, PROGRESS_DELAY_MS);
  const label = shown && progress ? t(progress.id) : "";
  return (
    <div data-testid={shown ? "progress" : undefined}>
      <Text role="status" aria-live="polite">
        {label}
      </Text>
      {shown && progress && (
        <ProgressBar
          value={progress.value}
          thickness="large"
          aria-label={t("PANE_PROGRESS_LABEL")}
          aria-valuetext={label}
        />
      )}
    </div>
  );
}
