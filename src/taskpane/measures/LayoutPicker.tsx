/** Choice of the measures sheet's layout: (a) one table, (b) by indicator, (c) with follow-up. */
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LAYOUTS, type Handler, type MeasureLayout } from "./model";
import { memo } from "react";
import { useT } from "../i18n";

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
  value: MeasureLayout;
  onChange: Handler<MeasureLayout>;
}

/** Memoised: the step re-renders with every change of the measures, the layout rarely changes. */
export const LayoutPicker = memo(function LayoutPicker({ value, onChange }: LayoutPickerProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <Field label={t("measures.pane.layout.heading")}>
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value as MeasureLayout)}>
        {LAYOUTS.map((layout) => (
          <Radio
            key={layout}
            value={layout}
            label={
              <span className={styles.label}>
                <span>{t(NAMES[layout][0])}</span>
                <Text size={200} className={styles.desc}>
                  {t(NAMES[layout][1])}
                </Text>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
});
