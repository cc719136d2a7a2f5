// Follows at once the link that continues a login at the company's identity provider (R11.2): a
// navigation, which the login form's form-action policy does not govern, unlike a redirect of its POST.
document.querySelectorAll("a[data-follow]").forEach((link) => window.location.replace(link.href));
