/**
 * Ribbon command page (the manifest's FunctionFile). Our only ribbon button opens the task pane
 * through a ShowTaskpane action, which needs no code; the page still has to load office.js and
 * report ready so Office does not wait on it.
 */
function ready(): void {
  // Nothing to register yet; ExecuteFunction commands would be associated here.
}

if (typeof Office !== "undefined") {
  void Office.onReady(ready);
}
