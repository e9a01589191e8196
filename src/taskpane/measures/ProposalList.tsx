/**
 * The measures grouped by indicator. Each indicator is a collapsible group whose header says how
 * many of its measures are chosen, so 30 proposals fit a 320 px pane as ten lines to survey; a
 * collapsed group's items are not rendered, so the keyboard path skips them. One editor is open
 * at a time. Every group offers "add a measure under indicator N" inside it: no separate picker.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { IndicatorNo } from "../../domain/ita/types";
import type { DraftMeasure, Fn, Handler } from "./model";
import { groupsOf, initiallyOpen, type Group, type IndicatorInfo } from "./view";
import type { MeasuresAction } from "./useMeasuresState";
import { ProposalItem, type ProposalItemHandle } from "./ProposalItem";
import { formatScore } from "../../domain/report/text";
import { useT } from "../i18n";

const useStyles = makeStyles({
  group: {
    minWidth: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    minHeight: "44px",
    paddingInline: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggleText: { display: "flex", flexDirection: "column", minWidth: 0 },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  /* Read out (so the name is "Indicator 9: …, 3 of 4 chosen"), not shown. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  body: { paddingBlockEnd: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface ProposalListProps {
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

function GroupHeader(props: { group: Group; open: boolean; onToggle: Handler<IndicatorNo> }) {
  const { group, open } = props;
  const styles = useStyles();
  const t = useT();
  const { info, drafts } = group;
  const selected = drafts.filter((d) => d.included).length;
  return (
    <h3 id={`measures-ind-${info.no}`} className={styles.heading}>
      <Button
        appearance="subtle"
        className={styles.toggle}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={`measures-ind-body-${info.no}`}
        onClick={() => props.onToggle(info.no)}
      >
        <span className={styles.toggleText}>
          <span>{t("measures.pane.indicatorHeading", { no: info.no, name: info.name })}</span>
          <span className={styles.count}>
            <span className={styles.hidden}>, </span>
            {t("measures.pane.groupCount", { selected, total: drafts.length })}
            {info.score !== undefined &&
              ` · ${t("measures.pane.indicatorScore", { score: formatScore(info.score, { thaiDigits: false }) })}`}
          </span>
        </span>
      </Button>
    </h3>
  );
}

export function ProposalList(props: ProposalListProps) {
  const { dispatch } = props;
  const styles = useStyles();
  const t = useT();
  const groups = groupsOf(props.drafts, props.indicators, props.includeStrengths);
  const [open, setOpen] = useState<IndicatorNo[]>(() => initiallyOpen(groups));
  // One editor at a time: opening another closes the first, so the list stays short.
  const [editing, setEditing] = useState<string>();
  const { items, refFor } = useItemRefs();
  const [refocus, setRefocus] = useState<{ key: string; by: -1 | 1 }>();
  // Moving an item re-inserts its DOM node, which drops focus: put it back on the same button.
  useEffect(() => {
    if (!refocus) return;
    items.current.get(refocus.key)?.focusMove(refocus.by);
    setRefocus(undefined);
  }, [refocus, items]);
  const expand = useCallback(
    (key: string, on: boolean) => setEditing((k) => (on ? key : k === key ? undefined : k)),
    []
  );
  const move = useCallback(
    (key: string, by: -1 | 1) => {
      dispatch({ type: "move", key, by });
      setRefocus({ key, by });
    },
    [dispatch]
  );
  const toggleGroup = useCallback(
    (no: IndicatorNo) =>
      setOpen((list) => (list.includes(no) ? list.filter((n) => n !== no) : [...list, no])),
    []
  );
  const [justAdded, setJustAdded] = useState<string>();
  const added = (key: string) => {
    expand(key, true);
    setJustAdded(key);
  };
  return (
    <div>
      {groups.every((g) => g.drafts.length === 0) && <Text>{t("measures.pane.noProposals")}</Text>}
      {groups.map((group) => {
        const { info, drafts } = group;
        const isOpen = open.includes(info.no);
        return (
          <section
            key={info.no}
            className={styles.group}
            aria-labelledby={`measures-ind-${info.no}`}
          >
            <GroupHeader group={group} open={isOpen} onToggle={toggleGroup} />
            {isOpen && (
              <div id={`measures-ind-body-${info.no}`} className={styles.body}>
                {drafts.length === 0 && <Text size={200}>{t("measures.pane.groupEmpty")}</Text>}
                <ul className={styles.list}>
                  {drafts.map((d, i) => (
                    <ProposalItem
                      key={d.key}
                      ref={refFor(d.key)}
                      draft={d}
                      includeStrengths={props.includeStrengths}
                      assessedYear={props.assessedYear}
                      units={props.units}
                      fiscalYear={props.fiscalYear}
                      expanded={editing === d.key}
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
                  size="medium"
                  appearance="transparent"
                  icon={<AddRegular />}
                  onClick={() => added(props.onAdd(info.no))}
                >
                  {t("measures.pane.addMeasure", { no: info.no })}
                </Button>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
