/** The organisation's units in a collapsible section, with where the list came from. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from "@fluentui/react-components";
import { isApplied, type Handler } from "./model";
import { useT, type Translate } from "../i18n";
import { UnitsEditor } from "./UnitsEditor";
import type { MeasuresAction, MeasuresState } from "./useMeasuresState";
import type { UnitsSource } from "./useMeasuresWorkflow";

/** How many applied measures name each unit. */
function usedBy(state: MeasuresState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of state.drafts)
    if (isApplied(d, state.includeStrengths)) for (const u of d.units) out[u] = (out[u] ?? 0) + 1;
  return out;
}

export function unitsNotice(t: Translate, source: UnitsSource): string {
  if (source.from === "workbook") return t("measures.pane.units.fromWorkbook");
  const kind = t(
    source.kind === "municipality"
      ? "measures.pane.units.kind.municipality"
      : "measures.pane.units.kind.sao"
  );
  return t("measures.pane.units.defaultList", { kind });
}

export function UnitsSection(props: {
  state: MeasuresState;
  source: UnitsSource;
  dispatch: Handler<MeasuresAction>;
}) {
  const { state, dispatch } = props;
  const t = useT();
  return (
    <Accordion collapsible>
      <AccordionItem value="units">
        <AccordionHeader size="small">
          {t("measures.pane.units.heading", { count: state.units.length })}
        </AccordionHeader>
        <AccordionPanel>
          <Text size={200} block>
            {t("measures.pane.units.intro")} {unitsNotice(t, props.source)}
          </Text>
          <UnitsEditor
            units={state.units}
            usedBy={usedBy(state)}
            onAdd={(name) => dispatch({ type: "unitAdd", name })}
            onRename={(from, to) => dispatch({ type: "unitRename", from, to })}
            onRemove={(name) => dispatch({ type: "unitRemove", name })}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
