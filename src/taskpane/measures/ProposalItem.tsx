/**
 * One measure in the list: include checkbox, why it was proposed, a one-line summary, and the
 * buttons to edit, move and (for the user's own measures) delete it.
 */
import { forwardRef, memo, useImperativeHandle, useRef } from "react";
import { Badge, Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  EditRegular,
} from "@fluentui/react-icons";
import type { Lang } from "../../domain/messages/format";
import { reasonText } from "../../domain/measures/reasons";
import { timelineLabel } from "../../domain/measures/timeline";
import { shownReasons, type DraftMeasure, type Handler, type Handler2 } from "./model";
import type { MeasuresAction } from "./useMeasuresState";
import { ProposalEditor } from "./ProposalEditor";
import { useLang, useT, type Translate } from "../i18n";

const useStyles = makeStyles({
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalS,
    minWidth: 0,
  },
  reasons: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground3,
  },
  summary: {
    display: "block",
    paddingInlineStart: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
  /* Not dimmed: an unticked measure must stay readable (contrast); the checkbox says it. */
  excluded: { backgroundColor: tokens.colorNeutralBackground2 },
  head: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
  },
});

/** Props are plain values and stable callbacks, so typing in one item re-renders only it. */
export interface ProposalItemProps {
  draft: DraftMeasure;
  includeStrengths: boolean;
  /** The analysed year: indicator names in the reasons follow its framework. */
  assessedYear: number;
  units: string[];
  fiscalYear: number;
  expanded: boolean;
  /** Just added: its editor opens with focus in the title. */
  focusTitle: boolean;
  isFirst: boolean;
  isLast: boolean;
  dispatch: Handler<MeasuresAction>;
  onExpand: Handler2<string, boolean>;
  onMove: Handler2<string, -1 | 1>;
}

/** Lets the list put focus back on a move button after the item changed place. */
export interface ProposalItemHandle {
  focusMove: Handler<-1 | 1>;
}

function safeTimelineLabel(t: Translate, lang: Lang, draft: DraftMeasure): string {
  try {
    return timelineLabel(draft.timeline, { lang });
  } catch {
    return t("measures.pane.timeline.custom");
  }
}

function summaryOf(t: Translate, lang: Lang, draft: DraftMeasure): string {
  const units = draft.units.length ? draft.units.join(", ") : t("measures.pane.field.unitsNone");
  return `${units} · ${safeTimelineLabel(t, lang, draft)}`;
}

function Actions(
  props: ProposalItemProps & {
    up: React.Ref<HTMLButtonElement>;
    down: React.Ref<HTMLButtonElement>;
  }
) {
  const { draft, expanded } = props;
  const styles = useStyles();
  const t = useT();
  const title = draft.title || t("measures.pane.untitled");
  return (
    <div className={styles.actions}>
      <Button
        size="small"
        appearance="subtle"
        icon={<EditRegular />}
        aria-expanded={expanded}
        aria-label={t(expanded ? "measures.pane.closeEditor" : "measures.pane.editMeasure", {
          title,
        })}
        onClick={() => props.onExpand(draft.key, !expanded)}
      >
        {t(expanded ? "measures.pane.closeShort" : "measures.pane.edit")}
      </Button>
      <Button
        ref={props.up}
        size="small"
        appearance="subtle"
        icon={<ArrowUpRegular />}
        disabledFocusable={props.isFirst}
        aria-label={t("measures.pane.moveUp", { title })}
        onClick={() => props.onMove(draft.key, -1)}
      />
      <Button
        ref={props.down}
        size="small"
        appearance="subtle"
        icon={<ArrowDownRegular />}
        disabledFocusable={props.isLast}
        aria-label={t("measures.pane.moveDown", { title })}
        onClick={() => props.onMove(draft.key, 1)}
      />
      {draft.origin === "custom" && (
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={t("measures.pane.deleteCustom", { title })}
          onClick={() => props.dispatch({ type: "delete", key: draft.key })}
        />
      )}
    </div>
  );
}

export const ProposalItem = memo(
  forwardRef<ProposalItemHandle, ProposalItemProps>(function ProposalItem(props, ref) {
    const { draft } = props;
    const styles = useStyles();
    const t = useT();
    const lang = useLang();
    const up = useRef<HTMLButtonElement>(null);
    const down = useRef<HTMLButtonElement>(null);
    useImperativeHandle(ref, () => ({
      focusMove: (by) => (by < 0 ? up : down).current?.focus(),
    }));
    const title = draft.title || t("measures.pane.untitled");
    return (
      <li className={draft.included ? styles.item : `${styles.item} ${styles.excluded}`}>
        <div className={styles.head}>
          <Checkbox
            checked={draft.included}
            onChange={() => props.dispatch({ type: "toggle", key: draft.key })}
            label={title}
          />
          {draft.origin === "custom" && (
            <Badge size="small" appearance="tint">
              {t("measures.pane.customBadge")}
            </Badge>
          )}
        </div>
        <ul className={styles.reasons} aria-label={t("measures.pane.reasons")}>
          {shownReasons(draft, props.includeStrengths).map((r, i) => (
            <li key={i}>
              <Text size={200}>{reasonText(r, { lang, year: props.assessedYear })}</Text>
            </li>
          ))}
        </ul>
        <Text size={200} className={styles.summary}>
          {summaryOf(t, lang, draft)}
        </Text>
        <Actions {...props} up={up} down={down} />
        {props.expanded && (
          <ProposalEditor
            draft={draft}
            units={props.units}
            fiscalYear={props.fiscalYear}
            focusTitle={props.focusTitle}
            onChange={(patch) => props.dispatch({ type: "edit", key: draft.key, patch })}
          />
        )}
      </li>
    );
  })
);
