import { Suspense, lazy } from "react";
import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/messages";
import { useT } from "../i18n";
import { usePane } from "../hooks/paneContext";
import { parseThreshold } from "../hooks/usePaneController";

/** Collapsed by default and labelled in the document's words: loaded after the first paint. */
const ReportDetailsForm = lazy(() =>
  import(
    /* webpackChunkName: "report-details", webpackPrefetch: true */ "../report/ReportDetailsForm"
  ).then((m) => ({ default: m.ReportDetailsForm }))
);

const NO_YEAR = "";

const useStyles = makeStyles({
  years: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
});

/** Step 2: which two years, the threshold, and how the generated text looks. */
export function OptionsStep() {
  const t = useT();
  const styles = useStyles();
  const { state, actions } = usePane();
  const { options, book } = state;
  if (!book || book.years.length === 0) return <Text as="p">{t("PANE_OPTIONS_NEED_DATA")}</Text>;
  const years = book.years.map((y) => y.year);
  const orderWrong =
    options.from !== undefined && options.to !== undefined && options.from >= options.to;
  const thresholdWrong = parseThreshold(options.threshold) === undefined;
  const disabled = state.busy !== null;
  return (
    <>
      <div className={styles.years}>
        <Field
          label={t("PANE_FROM_YEAR")}
          validationMessage={orderWrong ? t("PANE_YEAR_ORDER") : undefined}
        >
          <Select
            value={options.from === undefined ? NO_YEAR : String(options.from)}
            disabled={disabled}
            onChange={(_, d) =>
              actions.setOptions({ from: d.value === NO_YEAR ? undefined : Number(d.value) })
            }
          >
            <option value={NO_YEAR}>{t("PANE_NO_FROM_YEAR")}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {t("PANE_YEAR", { year: y })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("PANE_TO_YEAR")}>
          <Select
            value={options.to === undefined ? NO_YEAR : String(options.to)}
            disabled={disabled}
            onChange={(_, d) => actions.setOptions({ to: Number(d.value) })}
          >
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {t("PANE_YEAR", { year: y })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        label={t("PANE_THRESHOLD")}
        hint={t("PANE_THRESHOLD_HINT")}
        validationMessage={thresholdWrong ? t("PANE_THRESHOLD_INVALID") : undefined}
      >
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={1}
          value={options.threshold}
          disabled={disabled}
          onChange={(_, d) => actions.setOptions({ threshold: d.value })}
        />
      </Field>
      <Switch
        label={t("PANE_THAI_DIGITS")}
        checked={options.thaiDigits}
        disabled={disabled}
        onChange={(_, d) => actions.setOptions({ thaiDigits: d.checked })}
      />
      <Field label={t("PANE_OUTPUT_LANG")}>
        <RadioGroup
          layout="horizontal"
          value={options.outputLang}
          disabled={disabled}
          onChange={(_, d) => actions.setOptions({ outputLang: d.value as Lang })}
        >
          <Radio value="th" label={t("PANE_LANG_TH")} />
          <Radio value="en" label={t("PANE_LANG_EN")} />
        </RadioGroup>
      </Field>
      <Field label={t("PANE_ERA")}>
        <RadioGroup
          value={options.era}
          disabled={disabled}
          onChange={(_, d) => actions.setOptions({ era: d.value === "ce" ? "ce" : "be" })}
        >
          <Radio value="be" label={t("PANE_ERA_BE")} />
          <Radio value="ce" label={t("PANE_ERA_CE")} />
        </RadioGroup>
      </Field>
      <Suspense fallback={null}>
        <ReportDetailsForm disabled={disabled} />
      </Suspense>
    </>
  );
}
