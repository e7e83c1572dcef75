// `highlight.js` alone means all of it: 190 languages, about 1 MB. The reference only shows
// these, so the bundle gets highlight.js core with just them (scripts/build.mjs maps the bare
// `highlight.js` import here). CommonJS, so that require() and a default import both get hljs.
const hljs = require('highlight.js/lib/core');

hljs.registerLanguage('dockerfile', require('highlight.js/lib/languages/dockerfile'));
hljs.registerLanguage('bash', require('highlight.js/lib/languages/bash'));
hljs.registerLanguage('json', require('highlight.js/lib/languages/json'));
hljs.registerLanguage('yaml', require('highlight.js/lib/languages/yaml'));

module.exports = hljs;
