// cli-highlight (under marked-terminal) requires all of highlight.js: 190 languages, about 1 MB.
// The reference only shows these, so the bundle gets highlight.js core with just them.
// CommonJS on purpose: cli-highlight reads it with require() and wants the hljs object itself.
const hljs = require('highlight.js/lib/core');

hljs.registerLanguage('dockerfile', require('highlight.js/lib/languages/dockerfile'));
hljs.registerLanguage('bash', require('highlight.js/lib/languages/bash'));
hljs.registerLanguage('json', require('highlight.js/lib/languages/json'));
hljs.registerLanguage('yaml', require('highlight.js/lib/languages/yaml'));

module.exports = hljs;
