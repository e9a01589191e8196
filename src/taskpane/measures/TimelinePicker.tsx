/**
 * Timeline of one measure: a fiscal-year preset (native select: keyboard and screen-reader
 * friendly at any width), with month or date inputs for the two open-ended kinds.
 */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { TimelinePreset } from "../../domain/measures/timeline";
import type { Handler } from "./model";
import {
  FISCAL_MONTHS,
  monthLabel,
  presetFromKey,
  presetKey,
  presetOptions,
  timelineError,
} from "./timeline";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({
  pair: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  half: { flex: "1 1 120px", minWidth: 0 },
});

export interface TimelinePickerProps {
  value: TimelinePreset;
  /** Buddhist-era fiscal year the measures are for. */
  fiscalYear: number;
  onChange: Handler<TimelinePreset>;
}

function MonthSelect(props: {
  label: string;
  month: number;
  fiscalYear: number;
  onChange: Handler<number>;
}) {
  const styles = useStyles();
  const lang = useLang();
  return (
    <Field className={styles.half} label={props.label} size="small">
      <Select
        size="small"
        value={String(props.month)}
        onChange={(_, d) => props.onChange(Number(d.value))}
      >
        {FISCAL_MONTHS.map((m) => (
          <option key={m} value={m}>
            {monthLabel(lang, m, props.fiscalYear)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function MonthRange({ value, onChange }: TimelinePickerProps) {
  const styles = useStyles();
  const t = useT();
  if (value.kind !== "months") return null;
  return (
    <div className={styles.pair}>
      <MonthSelect
        label={t("measures.pane.field.fromMonth")}
        month={value.from}
        fiscalYear={value.fy}
        onChange={(from) => onChange({ ...value, from })}
      />
      <MonthSelect
        label={t("measures.pane.field.toMonth")}
        month={value.to}
        fiscalYear={value.fy}
        onChange={(to) => onChange({ ...value, to })}
      />
    </div>
  );
}

function DateRange({ value, onChange }: TimelinePickerProps) {
  const styles = useStyles();
  const t = useT();
  if (value.kind !== "custom") return null;
  return (
    <div className={styles.pair}>
      <Field className={styles.half} label={t("measures.pane.field.startDate")} size="small">
        <Input
          type="date"
          size="small"
          value={value.start}
          onChange={(_, d) => onChange({ ...value, start: d.value })}
        />
      </Field>
      <Field className={styles.half} label={t("measures.pane.field.endDate")} size="small">
        <Input
          type="date"
          size="small"
          value={value.end}
          onChange={(_, d) => onChange({ ...value, end: d.value })}
        />
      </Field>
    </div>
  );
}

export function TimelinePicker(props: TimelinePickerProps) {
  const { value, fiscalYear, onChange } = props;
  const t = useT();
  const lang = useLang();
  const error = timelineError(value);
  return (
    <div>
      <Field
        label={t("measures.pane.field.timeline")}
        size="small"
        validationMessage={error ? t(error) : undefined}
        validationState={error ? "error" : "none"}
      >
        <Select
          size="small"
          value={presetKey(value)}
          onChange={(_, d) => onChange(presetFromKey(d.value, fiscalYear, value))}
        >
          {presetOptions(t, lang, fiscalYear).map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <MonthRange {...props} />
      <DateRange {...props} />
    </div>
  );
}
