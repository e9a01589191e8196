/** The organisation's units in a collapsible section, with where the list came from. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from "@fluentui/react-components";
import type { Lang } from "../../domain/messages/format";
import { isApplied, type Handler } from "./model";
import { mt } from "./text";
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

function unitsNotice(lang: Lang, source: UnitsSource): string {
  if (source.from === "workbook") return mt(lang, "measures.pane.units.fromWorkbook");
  const kind = mt(
    lang,
    source.kind === "municipality"
      ? "measures.pane.units.kind.municipality"
      : "measures.pane.units.kind.sao"
  );
  return mt(lang, "measures.pane.units.defaultList", { kind });
}

export function UnitsSection(props: {
  lang: Lang;
  state: MeasuresState;
  source: UnitsSource;
  dispatch: Handler<MeasuresAction>;
}) {
  const { lang, state, dispatch } = props;
  return (
    <Accordion collapsible>
      <AccordionItem value="units">
        <AccordionHeader size="small">
          {mt(lang, "measures.pane.units.heading", { count: state.units.length })}
        </AccordionHeader>
        <AccordionPanel>
          <Text size={200} block>
            {mt(lang, "measures.pane.units.intro")} {unitsNotice(lang, props.source)}
          </Text>
          <UnitsEditor
            lang={lang}
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
