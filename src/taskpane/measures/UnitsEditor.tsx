/**
 * The organisation's own list of units (ส่วนราชการ): rename in place, remove, add. Renames are
 * committed on blur or Enter, so a half-typed name never reaches the measures that use it.
 */
import { useState, type KeyboardEvent } from "react";
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Handler, Handler2 } from "./model";
import { useT } from "../i18n";
import { checkName, type UnitError } from "./view";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
  grow: { flex: "1 1 auto", minWidth: 0 },
  add: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalS,
  },
});

export interface UnitsEditorProps {
  units: string[];
  /** How many applied measures name each unit, to say what a removal touches. */
  usedBy: Record<string, number>;
  onAdd: Handler<string>;
  onRename: Handler2<string, string>;
  onRemove: Handler<string>;
}

function UnitRow(props: UnitsEditorProps & { name: string; index: number }) {
  const { name, units } = props;
  const styles = useStyles();
  const t = useT();
  const [text, setText] = useState(name);
  const [error, setError] = useState<UnitError>();
  const commit = () => {
    const problem = checkName(text, units, name);
    setError(problem);
    if (!problem && text.trim() !== name) props.onRename(name, text.trim());
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") commit();
    if (e.key === "Escape") {
      setText(name);
      setError(undefined);
    }
  };
  return (
    <li className={styles.row}>
      <Field
        className={styles.grow}
        size="small"
        validationState={error ? "error" : "none"}
        validationMessage={error ? t(error.id, { name: error.name ?? "" }) : undefined}
      >
        <Input
          size="small"
          value={text}
          aria-label={t("measures.pane.units.name", { n: props.index + 1 })}
          onChange={(_, d) => setText(d.value)}
          onBlur={commit}
          onKeyDown={onKey}
        />
      </Field>
      <Button
        size="small"
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={t("measures.pane.units.remove", { name })}
        onClick={() => props.onRemove(name)}
      />
    </li>
  );
}

function AddUnit(props: UnitsEditorProps) {
  const { units } = props;
  const styles = useStyles();
  const t = useT();
  const [text, setText] = useState("");
  const [error, setError] = useState<UnitError>();
  const add = () => {
    const problem = checkName(text, units);
    setError(problem);
    if (problem) return;
    props.onAdd(text.trim());
    setText("");
  };
  return (
    <div className={styles.add}>
      <Field
        className={styles.grow}
        size="small"
        label={t("measures.pane.units.newName")}
        validationState={error ? "error" : "none"}
        validationMessage={error ? t(error.id, { name: error.name ?? "" }) : undefined}
      >
        <Input
          size="small"
          value={text}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => e.key === "Enter" && add()}
        />
      </Field>
      <Button size="small" icon={<AddRegular />} onClick={add}>
        {t("measures.pane.units.add")}
      </Button>
    </div>
  );
}

export function UnitsEditor(props: UnitsEditorProps) {
  const styles = useStyles();
  const t = useT();
  const [notice, setNotice] = useState("");
  const remove = (name: string) => {
    const count = props.usedBy[name] ?? 0;
    setNotice(count > 0 ? t("measures.pane.units.inUse", { name, count }) : "");
    props.onRemove(name);
  };
  return (
    <div>
      <ul className={styles.list}>
        {props.units.map((name, index) => (
          <UnitRow key={name} {...props} onRemove={remove} name={name} index={index} />
        ))}
      </ul>
      <Text size={200} role="status">
        {notice}
      </Text>
      <AddUnit {...props} />
    </div>
  );
}
