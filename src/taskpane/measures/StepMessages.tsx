/** What the step says after building and applying: the preview or the problem, and the result. */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../domain/messages/format";
import { ChangePreview } from "./ChangePreview";
import type { Handler } from "./model";
import type { BuildResult } from "./planBridge";
import { mt } from "./text";
import type { MeasuresAction, MeasuresState } from "./useMeasuresState";
import type { ApplyState } from "./useMeasuresWorkflow";

export function ApplyStatus({
  lang,
  apply,
  onDismiss,
}: {
  lang: Lang;
  apply: ApplyState;
  onDismiss: () => void;
}) {
  if (apply.status === "done")
    return (
      <MessageBar intent="success" politeness="polite" layout="multiline">
        <MessageBarBody>
          {mt(lang, "measures.pane.applied", {
            sheets: apply.sheets.map((s) => `“${s}”`).join(", "),
          })}
        </MessageBarBody>
      </MessageBar>
    );
  if (apply.status === "error")
    return (
      <MessageBar intent="error" politeness="assertive" layout="multiline">
        <MessageBarBody>
          {mt(lang, "measures.pane.error.apply", { detail: apply.detail })}
        </MessageBarBody>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {mt(lang, "measures.pane.dismiss")}
        </Button>
      </MessageBar>
    );
  return null;
}

export function PreviewOrProblem(props: {
  lang: Lang;
  built: BuildResult;
  state: MeasuresState;
  /** The preview still shows an earlier state (it follows a deferred copy). */
  busy: boolean;
  dispatch: Handler<MeasuresAction>;
}) {
  const { lang, built, state, busy, dispatch } = props;
  if (!built.ok)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{mt(lang, built.error.id, built.error.params)}</MessageBarBody>
      </MessageBar>
    );
  return (
    <ChangePreview
      lang={lang}
      preview={built.preview}
      busy={busy}
      allowRemoval={state.allowRemoval}
      removals={state.removals}
      onAllowRemoval={(value) => dispatch({ type: "allowRemoval", value })}
      onToggleRemoval={(key) => dispatch({ type: "toggleRemoval", key })}
    />
  );
}
