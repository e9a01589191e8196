import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { flexWrap: "wrap" },
});

/**
 * Asks before earlier generated sheets are replaced; sheets the user edited get a stronger
 * warning, because replacing them throws those edits away.
 */
export function ReplaceDialog() {
  const t = useT();
  const styles = useStyles();
  const { state, actions } = usePane();
  const sheets = state.replace;
  const edited = sheets?.some((s) => s.edited) ?? false;
  const keepButton = (appearance: "primary" | "secondary") => (
    <Button appearance={appearance} onClick={() => actions.decideReplace("keep")}>
      {t("PANE_KEEP_BOTH")}
    </Button>
  );
  return (
    <Dialog
      open={sheets !== undefined}
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) actions.decideReplace("cancel");
      }}
    >
      <DialogSurface aria-describedby="replace-body">
        <DialogBody>
          <DialogTitle>{t("PANE_REPLACE_TITLE")}</DialogTitle>
          <DialogContent id="replace-body">
            {t("PANE_REPLACE_BODY")}
            <ul className={styles.list}>
              {sheets?.map((s) => (
                <li key={s.name}>
                  {s.name}{" "}
                  {s.edited && (
                    <Badge color="danger" appearance="tint">
                      {t("PANE_SHEET_EDITED")}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
            {edited && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t("PANE_REPLACE_EDITED_WARNING")}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            {/* With edited sheets the safe choice comes first and takes the initial focus. */}
            {edited && keepButton("primary")}
            <Button
              appearance={edited ? "secondary" : "primary"}
              onClick={() => actions.decideReplace("replace")}
            >
              {t("PANE_REPLACE")}
            </Button>
            {!edited && keepButton("secondary")}
            <Button onClick={() => actions.decideReplace("cancel")}>{t("PANE_CANCEL")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
