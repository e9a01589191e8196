import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { RecognisedTable } from "../../domain/model";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { forget, openForEdit, useMappingSession } from "./session";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** In "Tables found": a mapped table says so, with Edit and Forget. */
export function MappedTableActions({ table }: { table: RecognisedTable }) {
  const t = useT();
  const styles = useStyles();
  const { port, state, actions } = usePane();
  const session = useMappingSession();
  if (!table.mapped || !port.mappings) return null;
  const busy = state.busy !== null || session.status === "reading" || session.status === "saving";
  return (
    <span className={styles.row}>
      <Badge appearance="tint" color="brand">
        {t("mapping.pane.mapped")}
      </Badge>
      <Button
        size="small"
        disabled={busy}
        aria-label={t("mapping.pane.editLabel", { range: table.address })}
        onClick={() => void openForEdit(port, state.book, table.address)}
      >
        {t("mapping.pane.edit")}
      </Button>
      <Button
        size="small"
        disabled={busy}
        aria-label={t("mapping.pane.forgetLabel", { range: table.address })}
        onClick={async () => {
          if (await forget(port, table.address)) await actions.find();
        }}
      >
        {t("mapping.pane.forget")}
      </Button>
    </span>
  );
}
