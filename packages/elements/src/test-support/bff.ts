// The URL of the real BFF that web-test-runner.config.mjs starts for the run (tools/wtr-bff-plugin.mjs).
const modulePath = '/__bff.js';
const { bffUrl } = (await import(/* @vite-ignore */ modulePath)) as { bffUrl: string };

export { bffUrl };
