/** The organisation's units in a collapsible section, with where the list came from. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from "@fluentui/react-components";
import type { Handler } from "./model";
import { unitsNotice, usedBy } from "./view";
import { useT } from "../i18n";
import { UnitsEditor } from "./UnitsEditor";
import type { MeasuresAction, MeasuresState } from "./useMeasuresState";
import type { UnitsSource } from "./planBridge";

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
