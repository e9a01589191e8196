import { ProgressBar, Text } from "@fluentui/react-components";
import type { PaneMessageId as MessageId } from "../../domain/messages/pane-catalogue";
import { useT } from "../i18n";
import { useShownAfter } from "./progressDelay";

/** What a busy action is doing; without `value` the bar is indeterminate (no stages known). */
export interface ProgressStage {
  id: MessageId;
  value?: number;
}

/**
 * The stage of a long action (finding the tables; reading, analysing, writing the sheets) with a
 * progress bar, shown only once the action has taken a second. The status region is always in
 * the page, so screen readers announce each stage as its text changes; focus stays where the
 * user left it (on the action's button, which stays focusable while busy).
 */
export function RunProgress({
  progress,
  testId = "progress",
}: {
  progress: ProgressStage | undefined;
  testId?: string;
}) {
  const t = useT();
  const shown = useShownAfter(progress !== undefined);
  const label = shown && progress ? t(progress.id) : "";
  return (
    <div data-testid={shown ? testId : undefined}>
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
