import { useEffect, useMemo, useRef } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { columnLetter } from "../../domain/grid";
import { applyMapping, checkMapping, emptyBook, fingerprintOf } from "../../domain/mapping";
import { cellText } from "../../domain/read/cells";
import { ROW_ROLES, type RowRole, type TableMapping } from "../../domain/mapping/types";
import type { Problem } from "../../domain/problems";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { ColumnFields } from "./ColumnFields";
import { Preview } from "./Preview";
import { closeEditor, saveSession, updateMapping, type EditorSession } from "./session";

const useStyles = makeStyles({
  editor: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What the current choices yield: the figures and every problem, computed as the run will. */
function preview(session: EditorSession): { book: ReturnType<typeof emptyBook>; problems: Problem[] } {
  const m = session.mapping;
  const mapping: TableMapping = { ...m, fingerprint: fingerprintOf(session.region, m.headerRows, m.columns) };
  const problems = checkMapping(mapping, session.address);
  const book = emptyBook();
  applyMapping(mapping, session.region, book, problems);
  return { book, problems };
}

/** Per column (and, where needed, per row) what the selected range holds; a preview; save. */
export default function MappingEditor({ session, saving, error }: { session: EditorSession; saving: boolean; error?: Parameters<ReturnType<typeof useT>>[0] }) {
  const t = useT();
  const styles = useStyles();
  const { port, state, actions } = usePane();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [session.address]);
  const { mapping, region, bounds } = session;
  const result = useMemo(() => preview(session), [session]);
  const blocked = result.problems.some((p) => p.severity === "error");
  const set = (patch: Partial<TableMapping>) => updateMapping({ ...mapping, ...patch });
  const headerOf = (c: number) =>
    region.values
      .slice(0, mapping.headerRows)
      .map((row) => cellText(row[c]))
      .filter(Boolean)
      .join(" ") || t("mapping.pane.emptyHeader");
  const roleOf = (row: number): RowRole => mapping.rows.find((r) => r.row === row)?.role ?? "auto";
  const setRow = (row: number, role: RowRole) =>
    set({ rows: [...mapping.rows.filter((r) => r.row !== row), ...(role === "auto" ? [] : [{ row, role }])] });
  const dataRows = region.values.map((_, r) => r).slice(mapping.headerRows);
  const itemCol = Math.max(0, mapping.columns.findIndex((c) => c.role === "item"));

  const save = async () => {
    if (await saveSession(port)) await actions.find();
  };

  return (
    <section className={styles.editor} aria-labelledby="mapping-editor-title" data-testid="mapping-editor">
      <h3 id="mapping-editor-title" className={styles.heading} ref={heading} tabIndex={-1}>
        {t("mapping.pane.editorTitle", { range: session.address })}
      </h3>
      <Text size={200}>{t("mapping.pane.editorHint")}</Text>
      {session.previous && <Text size={200}>{t("mapping.pane.previousUsed")}</Text>}
      <Field label={t("mapping.pane.headerRows")}>
        <Dropdown
          className={styles.dropdown}
          value={String(mapping.headerRows)}
          selectedOptions={[String(mapping.headerRows)]}
          onOptionSelect={(_, d) => set({ headerRows: Number(d.optionValue) })}
        >
          {[0, 1, 2, 3].filter((n) => n < region.values.length).map((n) => (
            <Option key={n} value={String(n)}>
              {String(n)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <h4 className={styles.sub}>{t("mapping.pane.columnsTitle")}</h4>
      {mapping.columns.map((col, c) => (
        <ColumnFields
          key={c}
          col={col}
          letter={columnLetter(bounds.left + c)}
          header={headerOf(c)}
          years={session.years}
          onChange={(next) => {
            const columns = [...mapping.columns];
            columns[c] = next;
            set({ columns });
          }}
        />
      ))}
      <Accordion collapsible defaultOpenItems={mapping.rows.length > 0 ? ["rows"] : []}>
        <AccordionItem value="rows">
          <AccordionHeader>{t("mapping.pane.rowsTitle")}</AccordionHeader>
          <AccordionPanel>
            {dataRows.map((r) => {
              const row = bounds.top + r + 1;
              const role = roleOf(row);
              return (
                <Field key={row} label={t("mapping.pane.rowLabel", { row, label: cellText(region.values[r][itemCol]) || "–" })}>
                  <Dropdown
                    className={styles.dropdown}
                    value={t(`mapping.row.${role}`)}
                    selectedOptions={[role]}
                    onOptionSelect={(_, d) => setRow(row, (d.optionValue ?? "auto") as RowRole)}
                  >
                    {ROW_ROLES.map((rr) => (
                      <Option key={rr} value={rr}>
                        {t(`mapping.row.${rr}`)}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Preview book={result.book} problems={result.problems} />
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={blocked || saving || state.busy !== null} onClick={() => void save()}>
          {t("mapping.pane.save")}
        </Button>
        <Button disabled={saving} onClick={closeEditor}>
          {t("mapping.pane.cancel")}
        </Button>
      </div>
      {saving && <Spinner size="tiny" labelPosition="after" label={t("mapping.pane.saving")} />}
    </section>
  );
}
