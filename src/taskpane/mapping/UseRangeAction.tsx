import { lazy, Suspense } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableCursorRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { openFromSelection, useMappingSession } from "./session";
import { UnreadableMappings } from "./UnreadableMappings";

const MappingEditor = lazy(() => import(/* webpackChunkName: "engine" */ "./MappingEditor"));

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Data step: "Use the selected range", and the mapping editor wherever it was opened from. */
export function UseRangeAction() {
  const t = useT();
  const styles = useStyles();
  const { port, state } = usePane();
  const session = useMappingSession();
  if (!port.mappings) return null;
  const busy = state.busy !== null || session.status === "reading" || session.status === "saving";
  return (
    <div className={styles.block} data-testid="use-range">
      <UnreadableMappings />
      <Text size={200}>{t("mapping.pane.useRangeHint")}</Text>
      <div>
        <Button
          icon={<TableCursorRegular />}
          disabled={busy}
          onClick={() => void openFromSelection(port, state.book)}
        >
          {t("mapping.pane.useRange")}
        </Button>
      </div>
      {session.status === "reading" && (
        <Spinner size="tiny" labelPosition="after" label={t("mapping.pane.reading")} />
      )}
      {session.status === "needSelection" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("mapping.pane.selectTableFirst")}</MessageBarBody>
        </MessageBar>
      )}
      {session.status === "idle" && session.notice && (
        <MessageBar intent={session.notice.intent} layout="multiline">
          <MessageBarBody>{t(session.notice.id, session.notice.params)}</MessageBarBody>
        </MessageBar>
      )}
      {(session.status === "editing" || session.status === "saving") && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <MappingEditor
            session={session.session}
            saving={session.status === "saving"}
            error={session.status === "editing" ? session.error : undefined}
          />
        </Suspense>
      )}
    </div>
  );
}
