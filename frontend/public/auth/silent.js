// Keycloak's answer to a silent sign-in (prompt=none) lands here, in the app's hidden iframe: hand the URL, with its
// code or its login_required, to the app, which trades it for tokens kept in memory. The format is oidc-client-ts's.
parent.postMessage({ source: 'oidc-client', url: location.href, keepOpen: false }, location.origin);
