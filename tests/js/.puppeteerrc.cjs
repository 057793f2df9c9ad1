// Puppeteer (installed for @mermaid-js/mermaid-cli) downloads a browser when it is installed, and no browser can be
// downloaded here: the tests render with Debian's chromium (.ci/run installs it), named in mermaid-puppeteer.json.
// Puppeteer reads this file from the install's working directory upwards, so every `npm install` of tests/js skips
// the download, whatever the environment says. https://pptr.dev/guides/configuration
module.exports = { skipDownload: true };
