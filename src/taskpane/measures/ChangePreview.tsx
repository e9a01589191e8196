/**
 * What applying will do, shown before anything is written: the sheets created and, when a
 * measures sheet already exists, that it is replaced by the merged table, what is kept (and which
 * of those the user edited), what is added, and that nothing is deleted unless the user
 * explicitly asks for a row's removal.
 */
import { Badge, Checkbox, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Handler } from "./model";
import { useT } from "../i18n";
import type { MeasuresTextId } from "./messages";
import { previewTexts } from "./view";

const useStyles = makeStyles({
  box: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
  row: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
});

export type RowStatus = "kept" | "keptEdited" | "added";

export interface PreviewRow {
  key: string;
  title: string;
  status: RowStatus;
  /** Only rows of the existing sheet can be removed. */
  removable: boolean;
}

export interface PreviewView {
  measuresSheet: string;
  unitsSheet: string;
  measureCount: number;
  unitCount: number;
  existing?: { sheet: string; rows: PreviewRow[] };
  /** The earlier units sheet the new one replaces, if any. */
  replacedUnits?: string;
}

export interface ChangePreviewProps {
  preview: PreviewView;
  /** Marked aria-busy while it catches up with the latest edits. */
  busy?: boolean;
  allowRemoval: boolean;
  removals: string[];
  onAllowRemoval: Handler<boolean>;
  onToggleRemoval: Handler<string>;
}

const STATUS: Record<RowStatus, MeasuresTextId> = {
  kept: "measures.pane.preview.kept",
  keptEdited: "measures.pane.preview.keptEdited",
  added: "measures.pane.preview.added",
};

function ExistingRows(props: ChangePreviewProps & { rows: PreviewRow[] }) {
  const { rows, removals } = props;
  const styles = useStyles();
  const t = useT();
  return (
    <ul className={styles.list}>
      {rows.map((row) => {
        const removing = removals.includes(row.key);
        return (
          <li key={row.key} className={styles.row}>
            <Badge
              size="small"
              appearance="tint"
              color={removing ? "danger" : row.status === "added" ? "success" : "informative"}
            >
              {t(removing ? "measures.pane.preview.removed" : STATUS[row.status])}
            </Badge>
            <Text size={200}>{row.title}</Text>
            {props.allowRemoval && row.removable && (
              <Checkbox
                checked={removing}
                onChange={() => props.onToggleRemoval(row.key)}
                label={t("measures.pane.preview.removeRow", { title: row.title })}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function ChangePreview(props: ChangePreviewProps) {
  const { preview } = props;
  const styles = useStyles();
  const t = useT();
  const text = previewTexts(t, preview, props.allowRemoval ? props.removals : []);
  return (
    <section
      className={styles.box}
      aria-label={t("measures.pane.preview.heading")}
      aria-busy={props.busy || undefined}
    >
      <Text role="status">{text.created}</Text>
      {text.replacedUnits && <Text size={200}>{text.replacedUnits}</Text>}
      {preview.existing && (
        <>
          <Text>{text.existing}</Text>
          <Text weight="semibold">{text.summary}</Text>
          <Text size={200}>{text.newSheet}</Text>
          <Switch
            checked={props.allowRemoval}
            onChange={(_, d) => props.onAllowRemoval(d.checked)}
            label={t("measures.pane.preview.allowRemoval")}
          />
          <ExistingRows {...props} rows={preview.existing.rows} />
        </>
      )}
    </section>
  );
}
