import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAddRegular, TableSearchRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { FoundSummary } from "./FoundSummary";
import { ProblemList } from "./ProblemList";
import { UseRangeAction } from "../mapping";
import { RunProgress, type ProgressStage } from "./RunProgress";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const FINDING: ProgressStage = { id: "PANE_FINDING" };

/** Step 1: find the score tables in the workbook, or insert the blank template. */
export function DataStep() {
  const t = useT();
  const styles = useStyles();
  const { state, actions } = usePane();
  const busy = state.busy !== null;
  return (
    <>
      <Text as="p">{t("PANE_DATA_HINT")}</Text>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<TableSearchRegular />}
          disabledFocusable={busy}
          onClick={actions.find}
        >
          {t("PANE_FIND")}
        </Button>
        <Button
          icon={<TableAddRegular />}
          disabledFocusable={busy}
          onClick={actions.insertTemplate}
        >
          {t("PANE_INSERT_TEMPLATE")}
        </Button>
      </div>
      {/* Like Create's: shown only when finding takes over a second, so a quick find never flickers. */}
      <RunProgress
        progress={state.busy === "find" ? FINDING : undefined}
        testId="find-progress"
      />
      {state.busy === "template" && (
        <Spinner size="tiny" labelPosition="after" label={t("PANE_INSERTING_TEMPLATE")} />
      )}
      {state.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(state.notice.id, state.notice.params)}</MessageBarBody>
        </MessageBar>
      )}
      <UseRangeAction />
      {state.book && <FoundSummary book={state.book} />}
      {state.book && <ProblemList problems={state.problems} />}
    </>
  );
}
