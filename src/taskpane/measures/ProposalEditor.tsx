/**
 * Edits one measure in place: title, steps (one per line), responsible units (several allowed)
 * and timeline.
 */
import { useEffect, useRef, type Ref } from "react";
import {
  Dropdown,
  Field,
  Input,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DraftMeasure, Handler } from "./model";
import type { DraftPatch } from "./useMeasuresState";
import { TimelinePicker } from "./TimelinePicker";
import { useT } from "../i18n";
import { useBufferedText } from "./useBufferedText";
import { inListOrder } from "./view";

const useStyles = makeStyles({
  editor: {
    display: "grid",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    minWidth: 0,
  },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface ProposalEditorProps {
  draft: DraftMeasure;
  /** The organisation's units, in its own order. */
  units: string[];
  fiscalYear: number;
  /** Put focus in the title (for a measure the user just added). */
  focusTitle?: boolean;
  onChange: Handler<DraftPatch>;
}

function UnitsField({ draft, units, onChange }: ProposalEditorProps) {
  const styles = useStyles();
  const t = useT();
  // A unit typed in an older sheet but no longer in the list stays choosable until removed.
  const options = [...units, ...draft.units.filter((u) => !units.includes(u))];
  return (
    <Field
      label={t("measures.pane.field.units")}
      hint={t("measures.pane.field.unitsHint")}
      size="small"
    >
      <Dropdown
        className={styles.dropdown}
        size="small"
        multiselect
        placeholder={t("measures.pane.field.unitsNone")}
        value={draft.units.join(", ")}
        selectedOptions={draft.units}
        onOptionSelect={(_, d) => onChange({ units: inListOrder(d.selectedOptions, units) })}
      >
        {options.map((u) => (
          <Option key={u} value={u}>
            {u}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * A typed field in a component of its own, uncontrolled: the text stays in the field until it is
 * committed (useBufferedText), so a key press re-renders only Fluent's input itself.
 */
function TypedField(props: {
  label: string;
  value: string;
  multiline?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onCommit: Handler<string>;
}) {
  const { initial, revision, change, flush } = useBufferedText(props.value, props.onCommit);
  return (
    <Field label={props.label} size="small">
      {props.multiline ? (
        <Textarea
          key={revision}
          size="small"
          resize="vertical"
          rows={4}
          defaultValue={initial}
          onChange={(_, d) => change(d.value)}
          onBlur={flush}
        />
      ) : (
        <Input
          key={revision}
          ref={props.inputRef}
          size="small"
          defaultValue={initial}
          onChange={(_, d) => change(d.value)}
          onBlur={flush}
        />
      )}
    </Field>
  );
}

export function ProposalEditor(props: ProposalEditorProps) {
  const { draft, fiscalYear, onChange } = props;
  const styles = useStyles();
  const t = useT();
  const title = useRef<HTMLInputElement>(null);
  // A measure just added opens with its placeholder title selected, ready to be typed over.
  useEffect(() => {
    if (!props.focusTitle) return;
    title.current?.focus();
    title.current?.select();
  }, [props.focusTitle]);
  return (
    <div className={styles.editor}>
      <TypedField
        label={t("measures.pane.field.title")}
        value={draft.title}
        inputRef={title}
        onCommit={(value) => onChange({ title: value })}
      />
      <TypedField
        label={t("measures.pane.field.steps")}
        value={draft.steps}
        multiline
        onCommit={(value) => onChange({ steps: value })}
      />
      <UnitsField {...props} />
      <TimelinePicker
        value={draft.timeline}
        fiscalYear={fiscalYear}
        onChange={(timeline) => onChange({ timeline })}
      />
    </div>
  );
}
