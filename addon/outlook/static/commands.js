// The add-in's function file: Afterview's buttons only open the task pane, so there is nothing to
// register beyond telling Office that the file is ready.
"use strict";
Office.onReady(() => {});
