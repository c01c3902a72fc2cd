/* Logs the explorer's messages on the embedding example page. */
document.addEventListener("apl-explorer", function (e) {
  var m = e.detail, line = m.type;
  if (m.type === "apl-explorer:resize") { line += " " + m.height + "px"; }
  if (m.type === "apl-explorer:answer") { line += " " + m.path; }
  if (m.type === "apl-explorer:outcome") { line += " " + m.outcome["us-2022"].label + " / " + m.outcome.ottawa.label + " (" + m.outcome.alignment_label + ")"; }
  var log = document.getElementById("log");
  log.textContent += line + "\n";
});
