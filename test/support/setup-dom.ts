import "@testing-library/jest-dom";

/** jsdom has no ResizeObserver; Fluent's Textarea and popups (in the Measures step) observe it. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in window))
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
