// Tests run under Mocha (web-test-runner's default framework): describe/it are globals there.
/// <reference types="mocha" />
