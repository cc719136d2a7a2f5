// Passkeys (R4.3): registration on the account's passkeys page, login on the login page. The
// server side is Spring Security's WebAuthn endpoints; this file only converts between JSON
// (Base64URL) and the browser's ArrayBuffers.
(function () {
  "use strict";

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    var binary = window.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = "";
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return window.btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  }

  function post(block, url, body) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    headers[block.dataset.csrfHeader] = block.dataset.csrfToken;
    return fetch(url, {
      method: "POST",
      headers: headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
  }

  function withDescriptors(list) {
    return (list || []).map(function (descriptor) {
      return Object.assign({}, descriptor, { id: toBytes(descriptor.id) });
    });
  }

  function supported() {
    return window.PublicKeyCredential && navigator.credentials;
  }

  var registration = document.getElementById("passkey-registration");
  if (registration) {
    var add = document.getElementById("passkey-add");
    var label = document.getElementById("passkey-label");
    var status = document.getElementById("passkey-status");
    add.addEventListener("click", function () {
      if (!supported()) {
        status.textContent = registration.dataset.unsupported;
        return;
      }
      if (!label.value.trim()) {
        label.setAttribute("aria-invalid", "true");
        label.focus();
        return;
      }
      label.removeAttribute("aria-invalid");
      add.disabled = true;
      status.textContent = "";
      post(registration, "/webauthn/register/options")
        .then(function (options) {
          var publicKey = Object.assign({}, options, {
            challenge: toBytes(options.challenge),
            user: Object.assign({}, options.user, { id: toBytes(options.user.id) }),
            excludeCredentials: withDescriptors(options.excludeCredentials)
          });
          return navigator.credentials.create({ publicKey: publicKey });
        })
        .then(function (credential) {
          var response = credential.response;
          return post(registration, "/webauthn/register", {
            publicKey: {
              label: label.value.trim(),
              credential: {
                id: credential.id,
                rawId: toBase64url(credential.rawId),
                type: credential.type,
                response: {
                  attestationObject: toBase64url(response.attestationObject),
                  clientDataJSON: toBase64url(response.clientDataJSON),
                  transports: response.getTransports ? response.getTransports() : []
                },
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
              }
            }
          });
        })
        .then(function (answer) {
          if (!answer || !answer.success) {
            throw new Error("refused");
          }
          window.location.assign("/account/passkeys?added");
        })
        .catch(function () {
          status.textContent = registration.dataset.failed;
          add.disabled = false;
        });
    });
  }

  var login = document.getElementById("passkey-login-block");
  if (login) {
    var button = document.getElementById("passkey-login");
    var loginStatus = document.getElementById("passkey-login-status");
    button.addEventListener("click", function () {
      if (!supported()) {
        loginStatus.textContent = login.dataset.unsupported;
        return;
      }
      button.disabled = true;
      loginStatus.textContent = "";
      post(login, "/webauthn/authenticate/options")
        .then(function (options) {
          var publicKey = Object.assign({}, options, {
            challenge: toBytes(options.challenge),
            allowCredentials: withDescriptors(options.allowCredentials)
          });
          return navigator.credentials.get({ publicKey: publicKey });
        })
        .then(function (credential) {
          var response = credential.response;
          return post(login, "/login/webauthn", {
            id: credential.id,
            rawId: toBase64url(credential.rawId),
            credType: credential.type,
            response: {
              authenticatorData: toBase64url(response.authenticatorData),
              clientDataJSON: toBase64url(response.clientDataJSON),
              signature: toBase64url(response.signature),
              userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
            },
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          });
        })
        .then(function (answer) {
          if (!answer || !answer.authenticated) {
            throw new Error("refused");
          }
          window.location.assign(answer.redirectUrl || "/");
        })
        .catch(function () {
          loginStatus.textContent = login.dataset.failed;
          button.disabled = false;
        });
    });
  }
})();
