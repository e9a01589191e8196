/**
 * Timeline of one measure: a fiscal-year preset (native select: keyboard and screen-reader
 * friendly at any width), with month or date inputs for the two open-ended kinds.
 */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/messages/format";
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
import { mt } from "./text";

const useStyles = makeStyles({
  pair: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  half: { flex: "1 1 120px", minWidth: 0 },
});

export interface TimelinePickerProps {
  lang: Lang;
  value: TimelinePreset;
  /** Buddhist-era fiscal year the measures are for. */
  fiscalYear: number;
  onChange: Handler<TimelinePreset>;
}

function MonthSelect(props: {
  lang: Lang;
  label: string;
  month: number;
  fiscalYear: number;
  onChange: Handler<number>;
}) {
  const styles = useStyles();
  return (
    <Field className={styles.half} label={props.label} size="small">
      <Select
        size="small"
        value={String(props.month)}
        onChange={(_, d) => props.onChange(Number(d.value))}
      >
        {FISCAL_MONTHS.map((m) => (
          <option key={m} value={m}>
            {monthLabel(props.lang, m, props.fiscalYear)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function MonthRange({ lang, value, onChange }: TimelinePickerProps) {
  const styles = useStyles();
  if (value.kind !== "months") return null;
  return (
    <div className={styles.pair}>
      <MonthSelect
        lang={lang}
        label={mt(lang, "measures.pane.field.fromMonth")}
        month={value.from}
        fiscalYear={value.fy}
        onChange={(from) => onChange({ ...value, from })}
      />
      <MonthSelect
        lang={lang}
        label={mt(lang, "measures.pane.field.toMonth")}
        month={value.to}
        fiscalYear={value.fy}
        onChange={(to) => onChange({ ...value, to })}
      />
    </div>
  );
}

function DateRange({ lang, value, onChange }: TimelinePickerProps) {
  const styles = useStyles();
  if (value.kind !== "custom") return null;
  return (
    <div className={styles.pair}>
      <Field className={styles.half} label={mt(lang, "measures.pane.field.startDate")} size="small">
        <Input
          type="date"
          size="small"
          value={value.start}
          onChange={(_, d) => onChange({ ...value, start: d.value })}
        />
      </Field>
      <Field className={styles.half} label={mt(lang, "measures.pane.field.endDate")} size="small">
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
  const { lang, value, fiscalYear, onChange } = props;
  const error = timelineError(value);
  return (
    <div>
      <Field
        label={mt(lang, "measures.pane.field.timeline")}
        size="small"
        validationMessage={error ? mt(lang, error) : undefined}
        validationState={error ? "error" : "none"}
      >
        <Select
          size="small"
          value={presetKey(value)}
          onChange={(_, d) => onChange(presetFromKey(d.value, fiscalYear, value))}
        >
          {presetOptions(lang, fiscalYear).map((o) => (
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
