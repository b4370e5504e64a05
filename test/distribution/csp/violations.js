// Runs first on the strict-CSP pages (a same-origin classic script, which the policy allows):
// records every Content-Security-Policy violation so the test can read them.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    column: event.columnNumber,
    sample: event.sample,
    element: event.target && event.target.localName,
  });
});
