/**
 * Task pane entry: waits for Office, then renders the pane with the Office workbook adapter,
 * or, in a plain browser, a page saying to open this in Excel.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner } from "@fluentui/react-components";
import { paneT as t } from "../domain/messages/pane-catalogue";
import { createOfficeWorkbook } from "../workbook/office";
import { App } from "./components/App";
import { NotInOffice } from "./components/NotInOffice";
import { detectHost } from "./office-env";
import { officeDraftStore } from "./measures/draftStore";
import { paneTheme } from "./theme";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={paneTheme(false)}>
      <Spinner label={`${t("th", "PANE_LOADING")} · ${t("en", "PANE_LOADING")}`} />
    </FluentProvider>
  );
  const host = await detectHost();
  if (!host.inOffice) {
    root.render(
      <FluentProvider theme={paneTheme(false)}>
        <NotInOffice />
      </FluentProvider>
    );
    return;
  }
  root.render(
    <App
      port={createOfficeWorkbook()}
      initialLang={host.lang}
      dark={host.dark}
      drafts={officeDraftStore()}
    />
  );
}

void main();
