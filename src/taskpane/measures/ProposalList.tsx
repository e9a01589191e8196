/**
 * The measures grouped by indicator (number + name as a heading), in the user's order, with
 * "add a measure" under each indicator and for indicators that have none yet.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { IndicatorNo } from "../../domain/ita/types";
import type { Lang } from "../../domain/messages/format";
import { isVisible, type DraftMeasure, type Fn, type Handler } from "./model";
import type { MeasuresAction } from "./useMeasuresState";
import { ProposalItem, type ProposalItemHandle } from "./ProposalItem";
import { formatScore, mt } from "./text";

const useStyles = makeStyles({
  group: { marginBlockEnd: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  addField: { flex: "1 1 180px", minWidth: 0 },
  addAny: {
    display: "flex",
    alignItems: "flex-end",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

export interface IndicatorInfo {
  no: IndicatorNo;
  name: string;
  score?: number;
}

export interface ProposalListProps {
  lang: Lang;
  drafts: DraftMeasure[];
  includeStrengths: boolean;
  indicators: IndicatorInfo[];
  units: string[];
  /** The analysed year (indicator names in reasons follow its framework). */
  assessedYear: number;
  fiscalYear: number;
  dispatch: Handler<MeasuresAction>;
  /** Adds a measure of the user's own under an indicator; returns its key. */
  onAdd: Fn<IndicatorNo, string>;
}

interface Group {
  info: IndicatorInfo;
  drafts: DraftMeasure[];
}

function groupsOf(props: ProposalListProps): Group[] {
  const visible = props.drafts.filter((d) => isVisible(d, props.includeStrengths));
  return props.indicators
    .map((info) => ({ info, drafts: visible.filter((d) => d.indicator === info.no) }))
    .filter((g) => g.drafts.length > 0);
}

function AddUnderAny(props: ProposalListProps & { onAdded: Handler<string> }) {
  const { lang, indicators } = props;
  const styles = useStyles();
  const [no, setNo] = useState<IndicatorNo>(indicators[0]?.no ?? 1);
  return (
    <div className={styles.addAny}>
      <Field
        className={styles.addField}
        label={mt(lang, "measures.pane.addUnderIndicator")}
        size="small"
      >
        <Select
          size="small"
          value={String(no)}
          onChange={(_, d) => setNo(Number(d.value) as IndicatorNo)}
        >
          {indicators.map((i) => (
            <option key={i.no} value={i.no}>
              {mt(lang, "measures.pane.indicatorHeading", { no: i.no, name: i.name })}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" icon={<AddRegular />} onClick={() => props.onAdded(props.onAdd(no))}>
        {mt(lang, "measures.pane.addMeasureShort")}
      </Button>
    </div>
  );
}

/** Keeps one ref handle per item, so focus can return to a moved item's button. */
function useItemRefs() {
  const items = useRef(new Map<string, ProposalItemHandle>());
  const refs = useRef(new Map<string, Handler<ProposalItemHandle | null>>());
  const refFor = (key: string) => {
    let f = refs.current.get(key);
    if (!f) {
      f = (h) => (h ? items.current.set(key, h) : items.current.delete(key));
      refs.current.set(key, f);
    }
    return f;
  };
  return { items, refFor };
}

export function ProposalList(props: ProposalListProps) {
  const { lang, dispatch } = props;
  const styles = useStyles();
  const [expanded, setExpanded] = useState<string[]>([]);
  const { items, refFor } = useItemRefs();
  const [refocus, setRefocus] = useState<{ key: string; by: -1 | 1 }>();
  // Moving an item re-inserts its DOM node, which drops focus: put it back on the same button.
  useEffect(() => {
    if (!refocus) return;
    items.current.get(refocus.key)?.focusMove(refocus.by);
    setRefocus(undefined);
  }, [refocus, items]);
  const expand = useCallback(
    (key: string, open: boolean) =>
      setExpanded((list) => (open ? [...list, key] : list.filter((k) => k !== key))),
    []
  );
  const move = useCallback(
    (key: string, by: -1 | 1) => {
      dispatch({ type: "move", key, by });
      setRefocus({ key, by });
    },
    [dispatch]
  );
  const [justAdded, setJustAdded] = useState<string>();
  const added = (key: string) => {
    expand(key, true);
    setJustAdded(key);
  };
  const groups = groupsOf(props);
  return (
    <div>
      {groups.length === 0 && <Text>{mt(lang, "measures.pane.noProposals")}</Text>}
      {groups.map(({ info, drafts }) => {
        const headingId = `measures-ind-${info.no}`;
        return (
          <section key={info.no} className={styles.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              {mt(lang, "measures.pane.indicatorHeading", { no: info.no, name: info.name })}
            </h3>
            {info.score !== undefined && (
              <Text size={200}>
                {mt(lang, "measures.pane.indicatorScore", { score: formatScore(info.score) })}
              </Text>
            )}
            <ul className={styles.list}>
              {drafts.map((d, i) => (
                <ProposalItem
                  key={d.key}
                  ref={refFor(d.key)}
                  lang={lang}
                  draft={d}
                  includeStrengths={props.includeStrengths}
                  assessedYear={props.assessedYear}
                  units={props.units}
                  fiscalYear={props.fiscalYear}
                  expanded={expanded.includes(d.key)}
                  focusTitle={justAdded === d.key}
                  isFirst={i === 0}
                  isLast={i === drafts.length - 1}
                  dispatch={dispatch}
                  onExpand={expand}
                  onMove={move}
                />
              ))}
            </ul>
            <Button
              size="small"
              appearance="transparent"
              icon={<AddRegular />}
              onClick={() => added(props.onAdd(info.no))}
            >
              {mt(lang, "measures.pane.addMeasure", { no: info.no })}
            </Button>
          </section>
        );
      })}
      <AddUnderAny {...props} onAdded={added} />
    </div>
  );
}
