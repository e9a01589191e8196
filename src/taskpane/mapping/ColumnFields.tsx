import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { Year } from "../../domain/ita/types";
import { YEAR_ROLES, type ColumnMapping, type ColumnRole } from "../../domain/mapping/types";
import { useT } from "../i18n";
import { ROLE_CHOICES, roleLabelId, withRole, withYear, type Handler } from "./options";

const useStyles = makeStyles({
  pair: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  role: { flex: "2 1 150px", minWidth: 0 },
  year: { flex: "1 1 90px", minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
});

/** One column: what it holds, and for scores, parts and levels the year they belong to. */
export function ColumnFields(props: {
  col: ColumnMapping;
  letter: string;
  header: string;
  years: readonly Year[];
  onChange: Handler<ColumnMapping>;
}) {
  const { col, letter, header, years, onChange } = props;
  const t = useT();
  const styles = useStyles();
  const fallback = years[years.length - 1] ?? 0;
  return (
    <div className={styles.pair}>
      <Field className={styles.role} label={t("mapping.pane.columnLabel", { col: letter, header })}>
        <Dropdown
          className={styles.dropdown}
          value={t(roleLabelId(col.role))}
          selectedOptions={[col.role]}
          onOptionSelect={(_, d) => d.optionValue && onChange(withRole(col, d.optionValue as ColumnRole, fallback))}
        >
          {ROLE_CHOICES.map((role) => (
            <Option key={role} value={role}>
              {t(roleLabelId(role))}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {YEAR_ROLES.has(col.role) && "year" in col && (
        <Field className={styles.year} label={t("mapping.pane.columnYear", { col: letter })}>
          <Dropdown
            className={styles.dropdown}
            value={String(col.year)}
            selectedOptions={[String(col.year)]}
            onOptionSelect={(_, d) => d.optionValue && onChange(withYear(col, Number(d.optionValue)))}
          >
            {[...new Set([...years, col.year])].sort((a, b) => a - b).map((y) => (
              <Option key={y} value={String(y)}>
                {String(y)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </div>
  );
}
