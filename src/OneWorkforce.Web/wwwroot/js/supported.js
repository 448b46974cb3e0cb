// Runs first in <body>: tells GOV.UK Frontend's CSS that JavaScript and ES modules are available.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
