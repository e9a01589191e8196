/** The editor's typed fields: text committed after a pause, on blur, on close; outside changes shown. */
import { act, renderHook } from "@testing-library/react";
import { COMMIT_DELAY_MS, useBufferedText } from "../../../src/taskpane/measures/useBufferedText";

describe("useBufferedText", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("commits the last text once, after a pause; blur and close commit at once", () => {
    const commit = jest.fn();
    const hook = renderHook(({ value }) => useBufferedText(value, commit), {
      initialProps: { value: "Old" },
    });
    act(() => {
      hook.result.current.change("N");
      hook.result.current.change("Ne");
      hook.result.current.change("New");
    });
    act(() => jest.advanceTimersByTime(COMMIT_DELAY_MS - 1));
    expect(commit).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenLastCalledWith("New");
    // Our own commit coming back as the value does not restart the field.
    const revision = hook.result.current.revision;
    hook.rerender({ value: "New" });
    expect(hook.result.current.revision).toBe(revision);

    act(() => hook.result.current.change("Newer"));
    act(() => hook.result.current.flush());
    expect(commit).toHaveBeenLastCalledWith("Newer");
    hook.rerender({ value: "Newer" });
    act(() => hook.result.current.change("Newest"));
    hook.unmount();
    expect(commit).toHaveBeenLastCalledWith("Newest");
    expect(commit).toHaveBeenCalledTimes(3);
  });

  test("a change from elsewhere restarts the field, unless the user is typing", () => {
    const commit = jest.fn();
    const hook = renderHook(({ value }) => useBufferedText(value, commit), {
      initialProps: { value: "Proposal" },
    });
    hook.rerender({ value: "ข้อเสนอ" });
    expect(hook.result.current.initial).toBe("ข้อเสนอ");
    expect(hook.result.current.revision).toBe(1);
    act(() => hook.result.current.change("Mine"));
    hook.rerender({ value: "Proposal again" });
    expect(hook.result.current.revision).toBe(1);
    act(() => jest.advanceTimersByTime(COMMIT_DELAY_MS));
    expect(commit).toHaveBeenLastCalledWith("Mine");
  });
});
