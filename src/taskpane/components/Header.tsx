import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

export function Header() {
  const t = useT();
  const styles = useStyles();
  const { state, actions } = usePane();
  const other = state.lang === "th" ? "en" : "th";
  return (
    <header>
      <div className={styles.header}>
        <h1 className={styles.title}>{t("PANE_TITLE")}</h1>
        <Button
          size="small"
          appearance="subtle"
          icon={<LocalLanguageRegular />}
          aria-label={t("PANE_LANGUAGE_BUTTON_LABEL")}
          onClick={() => actions.setLang(other)}
        >
          {t("PANE_LANGUAGE_BUTTON")}
        </Button>
      </div>
      <Text as="p" size={200} className={styles.subtitle}>
        {t("PANE_SUBTITLE")}
      </Text>
    </header>
  );
}
