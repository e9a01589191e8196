/** Renders the Measures step as the pane would, with a fake port, and waits until it is ready. */
import { FAST_USER } from "../fast-user";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MeasuresStep, type MeasuresStepProps } from "../../../src/taskpane/measures";
import type { WorkbookPort } from "../../../src/workbook/port";
import { FakePort, seed003Analysis } from "./fixtures";

/** Renders the step against any port (e.g. the real Office adapter over the fake Excel host). */
export async function renderStepWith<P extends WorkbookPort>(
  port: P,
  props: Partial<Omit<MeasuresStepProps, "port">> = {}
) {
  const onApplied = jest.fn();
  const user = userEvent.setup(FAST_USER);
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <MeasuresStep
        analysis={props.analysis ?? seed003Analysis()}
        lang="en"
        onApplied={onApplied}
        {...props}
        port={port}
      />
    </FluentProvider>
  );
  // Ready once the indicator groups and the preview (rendered from a deferred state) are on screen.
  await screen.findAllByRole("heading", { level: 3 });
  const preview = await screen.findByRole("region", {
    name: /What will change|สิ่งที่จะเปลี่ยนแปลง/,
  });
  // The preview follows a deferred copy of the state: wait until it shows the latest one.
  await waitFor(() => expect(preview).not.toHaveAttribute("aria-busy"));
  return { ...utils, port, onApplied, user };
}

export function renderStep(props: Partial<MeasuresStepProps> & { port?: FakePort } = {}) {
  return renderStepWith(props.port ?? new FakePort(), props);
}

/** Clicks "Insert measures table" and waits for the port to have been called. */
export async function applyAndWait(
  ctx: Awaited<ReturnType<typeof renderStep>>,
  label = "Insert measures table"
) {
  const footer = within(screen.getByTestId("measures-footer"));
  await ctx.user.click(footer.getByRole("button", { name: label }));
  await screen.findByText(/Inserted the sheets|ได้แทรกแผ่นงาน|แทรกแผ่นงาน/);
  const spec = ctx.port.applied[ctx.port.applied.length - 1];
  return spec;
}
