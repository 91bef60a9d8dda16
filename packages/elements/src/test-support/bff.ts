// The URL of the real BFF that web-test-runner.config.mjs starts for the run (tools/wtr-bff-plugin.mjs).
const modulePath = '/__bff.js';

/** Credentials the plugin created for the run (see `testAccess` in tools/wtr-bff-plugin.mjs). */
export interface TestAccess {
  /** Publishable key of a partner whose allow-list holds the test page's origins. */
  partnerKey: string;
  /** API key of the demo AAP organism account; `aapSiteIds` are its open sites. */
  aapKey: string;
  aapSiteIds: string[];
  /** API key of one antenna (site) account of the demo AAP. */
  aapAntennaKey: string;
  /** API key of the national demo certificateur (all departments, whole catalogue). */
  certificateurKey: string;
  /** API key of the Île-de-France demo certificateur (its departments only, whole catalogue). */
  regionalCertificateurKey: string;
  /** API key of a local unit of the national certificateur: Bouches-du-Rhône (13), RNCP35830. */
  localCertificateurKey: string;
  adminKey: string;
}

const { bffUrl, partnerKey, testAccess } = (await import(/* @vite-ignore */ modulePath)) as {
  bffUrl: string;
  partnerKey: string;
  testAccess: TestAccess;
};

export { bffUrl, partnerKey, testAccess };
