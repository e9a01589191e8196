import { useEffect, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { forgetUnreadable, useMappingSession } from "./session";
import { loadSavedMappings } from "./store";

/**
 * Data step: a saved mapping setting the pane cannot read is not applied; say so, with a way to
 * forget it, instead of reading the tables as if nothing were saved. Document settings load with
 * the document, so looking again after every action costs no request to Excel.
 */
export function UnreadableMappings() {
  const t = useT();
  const { port, state, actions } = usePane();
  const session = useMappingSession();
  const [path, setPath] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void loadSavedMappings(port).then((saved) => live && setPath(saved.unreadable?.path));
    return () => void (live = false);
  }, [port, state.busy, session.status]);
  if (path === undefined) return null;
  const busy = state.busy !== null || session.status === "reading" || session.status === "saving";
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="mappings-unreadable">
      <MessageBarBody>{t("mapping.pane.unreadable", { path })}</MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          disabled={busy}
          onClick={async () => {
            if (!(await forgetUnreadable(port))) return;
            setPath(undefined);
            if (state.book || state.problems.length > 0) await actions.find();
          }}
        >
          {t("mapping.pane.forgetUnreadable")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
