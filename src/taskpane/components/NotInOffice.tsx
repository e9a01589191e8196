import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { paneT as t } from "../../domain/messages/pane-catalogue";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

/**
 * Shown when the page is opened in a plain browser. We cannot know Office's language here, so
 * both languages are shown, Thai first.
 */
export function NotInOffice() {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="not-in-office">
      {(["th", "en"] as const).map((lang) => (
        <div key={lang} lang={lang}>
          <h1 className={styles.title}>{t(lang, "PANE_NOT_IN_OFFICE_TITLE")}</h1>
          <Text as="p">{t(lang, "PANE_NOT_IN_OFFICE_BODY")}</Text>
        </div>
      ))}
    </main>
  );
}
