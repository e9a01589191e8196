/** Choice of the measures sheet's layout: (a) one table, (b) by indicator, (c) with follow-up. */
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/messages/format";
import { LAYOUTS, type Handler, type MeasureLayout } from "./model";
import { mt } from "./text";

const useStyles = makeStyles({
  label: { display: "flex", flexDirection: "column" },
  desc: { color: tokens.colorNeutralForeground3 },
});

const NAMES = {
  a: ["measures.pane.layout.a", "measures.pane.layout.a.desc"],
  b: ["measures.pane.layout.b", "measures.pane.layout.b.desc"],
  c: ["measures.pane.layout.c", "measures.pane.layout.c.desc"],
} as const;

export interface LayoutPickerProps {
  lang: Lang;
  value: MeasureLayout;
  onChange: Handler<MeasureLayout>;
}

export function LayoutPicker({ lang, value, onChange }: LayoutPickerProps) {
  const styles = useStyles();
  return (
    <Field label={mt(lang, "measures.pane.layout.heading")}>
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value as MeasureLayout)}>
        {LAYOUTS.map((layout) => (
          <Radio
            key={layout}
            value={layout}
            label={
              <span className={styles.label}>
                <span>{mt(lang, NAMES[layout][0])}</span>
                <Text size={200} className={styles.desc}>
                  {mt(lang, NAMES[layout][1])}
                </Text>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
