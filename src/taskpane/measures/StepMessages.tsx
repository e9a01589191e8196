/** What the step says after building and applying: the preview or the problem, and the result. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Problem } from "../../domain/problems";
import { ChangePreview } from "./ChangePreview";
import type { Handler } from "./model";
import type { BuildResult } from "./planBridge";
import { useT } from "../i18n";
import type { MeasuresAction, MeasuresState } from "./useMeasuresState";
import type { ApplyState } from "./useMeasuresWorkflow";

export function ApplyStatus({ apply, onDismiss }: { apply: ApplyState; onDismiss: () => void }) {
  const t = useT();
  if (apply.status === "done")
    return (
      <MessageBar intent="success" politeness="polite" layout="multiline">
        <MessageBarBody>
          {t("measures.pane.applied", {
            sheets: apply.sheets.map((s) => `“${s}”`).join(", "),
          })}
        </MessageBarBody>
      </MessageBar>
    );
  if (apply.status === "error")
    return (
      <MessageBar intent="error" politeness="assertive" layout="multiline">
        <MessageBarBody>{t("measures.pane.error.apply", { detail: apply.detail })}</MessageBarBody>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t("measures.pane.dismiss")}
        </Button>
      </MessageBar>
    );
  return null;
}

export function PreviewOrProblem(props: {
  built: BuildResult;
  state: MeasuresState;
  /** The preview still shows an earlier state (it follows a deferred copy). */
  busy: boolean;
  dispatch: Handler<MeasuresAction>;
}) {
  const { built, state, busy, dispatch } = props;
  const t = useT();
  if (!built.ok)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t(built.error.id, built.error.params)}</MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      <ChangePreview
        preview={built.preview}
        busy={busy}
        allowRemoval={state.allowRemoval}
        removals={state.removals}
        onAllowRemoval={(value) => dispatch({ type: "allowRemoval", value })}
        onToggleRemoval={(key) => dispatch({ type: "toggleRemoval", key })}
      />
      <BuildWarnings problems={built.problems} />
    </>
  );
}

/**
 * What the table will be like that the user may want to change first (a step text too long for
 * one row). Plain text with the cell address: the sheet does not exist yet, so nothing to select.
 */
function BuildWarnings({ problems }: { problems: readonly Problem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="measures-warnings">
      <MessageBarBody>
        <MessageBarTitle>{t("measures.pane.warningsTitle")}</MessageBarTitle>
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.code}-${p.cell ?? ""}-${i}`}>{t(p.code, p.params)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
