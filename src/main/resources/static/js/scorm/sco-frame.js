// In a SCO's page (R5.7): the SCORM API it looks for (window.API for 1.2, window.API_1484_11 for
// 2004) is scorm-again's cross-frame client, which forwards each call to the runtime in the player;
// its cache starts with the learner's data so that what the SCO reads at once is already there.
(function () {
  var cmi = JSON.parse(document.currentScript.dataset.cmi || "{}");
  var api = new window.CrossFrameAPI("*", window.parent);
  Object.keys(cmi).forEach(function (key) {
    api._cache.set(key, String(cmi[key]));
  });
  window.API = api;
  window.API_1484_11 = api;
})();
