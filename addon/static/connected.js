// In an Office dialog, hand the task pane its Afterview token, then let Office close us.
"use strict";
Office.onReady(() => {
  const holder = document.getElementById("pane-token");
  if (holder && Office.context.ui && Office.context.ui.messageParent) {
    Office.context.ui.messageParent(JSON.stringify({ afterviewToken: holder.dataset.token }));
  }
});
