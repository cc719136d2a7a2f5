// Shows upload progress for forms marked data-upload-progress="<id of the progress block>".
// Without JavaScript the form posts normally; with it, the same request is sent with
// XMLHttpRequest so that a progress bar can follow large files, then the answer replaces the page.
(function () {
  "use strict";
  document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.FormData || !window.XMLHttpRequest) {
        return;
      }
      event.preventDefault();
      var block = document.getElementById(form.dataset.uploadProgress);
      var bar = block.querySelector("progress");
      var checking = block.querySelector("[data-checking]");
      var button = form.querySelector("button[type=submit]");
      block.classList.remove("d-none");
      button.disabled = true;
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", function (progress) {
        if (progress.lengthComputable) {
          bar.value = Math.round((progress.loaded / progress.total) * 100);
        }
      });
      request.upload.addEventListener("load", function () {
        bar.value = 100;
        checking.classList.remove("d-none");
      });
      request.addEventListener("load", function () {
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener("error", function () {
        button.disabled = false;
        form.submit();
      });
      request.send(new FormData(form));
    });
  });
})();
