// The player (R5.7): scorm-again's runtime for the package's edition, resumed from the learner's last
// commit and committing to the portal, answers the SCO's calls that come by message from its
// sandboxed frame; the frame is opened once the runtime listens.
(function () {
  var frame = document.getElementById("sco-frame");
  var data = frame.dataset;
  // Every commit, the final one too, is a synchronous POST with the session's CSRF header: the
  // runtime's default would send the final commit as a beacon, which cannot carry the header.
  var commits = {
    processHttpRequest: function (url, params) {
      try {
        var request = new XMLHttpRequest();
        request.open("POST", url, false);
        request.setRequestHeader("Content-Type", "application/json");
        request.setRequestHeader(data.csrfHeader, data.csrfToken);
        request.send(JSON.stringify(params));
        if (request.status >= 200 && request.status < 300) {
          return { result: "true", errorCode: 0 };
        }
      } catch (unsent) {
        // reported below as a failed commit, which the SCO may retry
      }
      return { result: "false", errorCode: 391 };
    },
    updateSettings: function () {}
  };
  var settings = {
    lmsCommitUrl: data.commitUrl,
    dataCommitFormat: "flattened",
    autocommit: true,
    autocommitSeconds: 5,
    httpService: commits,
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
