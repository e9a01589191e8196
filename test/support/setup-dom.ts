import "@testing-library/jest-dom";

/** jsdom has no ResizeObserver; Fluent's Textarea and popups (in the Measures step) observe it. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in window))
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });

/**
 * jsdom's getComputedStyle matches every style rule of the page against the element, and Fluent
 * (Griffel) injects hundreds: one ByRole query (accessible names and visibility walk every
 * ancestor of every element) took ~2.4 s on the Measures step. Styles only change when the DOM
 * does (classes, attributes, nodes; Griffel's rules arrive with the render that uses them), so
 * results are kept per element and pseudo-element until the next mutation anywhere
 * (checked synchronously on every call).
 */
const computeStyle = window.getComputedStyle.bind(window);
let styles = new WeakMap<Element, Map<string, CSSStyleDeclaration>>();
const mutations = new MutationObserver(() => {
  styles = new WeakMap();
});
mutations.observe(document, {
  subtree: true,
  childList: true,
  attributes: true,
  characterData: true,
});
window.getComputedStyle = (element: Element, pseudo?: string | null) => {
  // A mutation whose callback has not run yet (same task) still counts.
  if (mutations.takeRecords().length > 0) styles = new WeakMap();
  let byPseudo = styles.get(element);
  if (!byPseudo) styles.set(element, (byPseudo = new Map()));
  const key = pseudo ?? "";
  let style = byPseudo.get(key);
  if (!style) byPseudo.set(key, (style = computeStyle(element, pseudo)));
  return style;
};
