import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneMessageId as MessageId } from "../../domain/messages/pane-catalogue";
import type { ScoreBook, TableKind } from "../../domain/model";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { MappedTableActions } from "../mapping";

const KIND_LABEL: Record<TableKind, MessageId> = {
  overall: "PANE_TABLE_OVERALL",
  tools: "PANE_TABLE_TOOLS",
  indicators: "PANE_TABLE_INDICATORS",
  questions: "PANE_TABLE_QUESTIONS",
  organization: "PANE_TABLE_ORGANIZATION",
  template: "PANE_TABLE_TEMPLATE",
};

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** What the reader recognised: organisation, years, and each table with a link to its range. */
export function FoundSummary({ book }: { book: ScoreBook }) {
  const t = useT();
  const styles = useStyles();
  const { port, actions } = usePane();
  const org = book.organization;
  const orgText = [org.name, org.district, org.province].filter(Boolean).join(" · ");
  // Buddhist-era years, marked as such in English ("2567, 2568 B.E.").
  const yearList = (list: number[]) =>
    list.length > 0 ? t("PANE_YEARS", { years: list.join(", ") }) : "";
  const years = yearList(book.years.map((y) => y.year));
  return (
    <div data-testid="found">
      <h3 className={styles.heading}>{t("PANE_FOUND_TITLE")}</h3>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t("PANE_ORGANIZATION")}</dt>
        <dd className={styles.def}>{orgText || t("PANE_NOT_STATED")}</dd>
        <dt className={styles.term}>{t("PANE_YEARS_FOUND")}</dt>
        <dd className={styles.def}>{years || t("PANE_NOT_STATED")}</dd>
      </dl>
      <h3 className={styles.heading}>{t("PANE_TABLES_FOUND", { count: book.tables.length })}</h3>
      <ul className={styles.list}>
        {book.tables.map((table) => (
          <li key={table.address}>
            <Text weight="semibold">{t(KIND_LABEL[table.kind])}</Text>{" "}
            {port.select ? (
              <Link
                as="button"
                aria-label={t("PANE_GO_TO", { cell: table.address })}
                onClick={() => actions.select(table.address)}
              >
                {table.address}
              </Link>
            ) : (
              <Text>{table.address}</Text>
            )}
            <br />
            <Text size={200} className={styles.detail}>
              {t("PANE_TABLE_DETAIL", { rows: table.rows, years: yearList(table.years) })}
            </Text>
            <MappedTableActions table={table} />
          </li>
        ))}
      </ul>
    </div>
  );
}
