/**
 * Edits one measure in place: title, steps (one per line), responsible units (several allowed)
 * and timeline.
 */
import { useEffect, useRef } from "react";
import {
  Dropdown,
  Field,
  Input,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/messages/format";
import type { DraftMeasure, Handler } from "./model";
import type { DraftPatch } from "./useMeasuresState";
import { TimelinePicker } from "./TimelinePicker";
import { mt } from "./text";

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
  lang: Lang;
  draft: DraftMeasure;
  /** The organisation's units, in its own order. */
  units: string[];
  fiscalYear: number;
  /** Put focus in the title (for a measure the user just added). */
  focusTitle?: boolean;
  onChange: Handler<DraftPatch>;
}

/** Keeps the organisation's order, whatever order the user picked them in. */
function inListOrder(picked: string[], units: string[]): string[] {
  const known = units.filter((u) => picked.includes(u));
  return [...known, ...picked.filter((u) => !units.includes(u))];
}

function UnitsField({ lang, draft, units, onChange }: ProposalEditorProps) {
  const styles = useStyles();
  // A unit typed in an older sheet but no longer in the list stays choosable until removed.
  const options = [...units, ...draft.units.filter((u) => !units.includes(u))];
  return (
    <Field
      label={mt(lang, "measures.pane.field.units")}
      hint={mt(lang, "measures.pane.field.unitsHint")}
      size="small"
    >
      <Dropdown
        className={styles.dropdown}
        size="small"
        multiselect
        placeholder={mt(lang, "measures.pane.field.unitsNone")}
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

export function ProposalEditor(props: ProposalEditorProps) {
  const { lang, draft, fiscalYear, onChange } = props;
  const styles = useStyles();
  const title = useRef<HTMLInputElement>(null);
  // A measure just added opens with its placeholder title selected, ready to be typed over.
  useEffect(() => {
    if (!props.focusTitle) return;
    title.current?.focus();
    title.current?.select();
  }, [props.focusTitle]);
  return (
    <div className={styles.editor}>
      <Field label={mt(lang, "measures.pane.field.title")} size="small">
        <Input
          ref={title}
          size="small"
          value={draft.title}
          onChange={(_, d) => onChange({ title: d.value })}
        />
      </Field>
      <Field label={mt(lang, "measures.pane.field.steps")} size="small">
        <Textarea
          size="small"
          resize="vertical"
          rows={4}
          value={draft.steps}
          onChange={(_, d) => onChange({ steps: d.value })}
        />
      </Field>
      <UnitsField {...props} />
      <TimelinePicker
        lang={lang}
        value={draft.timeline}
        fiscalYear={fiscalYear}
        onChange={(timeline) => onChange({ timeline })}
      />
    </div>
  );
}
