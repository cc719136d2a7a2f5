// Cross-checks a webhook signature with the Standard Webhooks reference library (npm standardwebhooks,
// vendored below): node verify-signature.js <secret> <webhook-id> <webhook-timestamp> <webhook-signature>,
// the body on standard input. Exit 0 when it verifies, 1 with the library's reason otherwise.
const { Webhook } = require("standardwebhooks");
const [secret, id, timestamp, signature] = process.argv.slice(2);
let body = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (body += chunk));
process.stdin.on("end", () => {
  try {
    new Webhook(secret).verify(body, {
      "webhook-id": id,
      "webhook-timestamp": timestamp,
      "webhook-signature": signature,
    });
    process.exit(0);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
});
