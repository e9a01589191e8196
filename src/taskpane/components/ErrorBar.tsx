import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";

/** A port failure in plain words (never a stack trace), until dismissed or the next action. */
export function ErrorBar() {
  const t = useT();
  const { state, actions } = usePane();
  if (!state.error) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("PANE_ERROR_TITLE")}</MessageBarTitle>
        {t(state.error.id, state.error.params)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t("PANE_DISMISS")}
            icon={<DismissRegular />}
            onClick={actions.dismissError}
          />
        }
      />
    </MessageBar>
  );
}
