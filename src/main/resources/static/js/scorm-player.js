// The player (R5.7): scorm-again's runtime for the package's edition, resumed from the learner's last
// commit and committing to the portal, answers the SCO's calls that come by message from its
// sandboxed frame; the frame is opened once the runtime listens.
(function () {
  var frame = document.getElementById("sco-frame");
  var data = frame.dataset;
  var headers = {};
  headers[data.csrfHeader] = data.csrfToken;
  var settings = {
    lmsCommitUrl: data.commitUrl,
    dataCommitFormat: "flattened",
    autocommit: true,
    autocommitSeconds: 5,
    xhrHeaders: headers,
    logLevel: 5
  };
  var api = data.edition === "2004" ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  api.loadFromFlattenedJSON(JSON.parse(data.cmi), "");
  var status = document.getElementById("player-status");
  ["LMSCommit", "Commit"].forEach(function (event) {
    api.on(event, function () {
      status.textContent = status.dataset.saved;
    });
  });
  new window.CrossFrameLMS(api, "*");
  frame.src = data.src;
})();
